package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.KeygenJob;
import dev.aibom.core.sign.Passphrase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.util.Optional;

/**
 * Writes a key pair for signing AI-BOMs, no project needed: the private key as PKCS#8 PEM with mode 600 (encrypted
 * when the passphrase environment variable is set), the public key as PEM.
 */
@Mojo(name = "keygen", requiresProject = false, threadSafe = true)
public class KeygenMojo extends KeygenParameters {
    @Override
    protected void run() throws AibomException, IOException {
        Optional<Passphrase> passphrase = System.getenv(passphraseEnvironment) == null ? Optional.empty()
                : Optional.of(Passphrase.fromEnvironment(passphraseEnvironment, System.getenv()));
        KeygenJob.run(new KeygenJob.Request(KeygenJob.type(keyType, "aibom.keyType"), path(privateKey),
                path(publicKey), passphrase, ifMissing), log());
    }
}
