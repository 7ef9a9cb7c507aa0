package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.sign.Passphrase;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A passphrase from an environment variable or a file - never from the command line, where the process list and the
 * shell history would show it. Used as an exclusive group: one or the other.
 */
final class PassphraseOptions {
    @Option(names = "--passphrase-env", paramLabel = "VAR", required = true,
            description = "the environment variable holding the private key's passphrase (or the keystore's"
                    + " password)")
    String variable;

    @Option(names = "--passphrase-file", paramLabel = "FILE", required = true,
            description = "a file whose first line is the passphrase")
    Path file;

    static Optional<Passphrase> of(PassphraseOptions options, Map<String, String> environment)
            throws AibomException {
        if (options == null) {
            return Optional.empty();
        }
        if (options.variable != null) {
            return Optional.of(Passphrase.fromEnvironment(options.variable, environment));
        }
        return Optional.of(Passphrase.fromFile(options.file));
    }
}
