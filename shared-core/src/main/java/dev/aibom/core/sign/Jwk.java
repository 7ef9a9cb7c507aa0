package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.math.ec.ECPoint;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** JSON Web Keys (RFC 7517/7518/8037) for the JSF {@code publicKey} property, and RFC 7638 thumbprints. */
public final class Jwk {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Jwk() {
    }

    /** The public key as a JWK; EC coordinates padded to the curve size, as JSF requires. */
    public static ObjectNode of(PublicKey key) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        if (key instanceof ECPublicKey ec) {
            String curve = curveName(ec);
            int size = switch (curve) {
                case "P-256" -> 32;
                case "P-384" -> 48;
                case "P-521" -> 66;
                default -> throw new IllegalArgumentException("unsupported EC curve " + curve);
            };
            jwk.put("kty", "EC");
            jwk.put("crv", curve);
            jwk.put("x", B64.encodeToString(unsigned(ec.getW().getAffineX(), size)));
            jwk.put("y", B64.encodeToString(unsigned(ec.getW().getAffineY(), size)));
        } else if (key instanceof RSAPublicKey rsa) {
            jwk.put("kty", "RSA");
            jwk.put("n", B64.encodeToString(unsigned(rsa.getModulus(), 0)));
            jwk.put("e", B64.encodeToString(unsigned(rsa.getPublicExponent(), 0)));
        } else if (isEdDsa(key)) {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
            boolean ed25519 = info.getAlgorithm().getAlgorithm().equals(EdECObjectIdentifiers.id_Ed25519);
            jwk.put("kty", "OKP");
            jwk.put("crv", ed25519 ? "Ed25519" : "Ed448");
            jwk.put("x", B64.encodeToString(info.getPublicKeyData().getBytes()));
        } else {
            throw new IllegalArgumentException("unsupported public key type " + key.getAlgorithm());
        }
        return jwk;
    }

    /**
     * @throws GeneralSecurityException when the JWK is not a valid EC, RSA or OKP public key
     */
    public static PublicKey parse(JsonNode jwk) throws GeneralSecurityException {
        String kty = text(jwk, "kty");
        try {
            switch (kty) {
                case "EC" -> {
                    String curve = text(jwk, "crv");
                    String bcName = switch (curve) {
                        case "P-256" -> "secp256r1";
                        case "P-384" -> "secp384r1";
                        case "P-521" -> "secp521r1";
                        default -> throw new GeneralSecurityException("unsupported EC curve '" + curve + "'");
                    };
                    ECNamedCurveParameterSpec spec = ECNamedCurveTable.getParameterSpec(bcName);
                    byte[] x = B64D.decode(text(jwk, "x"));
                    byte[] y = B64D.decode(text(jwk, "y"));
                    int size = (spec.getCurve().getFieldSize() + 7) / 8;
                    if (x.length != size || y.length != size) {
                        throw new GeneralSecurityException("EC coordinates must be " + size + " bytes for " + curve);
                    }
                    // Bouncy Castle's curve arithmetic (no provider needed) checks the point lies on the curve
                    ECPoint point = spec.getCurve().createPoint(new BigInteger(1, x), new BigInteger(1, y));
                    if (!point.isValid()) {
                        throw new GeneralSecurityException("the EC point is not on curve " + curve);
                    }
                    var parameters = java.security.AlgorithmParameters.getInstance("EC");
                    parameters.init(new java.security.spec.ECGenParameterSpec(bcName));
                    return KeyFactory.getInstance("EC").generatePublic(new java.security.spec.ECPublicKeySpec(
                            new java.security.spec.ECPoint(new BigInteger(1, x), new BigInteger(1, y)),
                            parameters.getParameterSpec(java.security.spec.ECParameterSpec.class)));
                }
                case "RSA" -> {
                    return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, B64D.decode(text(jwk, "n"))),
                            new BigInteger(1, B64D.decode(text(jwk, "e")))));
                }
                case "OKP" -> {
                    String curve = text(jwk, "crv");
                    var oid = switch (curve) {
                        case "Ed25519" -> EdECObjectIdentifiers.id_Ed25519;
                        case "Ed448" -> EdECObjectIdentifiers.id_Ed448;
                        default -> throw new GeneralSecurityException("unsupported OKP curve '" + curve + "'");
                    };
                    byte[] encoded = new SubjectPublicKeyInfo(new AlgorithmIdentifier(oid),
                            B64D.decode(text(jwk, "x"))).getEncoded();
                    return KeyFactory.getInstance(curve).generatePublic(new X509EncodedKeySpec(encoded));
                }
                default -> throw new GeneralSecurityException("unsupported JWK key type '" + kty + "'");
            }
        } catch (IllegalArgumentException | IOException e) {
            throw new GeneralSecurityException("invalid JWK: " + e.getMessage(), e);
        }
    }

    /** RFC 7638 thumbprint: base64url SHA-256 of the required members in lexicographic order. */
    public static String thumbprint(PublicKey key) {
        ObjectNode jwk = of(key);
        ObjectNode required = JsonNodeFactory.instance.objectNode();
        for (String member : switch (jwk.get("kty").asText()) {
            case "EC" -> new String[]{"crv", "kty", "x", "y"};
            case "RSA" -> new String[]{"e", "kty", "n"};
            default -> new String[]{"crv", "kty", "x"};
        }) {
            required.set(member, jwk.get(member));
        }
        return B64.encodeToString(Crypto.sha256(Jcs.canonicalString(required).getBytes(StandardCharsets.UTF_8)));
    }

    static String curveName(ECPublicKey key) {
        int bits = key.getParams().getCurve().getField().getFieldSize();
        return switch (bits) {
            case 256 -> "P-256";
            case 384 -> "P-384";
            case 521 -> "P-521";
            default -> "EC-" + bits;
        };
    }

    static boolean isEdDsa(java.security.Key key) {
        String algorithm = key.getAlgorithm();
        return algorithm.equals("Ed25519") || algorithm.equals("Ed448") || algorithm.equals("EdDSA");
    }

    /** The curve name for an Ed25519/Ed448 key. */
    static String edCurve(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        return info.getAlgorithm().getAlgorithm().equals(EdECObjectIdentifiers.id_Ed25519) ? "Ed25519" : "Ed448";
    }

    private static byte[] unsigned(BigInteger value, int size) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (size > bytes.length) {
            byte[] padded = new byte[size];
            System.arraycopy(bytes, 0, padded, size - bytes.length, bytes.length);
            return padded;
        }
        return bytes;
    }

    private static String text(JsonNode jwk, String member) throws GeneralSecurityException {
        JsonNode value = jwk.get(member);
        if (value == null || !value.isTextual()) {
            throw new GeneralSecurityException("the JWK has no '" + member + "'");
        }
        return value.asText();
    }
}
