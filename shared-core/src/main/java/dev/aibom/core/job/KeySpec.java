package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.core.sign.SigningKey;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the signing key comes from - the one place that decides it, for the Maven goal, the command line and the
 * Jenkins step alike. A PEM key file or a PKCS#12 keystore; a passphrase from a build-tool secret (a
 * {@code settings.xml} server), an environment variable or a file - never from the command line or a POM.
 *
 * @param keyFile       a PEM private key (PKCS#8, encrypted PKCS#8, SEC1, PKCS#1, Ed25519)
 * @param keystore      a PKCS#12 keystore (and its {@code alias}, when it holds several keys)
 * @param secret        a key file and passphrase a build tool keeps for us (a {@code settings.xml} server's
 *                      {@code privateKey} and {@code passphrase}); the explicit key file wins over its key file
 * @param passphraseEnv the environment variable holding the passphrase (or keystore password), if set
 * @param passphraseFile a file whose first line is the passphrase
 * @param material      a key and passphrase held in memory (a CI credential); it wins over everything else
 */
public record KeySpec(Optional<Path> keyFile, Optional<Path> keystore, Optional<String> alias,
                      Optional<StoredSecret> secret, Optional<String> passphraseEnv, Optional<Path> passphraseFile,
                      Optional<KeyMaterial> material) {
    /** A key file and passphrase from a build tool's secret store; {@code source} names it for messages. */
    public record StoredSecret(String source, Optional<Path> keyFile, Optional<Passphrase> passphrase) {
        @Override
        public String toString() {
            return "StoredSecret[" + source + "]";
        }
    }

    public KeySpec {
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(keystore, "keystore");
        alias = alias.filter(a -> !a.isBlank());
        Objects.requireNonNull(secret, "secret");
        passphraseEnv = passphraseEnv.filter(v -> !v.isBlank());
        Objects.requireNonNull(passphraseFile, "passphraseFile");
        Objects.requireNonNull(material, "material");
    }

    public static KeySpec file(Path keyFile) {
        return new KeySpec(Optional.of(keyFile), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A key held in memory (a CI credential). */
    public static KeySpec of(KeyMaterial material) {
        return new KeySpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(material));
    }

    public KeySpec withPassphraseEnv(String variable) {
        return new KeySpec(keyFile, keystore, alias, secret, Optional.ofNullable(variable), passphraseFile,
                material);
    }

    /**
     * The key. The passphrase comes from the stored secret, else the passphrase file, else the environment variable
     * when it is set (an unencrypted key needs none).
     *
     * @param parameters how the user names the key settings, for the message when none is set
     */
    public SigningKey load(Map<String, String> environment, String parameters) throws AibomException {
        if (material.isPresent()) {
            return material.get().load();
        }
        Optional<Passphrase> passphrase = secret.flatMap(StoredSecret::passphrase);
        if (passphrase.isEmpty() && passphraseFile.isPresent()) {
            passphrase = Optional.of(Passphrase.fromFile(passphraseFile.get()));
        }
        if (passphrase.isEmpty() && passphraseEnv.isPresent() && environment.containsKey(passphraseEnv.get())) {
            passphrase = Optional.of(Passphrase.fromEnvironment(passphraseEnv.get(), environment));
        }
        if (keystore.isPresent()) {
            return KeyLoader.pkcs12(keystore.get(), alias.orElse(null), passphrase.orElseThrow(() ->
                    new AibomException("The keystore " + keystore.get() + " needs a password: set "
                            + passphraseEnv.map(v -> "the environment variable " + v).orElse("a passphrase")
                            + " or use a stored secret.")));
        }
        Optional<Path> file = keyFile.or(() -> secret.flatMap(StoredSecret::keyFile));
        if (file.isEmpty()) {
            throw new AibomException("No signing key is configured: set " + parameters + ".");
        }
        return KeyLoader.privateKey(file.get(), passphrase);
    }
}
