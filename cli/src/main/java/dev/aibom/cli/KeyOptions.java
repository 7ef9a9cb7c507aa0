package dev.aibom.cli;

import dev.aibom.core.job.KeySpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The signing key: a PEM key file or a PKCS#12 keystore, and where its passphrase comes from - an environment variable
 * or a file, never the command line (it would show in the process list and the shell history).
 */
final class KeyOptions {
    static final class Source {
        @Option(names = "--key", paramLabel = "PEM", required = true,
                description = "the private key (PEM: PKCS#8, encrypted PKCS#8, SEC1, PKCS#1, Ed25519)")
        Path key;

        @Option(names = "--keystore", paramLabel = "P12", required = true,
                description = "a PKCS#12 keystore holding the private key")
        Path keystore;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "the keystore entry, when it holds several keys")
    String alias;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PassphraseOptions passphrase;

    KeySpec spec() {
        return new KeySpec(Optional.ofNullable(source.key), Optional.ofNullable(source.keystore),
                Optional.ofNullable(alias), Optional.empty(),
                Optional.ofNullable(passphrase).map(p -> p.variable),
                Optional.ofNullable(passphrase).map(p -> p.file), Optional.empty());
    }
}
