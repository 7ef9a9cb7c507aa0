package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.KeygenJob;
import dev.aibom.core.sign.Passphrase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a key pair for signing AI-BOMs, no project needed: the private key as PKCS#8 PEM with mode 600 (encrypted
 * when the passphrase environment variable is set), the public key as PEM.
 */
@Mojo(name = "keygen", requiresProject = false, threadSafe = true)
public class KeygenMojo extends AbstractAibomMojo {
    /**
     * Where the private key goes. By default in {@code ~/.aibom/}, outside any project, so that it is not committed
     * by accident; point the {@code settings.xml} server's {@code privateKey} at it.
     */
    @Parameter(property = "aibom.privateKey", defaultValue = "${user.home}/.aibom/aibom-signing-key.pem")
    private File privateKey;

    /** Where the public key goes (it is no secret: give it, with its fingerprint, to whoever verifies your BOMs). */
    @Parameter(property = "aibom.publicKey", defaultValue = "${user.home}/.aibom/aibom-signing-key.pub.pem")
    private File publicKey;

    /** EC_P256 (default), EC_P384, EC_P521, RSA_3072 or ED25519. */
    @Parameter(property = "aibom.keyType", defaultValue = "EC_P256")
    private String keyType;

    /** The environment variable whose value encrypts the private key; unencrypted when it is not set. */
    @Parameter(property = "aibom.passphraseEnvironment", defaultValue = "AIBOM_KEY_PASSPHRASE")
    private String passphraseEnvironment;

    /** Keep an existing key pair instead of failing. */
    @Parameter(property = "aibom.ifMissing", defaultValue = "false")
    private boolean ifMissing;

    @Override
    protected void run() throws AibomException, IOException {
        Optional<Passphrase> passphrase = System.getenv(passphraseEnvironment) == null ? Optional.empty()
                : Optional.of(Passphrase.fromEnvironment(passphraseEnvironment, System.getenv()));
        KeygenJob.run(new KeygenJob.Request(KeygenJob.type(keyType, "aibom.keyType"), path(privateKey),
                path(publicKey), passphrase, ifMissing), log());
    }
}
