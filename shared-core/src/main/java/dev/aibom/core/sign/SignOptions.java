package dev.aibom.core.sign;

import java.util.Objects;
import java.util.Optional;

/**
 * How to sign.
 *
 * @param algorithm          empty: the key's default (ES256 for P-256, RS256 for RSA, Ed25519 ...)
 * @param keyId              empty: the RFC 7638 JWK thumbprint of the public key
 * @param includeKeyId       write {@code keyId} at all
 * @param includePublicKey   embed the public key as a JWK ({@code publicKey})
 * @param includeCertificates embed the key's certificate path ({@code certificatePath}), when it has one
 * @param multipleSigners    use the JSF {@code signers} form, so that more signers can be added later
 * @param property           the signature property (CycloneDX: {@code signature})
 */
public record SignOptions(Optional<JsfAlgorithm> algorithm, Optional<String> keyId, boolean includeKeyId,
                          boolean includePublicKey,
                          boolean includeCertificates, boolean multipleSigners, String property) {
    public SignOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(property, "property");
        if (algorithm.isPresent() && !algorithm.get().canSign()) {
            throw new IllegalArgumentException("aibom does not sign with " + algorithm.get().jsfName()
                    + "; use ES256/384/512, RS256/384/512, PS256/384/512 or Ed25519");
        }
    }

    public static SignOptions defaults() {
        return new SignOptions(Optional.empty(), Optional.empty(), true, true, true, false, Jsf.DEFAULT_PROPERTY);
    }

    public SignOptions withAlgorithm(JsfAlgorithm value) {
        return new SignOptions(Optional.of(value), keyId, includeKeyId, includePublicKey, includeCertificates, multipleSigners,
                property);
    }

    public SignOptions withKeyId(String value) {
        return new SignOptions(algorithm, Optional.ofNullable(value), includeKeyId, includePublicKey, includeCertificates,
                multipleSigners, property);
    }

    public SignOptions withMultipleSigners(boolean value) {
        return new SignOptions(algorithm, keyId, includeKeyId, includePublicKey, includeCertificates, value, property);
    }

    public SignOptions withPublicKey(boolean value) {
        return new SignOptions(algorithm, keyId, includeKeyId, value, includeCertificates, multipleSigners, property);
    }

    public SignOptions withoutKeyId() {
        return new SignOptions(algorithm, Optional.empty(), false, includePublicKey, includeCertificates,
                multipleSigners, property);
    }

    public SignOptions withCertificates(boolean value) {
        return new SignOptions(algorithm, keyId, includeKeyId, includePublicKey, value, multipleSigners, property);
    }
}
