package dev.aibom.core.sign;

import dev.aibom.core.io.JdkDecoders;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.modelsig.ModelSignatureResult;
import dev.aibom.core.modelsig.ModelSignatureVerifier;
import dev.aibom.core.modelsig.ModelSigner;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys and certificates the JDK cannot decode without throwing an unchecked exception - an Ed25519 or Ed448 key of no
 * bytes, alone or in a certificate, which JDK 17 answers with {@code ArrayIndexOutOfBoundsException} (found by fuzzing
 * {@code JsfVerifier}) - met where aibom reads keys and certificates that others wrote: a BOM signature's
 * {@code certificatePath}, a model signature's bundle, a supplier register's inline key, and PEM files named on the
 * command line. Each says that the key or certificate cannot be read; none throws.
 */
class JdkDecodersTest {
    private static final String MALFORMED = "the certificate is malformed (the JDK's X.509 parser failed on it with"
            + " ArrayIndexOutOfBoundsException)";
    private static final String MALFORMED_KEY = "the public key is malformed (the JDK's key decoder failed on it with"
            + " ArrayIndexOutOfBoundsException)";
    /** SubjectPublicKeyInfo of an Ed25519 key whose BIT STRING holds no bytes. */
    private static final byte[] EMPTY_ED25519_SPKI = Der.edPublicKeyInfo("Ed25519", new byte[0]);

    @TempDir
    Path temp;

    /** A certificate, signed as any other, whose subject key is an Ed25519 key of no bytes. */
    private static byte[] emptyEd25519Key() throws Exception {
        KeyPair issuer = KeyPairs.generate(KeyPairs.Type.EC_P256);
        SubjectPublicKeyInfo empty = new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
                new byte[0]);
        Instant now = Instant.now();
        return new X509v3CertificateBuilder(new X500Name("CN=Test CA"), BigInteger.ONE, Date.from(now),
                Date.from(now.plusSeconds(3600)), new X500Name("CN=No key"), empty)
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())).getEncoded();
    }

    @Test
    void theJdksParserThrowsAnUncheckedExceptionOnIt() throws Exception {
        // the premise: if a later JDK reads it cleanly, this test says so and the guard is merely unused
        byte[] der = emptyEd25519Key();
        assertThatThrownBy(() -> CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(der)))
                .isInstanceOf(ArrayIndexOutOfBoundsException.class);
        assertThatThrownBy(() -> JdkDecoders.certificate(der)).isInstanceOf(CertificateParsingException.class)
                .hasMessage(MALFORMED);
    }

    @Test
    void aBomSignaturesCertificatePathIsAnInvalidSignature() throws Exception {
        ObjectNode document = BomJson.MAPPER.createObjectNode().put("name", "Joe");
        ObjectNode signature = document.putObject("signature").put("algorithm", "Ed25519");
        signature.putArray("certificatePath").add(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(emptyEd25519Key()));
        signature.put("value", "behDQ8IZIZEzlUvRrl0WW6tsxEWKH68VYH_Dzou2roTSgxTH5pqoK-qz_6m5uXqHG5jPBUGGVLBnr5d4HTj3Ag");

        List<SignerResult> results = new JsfVerifier(VerificationPolicy.trusting(List.of()))
                .verify(document, "signature", "");

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.valid()).isFalse();
            assertThat(result.trusted()).isFalse();
            assertThat(result.location()).isEqualTo("/signature");
            assertThat(result.reason()).isEqualTo("the certificatePath cannot be read: " + MALFORMED);
        });
    }

    @Test
    void aModelSignaturesCertificateIsMalformed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("model"));
        Files.writeString(folder.resolve("config.json"), "{\"layers\": 4}\n");
        KeyPair signer = KeyPairs.generate(KeyPairs.Type.EC_P256);
        byte[] payload = ModelSigner.statement(folder, List.of(), "files");
        ObjectNode material = BomJson.MAPPER.createObjectNode();
        material.putObject("certificate").put("rawBytes", Base64.getEncoder().encodeToString(emptyEd25519Key()));
        Path signature = ModelSigner.write(folder, material, payload, ModelSigner.sign(signer.getPrivate(), payload));

        ModelSignatureResult result = new ModelSignatureVerifier(List.of(signer.getPublic()), List.of(), Instant.now())
                .verify(signature);

        assertThat(result.status()).isEqualTo(ModelSignatureResult.Status.MALFORMED);
        assertThat(result.line()).isEqualTo("malformed: the bundle's certificate cannot be read: " + MALFORMED);
    }

    @Test
    void aCertificateFileNamedOnTheCommandLineIsABadInput() throws Exception {
        Path pem = Files.writeString(temp.resolve("ca.pem"), pem("CERTIFICATE", emptyEd25519Key()));

        assertThatThrownBy(() -> KeyLoader.certificates(pem)).isInstanceOf(AibomException.class)
                .hasMessage("Cannot read the certificates in " + pem + ": " + MALFORMED + ".");
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    @Test
    void aPublicKeyFileNamedOnTheCommandLineIsABadInput() throws Exception {
        for (String curve : List.of("Ed25519", "Ed448")) {
            byte[] spki = Der.edPublicKeyInfo(curve, new byte[0]);
            assertThatThrownBy(() -> java.security.KeyFactory.getInstance(curve)
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(spki)))
                    .isInstanceOf(ArrayIndexOutOfBoundsException.class);
            Path file = Files.writeString(temp.resolve("trusted-" + curve + ".pem"), pem("PUBLIC KEY", spki));
            assertThatThrownBy(() -> KeyLoader.publicKeys(file)).isInstanceOf(AibomException.class)
                    .hasMessage("Cannot read the public key in " + file + ": " + MALFORMED_KEY + ".");
        }
    }

    @Test
    void aSupplierRegistersInlineKeyIsABadInput() {
        assertThatThrownBy(() -> KeyLoader.publicKeys(pem("PUBLIC KEY", EMPTY_ED25519_SPKI), "the inline PEM key"))
                .isInstanceOf(AibomException.class)
                .hasMessage("Cannot read the public key in the inline PEM key: " + MALFORMED_KEY + ".");
    }

    @Test
    void aBomSignaturesJwkNeverReachesTheDecoderEmpty() throws Exception {
        // an OKP JWK's x is checked for its length first (RFC 8037), with its own message
        ObjectNode document = BomJson.MAPPER.createObjectNode().put("name", "Joe");
        ObjectNode signature = document.putObject("signature").put("algorithm", "Ed25519");
        signature.putObject("publicKey").put("kty", "OKP").put("crv", "Ed25519").put("x", "");
        signature.put("value", "behDQ8IZIZEzlUvRrl0WW6tsxEWKH68VYH_Dzou2roTSgxTH5pqoK-qz_6m5uXqHG5jPBUGGVLBnr5d4HTj3Ag");
        assertThat(new JsfVerifier(VerificationPolicy.trusting(List.of())).verify(document, "signature", ""))
                .singleElement().satisfies(result -> assertThat(result.reason())
                        .isEqualTo("the publicKey cannot be read: OKP x must be 32 bytes for Ed25519"));
    }

    @Test
    void aKeystoreHoldingSuchACertificateIsABadInput() throws Exception {
        // a PKCS#12 file whose certificate bag holds the certificate: the JDK decodes it as it loads the keystore
        char[] password = "changeit".toCharArray();
        org.bouncycastle.pkcs.PKCS12PfxPduBuilder pfx = new org.bouncycastle.pkcs.PKCS12PfxPduBuilder();
        pfx.addData(new org.bouncycastle.pkcs.PKCS12SafeBagBuilder(new org.bouncycastle.cert.X509CertificateHolder(
                emptyEd25519Key())).build());
        Path keystore = temp.resolve("signing.p12");
        Files.write(keystore, pfx.build(new org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder()
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()), password)
                .getEncoded());

        assertThatThrownBy(() -> KeyLoader.pkcs12(keystore, null, Passphrase.of(password)))
                .isInstanceOf(AibomException.class)
                .hasMessage("Cannot open the keystore " + keystore + ": it is malformed (the JDK's PKCS#12 reader"
                        + " failed on it with ArrayIndexOutOfBoundsException).");
    }

    @Test
    void aWellFormedCertificateIsReadAsBefore() throws Exception {
        KeyPair keys = KeyPairs.generate(KeyPairs.Type.ED25519);
        Instant now = Instant.now();
        byte[] der = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(new X500Name("CN=Signer"),
                BigInteger.TWO, Date.from(now), Date.from(now.plusSeconds(3600)), new X500Name("CN=Signer"),
                keys.getPublic()).build(new JcaContentSignerBuilder("Ed25519").build(keys.getPrivate())).getEncoded();
        assertThat(JdkDecoders.certificate(der).getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(JdkDecoders.publicKey("Ed25519", keys.getPublic().getEncoded())).isEqualTo(keys.getPublic());
    }
}
