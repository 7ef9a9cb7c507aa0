package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate that chains to a trusted root must also be fit to sign: an end-entity certificate whose key usage
 * allows digital signatures and whose extended key usage allows code signing. Revocation is checked against given
 * CRLs, and a certificate no CRL covers is then not trusted.
 */
class CertificatePolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final KeyPair rootKeys = KeyPairs.generate(KeyPairs.Type.EC_P256);
    private final X509Certificate root = certificate("CN=Test Root", rootKeys, "CN=Test Root", rootKeys, 1,
            builder -> extension(builder, Extension.basicConstraints, new BasicConstraints(true)));

    private static void extension(JcaX509v3CertificateBuilder builder, org.bouncycastle.asn1.ASN1ObjectIdentifier oid,
                                  org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            builder.addExtension(oid, true, value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
                                               long serial, Consumer<JcaX509v3CertificateBuilder> extensions) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(serial), Date.from(NOW.minus(30, ChronoUnit.DAYS)),
                    Date.from(NOW.plus(365, ChronoUnit.DAYS)), new X500Name(subject), subjectKeys.getPublic());
            extensions.accept(builder);
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SignerResult verify(X509Certificate leaf, KeyPair leafKeys, List<X509CRL> crls) throws Exception {
        SigningKey key = new SigningKey(leafKeys.getPrivate(), leafKeys.getPublic(), List.of(leaf, root));
        ObjectNode document = JsonNodeFactory.instance.objectNode().put("name", "a BOM");
        JsonNode signed = JsfSigner.sign(document, key, SignOptions.defaults());
        VerificationPolicy policy = VerificationPolicy.trusting(List.of()).withRoots(List.of(root)).withCrls(crls)
                .checkingCertificatesAt(NOW);
        return new JsfVerifier(policy).verify(signed, "signature", "").get(0);
    }

    @Test
    void aSigningCertificateIsTrusted() throws Exception {
        KeyPair keys = KeyPairs.generate(KeyPairs.Type.EC_P256);
        X509Certificate leaf = certificate("CN=ACME BOM signing", keys, "CN=Test Root", rootKeys, 2, builder -> {
            extension(builder, Extension.keyUsage, new KeyUsage(KeyUsage.digitalSignature));
            extension(builder, Extension.extendedKeyUsage, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning));
        });
        SignerResult result = verify(leaf, keys, List.of());
        assertThat(result.passed()).isTrue();
        assertThat(result.reason()).isEqualTo("signature valid; the certificate of CN=ACME BOM signing chains to a"
                + " trusted root");
    }

    @Test
    void aCertificateForAnotherPurposeIsNotTrusted() throws Exception {
        KeyPair keys = KeyPairs.generate(KeyPairs.Type.EC_P256);
        X509Certificate certSigning = certificate("CN=Sub CA key", keys, "CN=Test Root", rootKeys, 3,
                builder -> extension(builder, Extension.keyUsage, new KeyUsage(KeyUsage.keyCertSign)));
        assertThat(verify(certSigning, keys, List.of()).reason()).isEqualTo("signature valid; the signing certificate"
                + " of CN=Sub CA key does not allow digital signatures (its key usage lacks digitalSignature)");

        X509Certificate tls = certificate("CN=www.acme.example", keys, "CN=Test Root", rootKeys, 4, builder -> {
            extension(builder, Extension.keyUsage, new KeyUsage(KeyUsage.digitalSignature));
            extension(builder, Extension.extendedKeyUsage, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        });
        SignerResult server = verify(tls, keys, List.of());
        assertThat(server.valid()).isTrue();
        assertThat(server.trusted()).isFalse();
        assertThat(server.reason()).isEqualTo("signature valid; the signing certificate of CN=www.acme.example is not"
                + " for code signing (its extended key usage is 1.3.6.1.5.5.7.3.1; aibom accepts codeSigning or"
                + " anyExtendedKeyUsage)");

        X509Certificate ca = certificate("CN=Intermediate", keys, "CN=Test Root", rootKeys, 5,
                builder -> extension(builder, Extension.basicConstraints, new BasicConstraints(0)));
        assertThat(verify(ca, keys, List.of()).reason()).isEqualTo("signature valid; the signing certificate of"
                + " CN=Intermediate is a CA certificate; a BOM is signed with an end-entity certificate");
    }

    @Test
    void revocationIsCheckedAgainstTheGivenLists() throws Exception {
        KeyPair keys = KeyPairs.generate(KeyPairs.Type.EC_P256);
        X509Certificate leaf = certificate("CN=ACME BOM signing", keys, "CN=Test Root", rootKeys, 6, builder -> {
            extension(builder, Extension.keyUsage, new KeyUsage(KeyUsage.digitalSignature));
        });
        X509v2CRLBuilder clean = new X509v2CRLBuilder(new X500Name("CN=Test Root"), Date.from(NOW.minus(1,
                ChronoUnit.DAYS)));
        clean.setNextUpdate(Date.from(NOW.plus(7, ChronoUnit.DAYS)));
        X509CRL none = crl(clean);
        SignerResult fine = verify(leaf, keys, List.of(none));
        assertThat(fine.passed()).isTrue();
        assertThat(fine.reason()).endsWith("chains to a trusted root and no certificate of its path is revoked");

        X509v2CRLBuilder revoking = new X509v2CRLBuilder(new X500Name("CN=Test Root"), Date.from(NOW.minus(1,
                ChronoUnit.DAYS)));
        revoking.setNextUpdate(Date.from(NOW.plus(7, ChronoUnit.DAYS)));
        revoking.addCRLEntry(BigInteger.valueOf(6), Date.from(NOW.minus(2, ChronoUnit.DAYS)),
                CRLReason.keyCompromise);
        SignerResult revoked = verify(leaf, keys, List.of(crl(revoking)));
        assertThat(revoked.trusted()).isFalse();
        assertThat(revoked.reason()).startsWith("signature valid; the certificate path does not chain to a trusted"
                + " root at 2026-11-23T12:00:00Z: Certificate has been revoked");
    }

    private X509CRL crl(X509v2CRLBuilder builder) throws Exception {
        X509CRLHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys
                .getPrivate()));
        return new JcaX509CRLConverter().getCRL(holder);
    }
}
