package dev.aibom.core.sign;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * Signature primitives. They run on the JDK's own providers (SunEC, SunRsaSign), which implement every JSF algorithm
 * since JDK 15 and start far faster than a Bouncy Castle provider ({@link KeyLoader} says who reads key files). Keys
 * from any provider are re-encoded into JDK keys first.
 */
final class Crypto {
    private Crypto() {
    }

    /** Bouncy Castle as a provider, created only when a key file is encrypted (PBES2, OpenSSL PEM encryption). */
    static java.security.Provider bouncyCastle() {
        return BouncyCastleHolder.PROVIDER;
    }

    private static final class BouncyCastleHolder {
        static final java.security.Provider PROVIDER = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    }

    static byte[] sign(JsfAlgorithm algorithm, PrivateKey key, byte[] data) throws GeneralSecurityException {
        return sign(algorithm, key, out -> out.write(data));
    }

    /** Signs the streamed content: the canonical form goes into the signature chunk by chunk. */
    static byte[] sign(JsfAlgorithm algorithm, PrivateKey key, Jsf.Content data) throws GeneralSecurityException {
        Signature signature = signature(algorithm);
        signature.initSign(jdkPrivateKey(key));
        stream(data, signature::update);
        return signature.sign();
    }

    /**
     * Verifies the streamed content.
     *
     * @throws IllegalArgumentException when the content cannot be canonicalized
     */
    static boolean verify(JsfAlgorithm algorithm, Key key, Jsf.Content data, byte[] value)
            throws GeneralSecurityException {
        if (algorithm.keyType() == JsfAlgorithm.KeyType.SECRET) {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(key.getEncoded(), algorithm.jcaName()));
            stream(data, mac::update);
            return MessageDigest.isEqual(mac.doFinal(), value);
        }
        Signature signature = signature(algorithm);
        signature.initVerify(jdkPublicKey((PublicKey) key));
        stream(data, signature::update);
        return signature.verify(value);
    }

    private interface Update {
        void update(byte[] bytes, int offset, int length) throws GeneralSecurityException;
    }

    private static void stream(Jsf.Content data, Update update) throws GeneralSecurityException {
        try {
            data.writeTo(new java.io.OutputStream() {
                @Override
                public void write(int b) throws java.io.IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                    try {
                        update.update(bytes, offset, length);
                    } catch (GeneralSecurityException e) {
                        throw new java.io.IOException(e);
                    }
                }
            });
        } catch (java.io.IOException e) {
            if (e.getCause() instanceof GeneralSecurityException security) {
                throw security;
            }
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean verify(JsfAlgorithm algorithm, Key key, byte[] data, byte[] value) throws GeneralSecurityException {
        return verify(algorithm, key, out -> out.write(data), value);
    }

    private static Signature signature(JsfAlgorithm algorithm) throws GeneralSecurityException {
        return switch (algorithm) {
            case ES256 -> Signature.getInstance("SHA256withECDSAinP1363Format");
            case ES384 -> Signature.getInstance("SHA384withECDSAinP1363Format");
            case ES512 -> Signature.getInstance("SHA512withECDSAinP1363Format");
            case PS256 -> pss("SHA-256", MGF1ParameterSpec.SHA256, 32);
            case PS384 -> pss("SHA-384", MGF1ParameterSpec.SHA384, 48);
            case PS512 -> pss("SHA-512", MGF1ParameterSpec.SHA512, 64);
            default -> Signature.getInstance(algorithm.jcaName());
        };
    }

    private static Signature pss(String digest, MGF1ParameterSpec mgf, int saltLength) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(new PSSParameterSpec(digest, "MGF1", mgf, saltLength, 1));
        return signature;
    }

    static PublicKey jdkPublicKey(PublicKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance(family(key)).generatePublic(new X509EncodedKeySpec(key.getEncoded()));
    }

    static PrivateKey jdkPrivateKey(PrivateKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance(family(key)).generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
    }

    private static String family(Key key) {
        String algorithm = key.getAlgorithm();
        if (algorithm.equals("ECDSA")) {
            return "EC";
        }
        if (Jwk.isEdDsa(key)) {
            return Jwk.edCurve(key);
        }
        return algorithm;
    }

    /** SHA-256 of the key's SubjectPublicKeyInfo, lower-case hex: how reports name a key. */
    static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
