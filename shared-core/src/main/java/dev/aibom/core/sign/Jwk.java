package dev.aibom.core.sign;

import dev.aibom.core.io.JdkDecoders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
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
            jwk.put("kty", "OKP");
            jwk.put("crv", edCurve(key));
            jwk.put("x", B64.encodeToString(Der.rawPublicKey(key.getEncoded())));
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
                    String jcaName = switch (curve) {
                        case "P-256" -> "secp256r1";
                        case "P-384" -> "secp384r1";
                        case "P-521" -> "secp521r1";
                        default -> throw new GeneralSecurityException("unsupported EC curve '" + curve + "'");
                    };
                    var parameters = java.security.AlgorithmParameters.getInstance("EC");
                    parameters.init(new java.security.spec.ECGenParameterSpec(jcaName));
                    ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
                    byte[] x = B64D.decode(text(jwk, "x"));
                    byte[] y = B64D.decode(text(jwk, "y"));
                    int size = (spec.getCurve().getField().getFieldSize() + 7) / 8;
                    if (x.length != size || y.length != size) {
                        throw new GeneralSecurityException("EC coordinates must be " + size + " bytes for " + curve);
                    }
                    ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
                    if (!onCurve(point, spec)) {
                        throw new GeneralSecurityException("the EC point is not on curve " + curve);
                    }
                    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
                }
                case "RSA" -> {
                    return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, B64D.decode(text(jwk, "n"))),
                            new BigInteger(1, B64D.decode(text(jwk, "e")))));
                }
                case "OKP" -> {
                    String curve = text(jwk, "crv");
                    if (!curve.equals("Ed25519") && !curve.equals("Ed448")) {
                        throw new GeneralSecurityException("unsupported OKP curve '" + curve + "'");
                    }
                    byte[] x = B64D.decode(text(jwk, "x"));
                    // RFC 8037: the raw public key; the JDK fails with an unchecked exception on an empty one
                    int size = curve.equals("Ed25519") ? 32 : 57;
                    if (x.length != size) {
                        throw new GeneralSecurityException("OKP x must be " + size + " bytes for " + curve);
                    }
                    byte[] encoded = Der.edPublicKeyInfo(curve, x);
                    return JdkDecoders.publicKey(curve, encoded);
                }
                default -> throw new GeneralSecurityException("unsupported JWK key type '" + kty + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("invalid JWK: " + e.getMessage(), e);
        }
    }

    // y^2 = x^3 + ax + b (mod p) with both coordinates in the field; NIST curves have cofactor 1, so a point on the
    // curve is in the signing group
    private static boolean onCurve(ECPoint point, ECParameterSpec spec) {
        BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).add(spec.getCurve().getA().multiply(x)).add(spec.getCurve().getB()).mod(p);
        return y.multiply(y).mod(p).equals(right);
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

    /** The curve name for an Ed25519/Ed448 key, public or private. */
    static String edCurve(java.security.Key key) {
        return Der.keyAlgorithm(key.getEncoded()).filter(curve -> curve.startsWith("Ed")).orElseThrow(
                () -> new IllegalArgumentException("not an Ed25519 or Ed448 key: " + key.getAlgorithm()));
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
