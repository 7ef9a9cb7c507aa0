package dev.aibom.core.sign;

import java.io.ByteArrayInputStream;
import java.security.cert.CRL;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * X.509 certificates and revocation lists read from bytes that anyone may have written (a signature's
 * {@code certificatePath}, a model signature's bundle, a file named on the command line), with the JDK's own parser.
 * That parser throws unchecked exceptions on some malformed input - an Ed25519 key of no bytes in a certificate:
 * {@code ArrayIndexOutOfBoundsException} (JDK 17, found by fuzzing {@code JsfVerifier}) - which would reach the user as
 * a stack trace, or let a signature escape its verdict; here they are what they are, a certificate that cannot be
 * read. Hand-written: a guard around the one JDK call, which no library offers.
 */
public final class Certificates {
    private Certificates() {
    }

    /** One DER-encoded X.509 certificate. */
    public static X509Certificate parse(byte[] der) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        try {
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (RuntimeException e) {
            throw new CertificateParsingException(malformed("certificate", e), e);
        }
    }

    /** The revocation lists in a PEM or DER file's bytes. */
    public static Collection<? extends CRL> revocationLists(byte[] bytes) throws CertificateException, CRLException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        try {
            return factory.generateCRLs(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            throw new CRLException(malformed("certificate revocation list", e), e);
        }
    }

    private static String malformed(String what, RuntimeException e) {
        return "the " + what + " is malformed (the JDK's X.509 parser failed on it with "
                + e.getClass().getSimpleName() + ")";
    }
}
