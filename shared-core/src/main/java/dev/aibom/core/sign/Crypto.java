package dev.aibom.core.sign;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;

/** Signature primitives on a private Bouncy Castle provider instance (never installed JVM-wide). */
final class Crypto {
    static final Provider BC = new BouncyCastleProvider();

    private Crypto() {
    }

    static byte[] sign(JsfAlgorithm algorithm, PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm.jcaName(), BC);
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    static boolean verify(JsfAlgorithm algorithm, Key key, byte[] data, byte[] value) throws GeneralSecurityException {
        if (algorithm.keyType() == JsfAlgorithm.KeyType.SECRET) {
            Mac mac = Mac.getInstance(algorithm.jcaName(), BC);
            mac.init(new SecretKeySpec(key.getEncoded(), algorithm.jcaName()));
            return MessageDigest.isEqual(mac.doFinal(data), value);
        }
        Signature signature = Signature.getInstance(algorithm.jcaName(), BC);
        signature.initVerify((PublicKey) key);
        signature.update(data);
        return signature.verify(value);
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
