package dev.aibom.core.sign;

import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Optional;

/** Whether a key fits an algorithm: EC keys on the algorithm's curve, RSA keys for RS/PS, the right EdDSA curve. */
final class KeyChecks {
    private KeyChecks() {
    }

    /** Why {@code key} cannot be used with {@code algorithm}, or empty when it can. */
    static Optional<String> mismatch(JsfAlgorithm algorithm, Key key) {
        String have = describe(key);
        boolean fits = switch (algorithm.keyType()) {
            case EC -> key instanceof ECKey ec
                    && curve(ec.getParams().getCurve().getField().getFieldSize()).equals(algorithm.curve());
            case RSA -> key instanceof RSAKey rsa && rsa.getModulus().bitLength() >= 2048;
            case OKP -> Jwk.isEdDsa(key) && Jwk.edCurve(key).equals(algorithm.curve());
            case SECRET -> key instanceof javax.crypto.SecretKey;
        };
        if (fits) {
            return Optional.empty();
        }
        String want = switch (algorithm.keyType()) {
            case EC -> "an EC " + algorithm.curve() + " key";
            case RSA -> "an RSA key of at least 2048 bits";
            case OKP -> "an " + algorithm.curve() + " key";
            case SECRET -> "a shared secret key";
        };
        return Optional.of("algorithm " + algorithm.jsfName() + " needs " + want + ", but the key is " + have);
    }

    static String describe(Key key) {
        if (key instanceof ECKey ec) {
            return "an EC " + curve(ec.getParams().getCurve().getField().getFieldSize()) + " key";
        }
        if (key instanceof RSAKey rsa) {
            return "an RSA " + rsa.getModulus().bitLength() + "-bit key";
        }
        if (Jwk.isEdDsa(key)) {
            return "an " + Jwk.edCurve(key) + " key";
        }
        return "a " + key.getAlgorithm() + " key";
    }

    private static String curve(int bits) {
        return switch (bits) {
            case 256 -> "P-256";
            case 384 -> "P-384";
            case 521 -> "P-521";
            default -> bits + "-bit curve";
        };
    }
}
