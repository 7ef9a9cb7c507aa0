package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.KeygenJob;
import dev.aibom.core.sign.KeyPairs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import dev.aibom.core.sign.Passphrase;

@Command(name = "keygen", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Write a key pair for signing BOMs and approvals: the private key as PKCS#8 PEM with mode 600"
                + " (encrypted when a passphrase is given), the public key as PEM, and the key's fingerprint.")
final class KeygenCommand extends JobCommand {
    @Option(names = "--private-key", paramLabel = "FILE", required = true, description = "where the private key goes")
    Path privateKey;

    @Option(names = "--public-key", paramLabel = "FILE", required = true, description = "where the public key goes")
    Path publicKey;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "EC_P256",
            description = "EC_P256 (default), EC_P384, EC_P521, RSA_3072 or ED25519")
    KeyPairs.Type type;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PassphraseOptions passphrase;

    @Option(names = "--if-missing", description = "keep an existing key pair instead of failing")
    boolean ifMissing;

    @Override
    public Integer call() throws AibomException, IOException {
        java.util.Optional<Passphrase> secret = PassphraseOptions.of(passphrase,
                context().environment());
        if (secret.filter(Passphrase::isEmpty).isPresent()) {
            // a usage error (exit code 2), not an internal one: the option was given, with nothing in it
            throw usage(secret.get().emptyForEncryption().replace("leave out the passphrase",
                    "leave out --passphrase-env/--passphrase-file") + ".");
        }
        KeygenJob.run(new KeygenJob.Request(type, privateKey, publicKey, secret, ifMissing), log(Format.text));
        return ExitCodes.OK;
    }
}
