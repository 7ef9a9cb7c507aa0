package dev.aibom.core.modelsig;

import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.KeyPairs;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** OpenSSF Model Signing: a folder signed with a key or a certificate, changed, extended, signed by someone else. */
class ModelSignatureVerifierTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    @TempDir
    Path temp;
    final KeyPair signer = KeyPairs.generate(KeyPairs.Type.EC_P256);
    final KeyPair stranger = KeyPairs.generate(KeyPairs.Type.EC_P256);

    private Path model() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("fraud-model"));
        Files.writeString(folder.resolve("config.json"), "{\"layers\": 4}\n");
        Files.createDirectories(folder.resolve("weights"));
        Files.write(folder.resolve("weights/model.safetensors"), new byte[]{8, 0, 0, 0, 0, 0, 0, 0, '{', '}', ' ',
                ' ', ' ', ' ', ' ', ' '});
        Files.writeString(folder.resolve("README.md"), "# fraud model\n");
        return folder;
    }

    private ModelSignatureVerifier trusting(KeyPair... keys) {
        return new ModelSignatureVerifier(java.util.Arrays.stream(keys).map(KeyPair::getPublic).toList(), List.of(),
                NOW);
    }

    @Test
    void aFolderSignedWithATrustedKeyVerifies() throws Exception {
        Path folder = model();
        Path signature = ModelSigner.signWithKey(folder, signer.getPrivate(), signer.getPublic(), List.of());
        ModelSignatureResult result = trusting(stranger, signer).verify(signature);
        assertThat(result.status()).as(result.line()).isEqualTo(ModelSignatureResult.Status.VERIFIED);
        assertThat(result.line()).isEqualTo("verified: 3 files signed by key sha256:"
                + KeyFingerprint.of(signer.getPublic()).hex());
        assertThat(result.method()).contains("files");
        assertThat(ModelSignatureVerifier.signatureOf(folder)).contains(signature);
        assertThat(ModelSignatureVerifier.signatureOf(folder.resolve("config.json"))).contains(signature);
    }

    @Test
    void aChangedMissingOrExtraFileIsNamed() throws Exception {
        Path folder = model();
        Path signature = ModelSigner.signWithKey(folder, signer.getPrivate(), signer.getPublic(), List.of());
        Files.writeString(folder.resolve("config.json"), "{\"layers\": 5}\n");
        Files.delete(folder.resolve("README.md"));
        Files.writeString(folder.resolve("weights/extra.bin"), "x");
        ModelSignatureResult result = trusting(signer).verify(signature);
        assertThat(result.status()).isEqualTo(ModelSignatureResult.Status.FILES_DIFFER);
        assertThat(result.problems()).containsExactly("README.md is signed but missing",
                "config.json was changed after signing (its SHA-256 differs)",
                "weights/extra.bin is in the folder but not signed");
        assertThat(result.signer()).contains("key sha256:" + KeyFingerprint.of(signer.getPublic()).hex());
    }

    @Test
    void ignoredPathsStayOutAndASymbolicLinkIsNamed() throws Exception {
        Path folder = model();
        Files.writeString(folder.resolve("notes.txt"), "not part of the model");
        Path signature = ModelSigner.signWithKey(folder, signer.getPrivate(), signer.getPublic(),
                List.of("notes.txt"));
        Files.writeString(folder.resolve("notes.txt"), "changed, still ignored");
        assertThat(trusting(signer).verify(signature).verified()).isTrue();
        Files.createSymbolicLink(folder.resolve("link.json"), folder.resolve("config.json"));
        assertThat(trusting(signer).verify(signature).problems())
                .containsExactly("link.json is a symbolic link; model signatures cover regular files only");
    }

    @Test
    void aSignatureByAKeyNobodyTrustsIsUntrustedAndAChangedStatementInvalid() throws Exception {
        Path folder = model();
        Path signature = ModelSigner.signWithKey(folder, signer.getPrivate(), signer.getPublic(), List.of());
        ModelSignatureResult untrusted = trusting(stranger).verify(signature);
        assertThat(untrusted.status()).isEqualTo(ModelSignatureResult.Status.UNTRUSTED);
        assertThat(untrusted.line()).isEqualTo("untrusted: it was signed with the key whose PEM hashes to "
                + ModelSignatureVerifier.pemHint(signer.getPublic()) + ", which is not among the trusted keys; give"
                + " the signer's public key as a trusted key");

        // a new statement (the changed file's digest) under the old signature
        var bundle = (com.fasterxml.jackson.databind.node.ObjectNode) dev.aibom.core.bom.BomJson.MAPPER.readTree(
                signature.toFile());
        Files.writeString(folder.resolve("config.json"), "{\"layers\": 5}\n");
        ((com.fasterxml.jackson.databind.node.ObjectNode) bundle.get("dsseEnvelope")).put("payload",
                Base64.getEncoder().encodeToString(ModelSigner.statement(folder, List.of(), "files")));
        Files.write(signature, dev.aibom.core.bom.BomJson.pretty(bundle));
        ModelSignatureResult invalid = trusting(signer).verify(signature);
        assertThat(invalid.status()).as(invalid.line()).isEqualTo(ModelSignatureResult.Status.INVALID);
        assertThat(invalid.line()).isEqualTo("invalid: the signature does not verify with the trusted key its hint"
                + " names: the signed statement was changed, or it was signed with another key");
    }

    @Test
    void aCertificateCountsWhenItChainsToATrustedRoot() throws Exception {
        KeyPair rootKeys = KeyPairs.generate(KeyPairs.Type.EC_P256);
        X509Certificate root = certificate("CN=Model Signing Root", rootKeys, "CN=Model Signing Root", rootKeys, true);
        X509Certificate leaf = certificate("CN=ACME ML model release", signer, "CN=Model Signing Root", rootKeys,
                false);
        Path folder = model();
        Path signature = ModelSigner.signWithCertificate(folder, signer.getPrivate(), List.of(leaf, root));
        ModelSignatureResult trusted = new ModelSignatureVerifier(List.of(), List.of(root), NOW).verify(signature);
        assertThat(trusted.line()).isEqualTo("verified: 3 files signed by certificate CN=ACME ML model release");
        ModelSignatureResult noRoot = new ModelSignatureVerifier(List.of(signer.getPublic()), List.of(), NOW)
                .verify(signature);
        assertThat(noRoot.status()).isEqualTo(ModelSignatureResult.Status.UNTRUSTED);
        assertThat(noRoot.line()).isEqualTo("untrusted: it was signed with the certificate of CN=ACME ML model"
                + " release, and no trusted CA root is given; give the CA root it chains to");
        ModelSignatureResult expired = new ModelSignatureVerifier(List.of(), List.of(root),
                NOW.plus(800, ChronoUnit.DAYS)).verify(signature);
        assertThat(expired.status()).isEqualTo(ModelSignatureResult.Status.UNTRUSTED);
        assertThat(expired.line()).startsWith("untrusted: the certificate of CN=ACME ML model release does not"
                + " chain to a trusted CA root at ");
    }

    @Test
    void unsupportedVariantsAreNamed() throws Exception {
        Path folder = model();
        byte[] payload = ModelSigner.statement(folder, List.of(), "shards");
        com.fasterxml.jackson.databind.node.ObjectNode material = dev.aibom.core.bom.BomJson.MAPPER.createObjectNode();
        material.putObject("publicKey").put("hint", ModelSignatureVerifier.pemHint(signer.getPublic()));
        Path signature = ModelSigner.write(folder, material, payload, ModelSigner.sign(signer.getPrivate(), payload));
        ModelSignatureResult shards = trusting(signer).verify(signature);
        assertThat(shards.status()).isEqualTo(ModelSignatureResult.Status.UNSUPPORTED);
        assertThat(shards.line()).isEqualTo("unsupported: the serialization method 'shards' is not supported (the"
                + " sharded-digest variant: digests of parts of files); aibom verifies method 'files' (one SHA-256 per"
                + " file)");

        Files.writeString(signature, "{\"mediaType\": \"application/vnd.dev.sigstore.bundle.v0.3+json\","
                + " \"verificationMaterial\": {\"certificate\": {\"rawBytes\": \"\"}, \"tlogEntries\": [{}]},"
                + " \"dsseEnvelope\": {\"payload\": \"e30=\", \"payloadType\": \"application/vnd.in-toto+json\","
                + " \"signatures\": [{\"sig\": \"AA==\"}]}}");
        assertThat(trusting(signer).verify(signature).line()).startsWith("unsupported: a Sigstore keyless signature");

        Files.writeString(signature, "{\"mediaType\": \"text/plain\"}");
        assertThat(trusting(signer).verify(signature).status()).isEqualTo(ModelSignatureResult.Status.MALFORMED);
        Files.writeString(signature, "{\"a\": 1, \"a\": 2}");
        assertThat(trusting(signer).verify(signature).status()).isEqualTo(ModelSignatureResult.Status.MALFORMED);
    }

    /** Signs this statement text (any shape) with the trusted key, as the signer's bundle would carry it. */
    private Path signedStatement(Path folder, String statement) throws Exception {
        byte[] payload = statement.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.node.ObjectNode material = dev.aibom.core.bom.BomJson.MAPPER.createObjectNode();
        material.putObject("publicKey").put("hint", ModelSignatureVerifier.pemHint(signer.getPublic()));
        return ModelSigner.write(folder, material, payload, ModelSigner.sign(signer.getPrivate(), payload));
    }

    /**
     * A statement signed with a trusted key is still only what the signer claims: whatever its shape, the answer is
     * a result that names what is wrong, never an exception (which generate and verify would report as a bug in
     * aibom, with a stack trace).
     */
    @Test
    void aSignedStatementOfAnyShapeIsAResultNotACrash() throws Exception {
        Path folder = model();
        String head = "{\"_type\": \"https://in-toto.io/Statement/v1\", \"predicateType\":"
                + " \"https://model_signing/signature/v1.0\", ";
        String files = "\"serialization\": {\"method\": \"files\", \"hash_type\": \"sha256\"}";
        String zero = "0".repeat(64);
        String rootOfZero = ModelSigner.hex(ModelSigner.sha256(new byte[32]));
        String resource = "{\"algorithm\": \"sha256\", \"name\": \".\", \"digest\": \"" + zero + "\"}";
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(head + "\"subject\": {\"a\": {\"name\": \"config.json\", \"digest\": {\"sha256\": \"" + rootOfZero
                + "\"}}}, \"predicate\": {" + files + ", \"resources\": [" + resource + "]}}",
                "malformed: the statement's subject is an object, not a list of one subject");
        cases.put(head + "\"subject\": [{\"name\": \"a\\u0000b\", \"digest\": {\"sha256\": \"" + rootOfZero
                + "\"}}], \"predicate\": {" + files + ", \"resources\": [" + resource + "]}}",
                "malformed: the statement signs a single file but names 'a\\u0000b', not a file beside the signature");
        cases.put(head + "\"subject\": [{\"name\": \"m\", \"digest\": {\"sha256\": \"" + rootOfZero
                + "\"}}], \"predicate\": {" + files + ", \"resources\": {\"a\": " + resource + "}}}",
                "malformed: the statement's resources are an object, not a list");
        cases.put("{\"_type\": \"https://in-toto.io/Statement/v1\", \"predicateType\":"
                + " \"https://model_signing/Digests/v0.1\", \"subject\": {\"a\": {\"name\": \"config.json\"}}}",
                "malformed: the statement's subject is an object, not a list");
        cases.put("{\"_type\": \"https://in-toto.io/Statement/v1\", \"predicateType\":"
                + " \"https://model_signing/Digests/v0.1\", \"subject\": [{\"name\": \"README.md\", \"digest\":"
                + " {\"sha256\": \"" + zero + "\"}}, {\"name\": \"README.md\", \"digest\": {\"sha256\": \"" + zero
                + "\"}}]}", "malformed: the file 'README.md' is listed twice");
        for (java.util.Map.Entry<String, String> c : cases.entrySet()) {
            Path signature = signedStatement(folder, c.getKey());
            ModelSignatureResult result = trusting(signer).verify(signature);
            assertThat(result.line()).as(c.getKey()).isEqualTo(c.getValue());
        }
    }

    /** A certificate's subject is the signer's text: it cannot forge a log line. */
    @Test
    void aCertificateSubjectIsPrintedOnOneLine() throws Exception {
        KeyPair rootKeys = KeyPairs.generate(KeyPairs.Type.EC_P256);
        X500Name forged = new org.bouncycastle.asn1.x500.X500NameBuilder()
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.CN, "ACME\n[INFO] aibom: controls: 0 failed").build();
        X509Certificate leaf = certificate(forged.toString(), signer, "CN=Model Signing Root", rootKeys, false);
        Path signature = ModelSigner.signWithCertificate(model(), signer.getPrivate(), List.of(leaf));
        ModelSignatureResult result = new ModelSignatureVerifier(List.of(), List.of(), NOW).verify(signature);
        assertThat(result.status()).isEqualTo(ModelSignatureResult.Status.UNTRUSTED);
        assertThat(result.line()).doesNotContain("\n").isEqualTo("untrusted: it was signed with the certificate of"
                + " CN=ACME\\n[INFO] aibom: controls: 0 failed, and no trusted CA root is given; give the CA root it"
                + " chains to");
    }

    /**
     * A trusted root used itself as the signing certificate counts only while it is valid: no path is left to
     * validate once the roots are taken out, so its dates are checked on their own.
     */
    @Test
    void aTrustedRootThatSignsItselfMustBeValidThen() throws Exception {
        KeyPair rootKeys = KeyPairs.generate(KeyPairs.Type.EC_P256);
        X509Certificate root = certificate("CN=Model Signing Root", rootKeys, "CN=Model Signing Root", rootKeys, true);
        Path signature = ModelSigner.signWithCertificate(model(), rootKeys.getPrivate(), List.of(root));
        assertThat(new ModelSignatureVerifier(List.of(), List.of(root), NOW).verify(signature).line())
                .isEqualTo("verified: 3 files signed by certificate CN=Model Signing Root");
        ModelSignatureResult late = new ModelSignatureVerifier(List.of(), List.of(root),
                NOW.plus(800, ChronoUnit.DAYS)).verify(signature);
        assertThat(late.status()).isEqualTo(ModelSignatureResult.Status.UNTRUSTED);
        assertThat(late.line()).startsWith("untrusted: the certificate of CN=Model Signing Root does not chain to a"
                + " trusted CA root at " + NOW.plus(800, ChronoUnit.DAYS) + ": ");
    }

    /**
     * The reference tool's own signatures (sigstore/model-transparency, scripts/tests/v1.1.0-elliptic-key and
     * v1.0.0-elliptic-key, Apache-2.0), when a checkout of that repository is named with
     * {@code -Daibom.modelSigning.reference=DIR}: they are not copied into this repository.
     */
    @Test
    void theReferenceToolsSignaturesVerify() throws Exception {
        String reference = System.getProperty("aibom.modelSigning.reference");
        Assumptions.assumeTrue(reference != null, "no -Daibom.modelSigning.reference checkout");
        Path tests = Path.of(reference, "scripts/tests");
        var key = KeyLoader.publicKeys(tests.resolve("keys/certificate/signing-key-pub.pem"));
        for (String version : List.of("v1.1.0-elliptic-key", "v1.0.1-elliptic-key", "v1.0.0-elliptic-key")) {
            // the tool's tests pass --ignore-paths <folder>/ignore-me when they verify
            ModelSignatureResult result = new ModelSignatureVerifier(key, List.of(), Instant.now())
                    .verify(tests.resolve(version + "/model.sig"), List.of("ignore-me"));
            assertThat(result.status()).as(version + ": " + result.line())
                    .isEqualTo(ModelSignatureResult.Status.VERIFIED);
            System.out.println("reference " + version + ": " + result.line());
        }
        var root = KeyLoader.certificates(tests.resolve("keys/certificate/ca-cert.pem"));
        ModelSignatureResult certificate = new ModelSignatureVerifier(List.of(), root, Instant.now())
                .verify(tests.resolve("v1.1.0-certificate/model.sig"), List.of("ignore-me"));
        System.out.println("reference v1.1.0-certificate: " + certificate.line());
        assertThat(certificate.status()).as(certificate.line()).isIn(ModelSignatureResult.Status.VERIFIED,
                ModelSignatureResult.Status.UNTRUSTED);
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
                                               boolean ca) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(System.nanoTime()), Date.from(NOW.minus(30, ChronoUnit.DAYS)),
                Date.from(NOW.plus(365, ChronoUnit.DAYS)), new X500Name(subject), subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }
}
