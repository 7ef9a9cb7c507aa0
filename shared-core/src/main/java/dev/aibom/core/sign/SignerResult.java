package dev.aibom.core.sign;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one signer.
 *
 * @param location       JSON pointer of the signer object ({@code /signature}, {@code /signature/signers/1},
 *                       {@code /components/3/signature})
 * @param algorithm      as written in the signature
 * @param keyId          as written, if any
 * @param keyFingerprint SHA-256 of the verifying key's SubjectPublicKeyInfo, when a key was found
 * @param valid          the signature value matches the signed content under that key
 * @param trusted        the key is in the trust set or certified by a trusted root
 * @param reason         why it is (in)valid and (un)trusted, in words
 * @param subject        the signer certificate's subject, when a certificate path was given
 */
public record SignerResult(String location, String algorithm, Optional<String> keyId, Optional<String> keyFingerprint,
                           boolean valid, boolean trusted, String reason, Optional<String> subject) {
    public SignerResult {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        algorithm = algorithm == null ? "(none)" : algorithm;
        if (trusted && !valid) {
            throw new IllegalArgumentException("an invalid signature cannot be trusted");
        }
    }

    public boolean passed() {
        return valid && trusted;
    }

    /** One stable line for logs: {@code /signature: ES256 key 3f2a..: valid, trusted (key is in the trust set)}. */
    public String summary() {
        return location + ": " + algorithm + keyFingerprint.map(f -> " key " + f).orElse("")
                + ": " + (valid ? "valid" : "INVALID") + ", " + (trusted ? "trusted" : "untrusted") + " (" + reason
                + ")";
    }
}
