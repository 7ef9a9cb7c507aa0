package dev.aibom.core.sign;

import java.util.Arrays;
import java.util.Optional;

/** The JSF 0.82 signature algorithms aibom signs (all but HMAC and Ed448) and verifies (all). */
public enum JsfAlgorithm {
    ES256("SHA256withPLAIN-ECDSA", KeyType.EC, "P-256", 32),
    ES384("SHA384withPLAIN-ECDSA", KeyType.EC, "P-384", 48),
    ES512("SHA512withPLAIN-ECDSA", KeyType.EC, "P-521", 66),
    RS256("SHA256withRSA", KeyType.RSA, null, 0),
    RS384("SHA384withRSA", KeyType.RSA, null, 0),
    RS512("SHA512withRSA", KeyType.RSA, null, 0),
    PS256("SHA256withRSAandMGF1", KeyType.RSA, null, 0),
    PS384("SHA384withRSAandMGF1", KeyType.RSA, null, 0),
    PS512("SHA512withRSAandMGF1", KeyType.RSA, null, 0),
    ED25519("Ed25519", KeyType.OKP, "Ed25519", 32),
    ED448("Ed448", KeyType.OKP, "Ed448", 57),
    HS256("HmacSHA256", KeyType.SECRET, null, 0),
    HS384("HmacSHA384", KeyType.SECRET, null, 0),
    HS512("HmacSHA512", KeyType.SECRET, null, 0);

    /** Key families as JWK names them ({@code kty}), plus shared secrets for HMAC. */
    public enum KeyType { EC, RSA, OKP, SECRET }

    private final String jcaName;
    private final KeyType keyType;
    private final String curve;
    private final int coordinateBytes;

    JsfAlgorithm(String jcaName, KeyType keyType, String curve, int coordinateBytes) {
        this.jcaName = jcaName;
        this.keyType = keyType;
        this.curve = curve;
        this.coordinateBytes = coordinateBytes;
    }

    /** The name in the JSF {@code algorithm} property: ES256, Ed25519 ... */
    public String jsfName() {
        return switch (this) {
            case ED25519 -> "Ed25519";
            case ED448 -> "Ed448";
            default -> name();
        };
    }

    public String jcaName() {
        return jcaName;
    }

    public KeyType keyType() {
        return keyType;
    }

    /** JWK curve name for EC and OKP algorithms, else null. */
    public String curve() {
        return curve;
    }

    /** Bytes per EC coordinate (and per half of an ECDSA signature), or the EdDSA key size. */
    public int coordinateBytes() {
        return coordinateBytes;
    }

    public boolean canSign() {
        return keyType != KeyType.SECRET && this != ED448;
    }

    public static Optional<JsfAlgorithm> fromJsfName(String name) {
        return Arrays.stream(values()).filter(a -> a.jsfName().equals(name)).findFirst();
    }
}
