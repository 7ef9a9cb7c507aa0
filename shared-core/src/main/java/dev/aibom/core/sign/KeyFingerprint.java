package dev.aibom.core.sign;

import java.security.PublicKey;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How aibom names a key, everywhere - {@code keygen}, {@code sign}, {@code verify}, {@code review}, the supplier
 * register and every report: the SHA-256 of the key's DER SubjectPublicKeyInfo, 64 lower-case hex digits, as
 * {@code openssl pkey -pubin -in key.pub.pem -outform DER | sha256sum} prints it.
 */
public record KeyFingerprint(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public KeyFingerprint {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a key fingerprint is 64 lower-case hex digits");
        }
    }

    public static KeyFingerprint of(PublicKey key) {
        return new KeyFingerprint(Crypto.fingerprint(key));
    }

    @Override
    public String toString() {
        return hex;
    }
}
