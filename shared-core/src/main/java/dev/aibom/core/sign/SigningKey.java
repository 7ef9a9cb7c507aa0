package dev.aibom.core.sign;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its public key and, optionally, its certificate path (signer certificate first).
 * {@link #toString} never shows key material.
 */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey, List<X509Certificate> certificatePath) {
    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        certificatePath = List.copyOf(certificatePath);
        if (!certificatePath.isEmpty() && !certificatePath.get(0).getPublicKey().equals(publicKey)
                && !java.util.Arrays.equals(certificatePath.get(0).getPublicKey().getEncoded(), publicKey.getEncoded())) {
            throw new IllegalArgumentException("the first certificate of the path is not for this key");
        }
    }

    /** The algorithm aibom uses for this key unless told otherwise. */
    public JsfAlgorithm defaultAlgorithm() {
        if (publicKey instanceof java.security.interfaces.ECPublicKey ec) {
            return switch (Jwk.curveName(ec)) {
                case "P-384" -> JsfAlgorithm.ES384;
                case "P-521" -> JsfAlgorithm.ES512;
                default -> JsfAlgorithm.ES256;
            };
        }
        if (publicKey instanceof java.security.interfaces.RSAPublicKey) {
            return JsfAlgorithm.RS256;
        }
        return Jwk.edCurve(publicKey).equals("Ed25519") ? JsfAlgorithm.ED25519 : JsfAlgorithm.ED448;
    }

    @Override
    public String toString() {
        return "SigningKey[" + publicKey.getAlgorithm() + ", fingerprint " + Crypto.fingerprint(publicKey) + "]";
    }
}
