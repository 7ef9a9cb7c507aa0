package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.Passphrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The "keygen" use case: a key pair for signing BOMs and approvals. The private key is PKCS#8 PEM with mode 600,
 * encrypted when a passphrase is given; the public key is PEM. The key is named by its {@link KeyFingerprint}, as
 * {@code sign}, {@code verify}, {@code review} and the reports name it.
 */
public final class KeygenJob {
    private KeygenJob() {
    }

    /**
     * @param ifMissing keep an existing key pair instead of failing
     */
    public record Request(KeyPairs.Type type, Path privateKey, Path publicKey, Optional<Passphrase> passphrase,
                          boolean ifMissing) {
        public Request {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(passphrase, "passphrase");
        }

        @Override
        public String toString() {
            return "KeygenJob.Request[" + type + ", " + privateKey + ", " + publicKey + "]"; // never the passphrase
        }
    }

    /** @param created false when an existing pair was kept */
    public record Result(Path privateKey, Path publicKey, KeyFingerprint fingerprint, boolean created,
                         boolean encrypted) {
    }

    /** The key type a user names ({@code ec-p256}, {@code EC_P256}, {@code ed25519}). */
    public static KeyPairs.Type type(String value, String parameter) throws AibomException {
        try {
            return KeyPairs.Type.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new AibomException(parameter + " must be one of EC_P256, EC_P384, EC_P521, RSA_3072, ED25519, not '"
                    + value + "'.");
        }
    }

    public static Result run(Request request, Log log) throws AibomException, IOException {
        if (request.passphrase().filter(Passphrase::isEmpty).isPresent()) {
            String why = request.passphrase().get().emptyForEncryption();
            throw new AibomException(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
        }
        if (request.ifMissing() && Files.exists(request.privateKey()) && Files.exists(request.publicKey())) {
            KeyFingerprint fingerprint = KeyFingerprint.of(KeyLoader.publicKeys(request.publicKey()).get(0));
            log.info("keeping the existing key pair " + request.privateKey() + ", key " + fingerprint);
            return new Result(request.privateKey(), request.publicKey(), fingerprint, false, false);
        }
        KeyPairs.Written written = KeyPairs.write(request.type(), request.privateKey(), request.publicKey(),
                request.passphrase());
        KeyFingerprint fingerprint = new KeyFingerprint(written.fingerprint());
        log.info("wrote private key " + written.privateKey() + " (mode 600, " + request.passphrase()
                .map(p -> "encrypted with " + p.source()).orElse("NOT encrypted") + ") and public key "
                + written.publicKey());
        log.info("key " + fingerprint + ": give the public key and this fingerprint to whoever verifies your BOMs");
        return new Result(written.privateKey(), written.publicKey(), fingerprint, true,
                request.passphrase().isPresent());
    }
}
