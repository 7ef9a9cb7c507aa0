package dev.aibom.core.sign;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;

/**
 * Makes {@link CertificatePathFuzzTest}'s root, revocation list and seeds, with EC keys that are thrown away:
 * {@code java -cp <test class path> dev.aibom.core.sign.CertificatePathFuzzSeeds shared-core/src/test/resources}.
 * Run once; the files are committed (the seeds' signatures hold only under that root). The seed
 * {@code ed25519-key-of-no-bytes.der} is not made here: it is the certificate of {@code jsfVerifier}'s fuzz finding.
 */
public final class CertificatePathFuzzSeeds {
    private CertificatePathFuzzSeeds() {
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args[0]).resolve("dev/aibom/core/sign");
        Path seeds = Files.createDirectories(resources.resolve("CertificatePathFuzzTestInputs/certificatePath"));
        KeyPair root = KeyPairs.generate(KeyPairs.Type.EC_P256);
        KeyPair intermediate = KeyPairs.generate(KeyPairs.Type.EC_P256);
        KeyPair leaf = KeyPairs.generate(KeyPairs.Type.EC_P256);
        KeyPair direct = KeyPairs.generate(KeyPairs.Type.EC_P256);
        X500Name rootName = new X500Name("CN=aibom fuzz root");
        X500Name intermediateName = new X500Name("CN=aibom fuzz intermediate,O=ACME");
        ASN1ObjectIdentifier policy = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");

        JcaX509v3CertificateBuilder r = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE,
                date("2026-01-01T00:00:00Z"), date("2036-01-01T00:00:00Z"), rootName, root.getPublic());
        r.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        r.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509CertificateHolder rootCertificate = r.build(signer(root));

        JcaX509v3CertificateBuilder i = new JcaX509v3CertificateBuilder(rootName, BigInteger.TWO,
                date("2026-01-01T00:00:00Z"), date("2035-01-01T00:00:00Z"), intermediateName,
                intermediate.getPublic());
        i.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        i.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        i.addExtension(Extension.nameConstraints, true, new NameConstraints(
                new GeneralSubtree[]{new GeneralSubtree(new GeneralName(new X500Name("O=ACME")))},
                new GeneralSubtree[]{new GeneralSubtree(new GeneralName(GeneralName.dNSName, "evil.example"))}));
        i.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(policy)));
        i.addExtension(Extension.policyConstraints, true, new PolicyConstraints(BigInteger.ZERO, BigInteger.ONE));
        i.addExtension(Extension.inhibitAnyPolicy, true, new ASN1Integer(0));
        X509CertificateHolder intermediateCertificate = i.build(signer(root));

        JcaX509v3CertificateBuilder l = new JcaX509v3CertificateBuilder(intermediateName, BigInteger.valueOf(3),
                date("2026-01-01T00:00:00Z"), date("2034-01-01T00:00:00Z"),
                new X500Name("O=ACME,CN=ACME BOM signing"), leaf.getPublic());
        l.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        l.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning));
        l.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(policy)));
        l.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName,
                "bom.acme.example")));
        X509CertificateHolder leafCertificate = l.build(signer(intermediate));

        JcaX509v3CertificateBuilder d = new JcaX509v3CertificateBuilder(rootName, BigInteger.valueOf(4),
                date("2026-01-01T00:00:00Z"), date("2034-01-01T00:00:00Z"), new X500Name("CN=Direct signer"),
                direct.getPublic());
        d.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        X509CertificateHolder directCertificate = d.build(signer(root));

        X509v2CRLBuilder list = new X509v2CRLBuilder(rootName, date("2026-06-01T00:00:00Z"));
        list.setNextUpdate(date("2035-01-01T00:00:00Z"));
        list.addCRLEntry(BigInteger.valueOf(77), date("2026-05-01T00:00:00Z"), CRLReason.keyCompromise);

        Files.write(resources.resolve("certificate-path-fuzz-root.der"), rootCertificate.getEncoded());
        Files.write(resources.resolve("certificate-path-fuzz-root.crl"), list.build(signer(root)).getEncoded());
        Files.write(seeds.resolve("leaf-intermediate-root.der"), concatenated(leafCertificate,
                intermediateCertificate, rootCertificate));
        Files.write(seeds.resolve("direct-leaf-root.der"), concatenated(directCertificate, rootCertificate));
        Files.write(seeds.resolve("intermediate-only.der"), intermediateCertificate.getEncoded());
    }

    private static org.bouncycastle.operator.ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
    }

    private static byte[] concatenated(X509CertificateHolder... certificates) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (X509CertificateHolder certificate : certificates) {
            out.write(certificate.getEncoded());
        }
        return out.toByteArray();
    }
}
