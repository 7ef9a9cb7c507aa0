package dev.aibom.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CRL;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Collection;

/**
 * The JDK's decoders of X.509 certificates, revocation lists, public keys and PKCS#12 keystores, for bytes that anyone
 * may have written (a signature's {@code certificatePath}, a model signature's bundle, a supplier register's keys, a
 * file named on the command line). They throw unchecked exceptions on some malformed input - an Ed25519 or Ed448 key
 * of no bytes, alone, in a certificate or in a keystore's certificate: {@code ArrayIndexOutOfBoundsException} (JDK 17;
 * found by fuzzing {@code JsfVerifier}) - which would reach the user as a stack trace, or take a signature out of its
 * verdict; here they are what they are, bytes that cannot be read. Hand-written: a guard around each JDK call, which no
 * library offers.
 */
public final class JdkDecoders {
    private JdkDecoders() {
    }

    /** One DER-encoded X.509 certificate. */
    public static X509Certificate certificate(byte[] der) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        try {
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (RuntimeException e) {
            throw new CertificateParsingException(malformed("certificate", "X.509 parser", e), e);
        }
    }

    /** The revocation lists in a PEM or DER file's bytes. */
    public static Collection<? extends CRL> revocationLists(byte[] bytes) throws CertificateException, CRLException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        try {
            return factory.generateCRLs(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            throw new CRLException(malformed("certificate revocation list", "X.509 parser", e), e);
        }
    }

    /** A public key from its DER-encoded SubjectPublicKeyInfo, of the JDK algorithm named (EC, RSA, Ed25519 ...). */
    public static PublicKey publicKey(String algorithm, byte[] subjectPublicKeyInfo) throws NoSuchAlgorithmException,
            InvalidKeySpecException {
        KeyFactory factory = KeyFactory.getInstance(algorithm);
        try {
            return factory.generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (RuntimeException e) {
            throw new InvalidKeySpecException(malformed("public key", "key decoder", e), e);
        }
    }

    /**
     * A PKCS#12 keystore from its bytes, opened with its password. Its certificates are decoded as it loads, so a
     * certificate the JDK cannot decode makes it a malformed keystore.
     *
     * @throws IOException a wrong password, or bytes that are not a keystore (the JDK's own answer); or bytes the JDK's
     *                     reader fails on with an unchecked exception (its message says so)
     */
    public static KeyStore pkcs12(byte[] bytes, char[] password) throws IOException,
            java.security.GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(new ByteArrayInputStream(bytes), password);
        } catch (RuntimeException e) {
            throw new MalformedKeystoreException("it is malformed (the JDK's PKCS#12 reader failed on it with "
                    + e.getClass().getSimpleName() + ")", e);
        }
        return store;
    }

    /** A keystore the JDK's reader failed on with an unchecked exception: neither a wrong password nor another format. */
    public static final class MalformedKeystoreException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedKeystoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String malformed(String what, String decoder, RuntimeException e) {
        return "the " + what + " is malformed (the JDK's " + decoder + " failed on it with "
                + e.getClass().getSimpleName() + ")";
    }
}
