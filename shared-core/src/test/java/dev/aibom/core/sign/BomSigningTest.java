package dev.aibom.core.sign;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.TestFiles;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BomSigningTest {
    @TempDir
    Path temp;
    LoadedBom bom;
    Path bomFile;

    @BeforeEach
    void generateExampleBom() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("project"));
        bomFile = temp.resolve("bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bomFile, Optional.empty(),
                BomOptions.at(Instant.parse("2026-10-02T00:00:00Z"))));
        bom = new BomReader(ReadLimits.DEFAULT).read(bomFile);
    }

    /** Runs openssl - an independent implementation - to produce key files in every format aibom must read. */
    private Path openssl(String name, String... args) throws Exception {
        Path out = temp.resolve(name);
        List<String> command = new ArrayList<>(List.of("openssl"));
        for (String arg : args) {
            command.add(arg.replace("OUT", out.toString()).replace("DIR", temp.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return out;
    }

    private LoadedBom reread(ObjectNode tree) throws Exception {
        Path file = Files.createTempFile(temp, "signed", ".json");
        Files.write(file, BomJson.pretty(tree));
        return new BomReader(ReadLimits.DEFAULT).read(file);
    }

    /**
     * Verifies the BOM from its tree and again as {@code verify} does, streamed from its file without a tree (the
     * canonical form of its arrays from a spool); the two reports must be the same, signer by signer.
     */
    static VerificationReport verifyBoth(LoadedBom bom, VerificationPolicy policy) throws Exception {
        VerificationReport fromTree = BomSignatures.verify(bom, policy);
        VerificationReport streamed = BomSignatures.verify(bom.source(), ReadLimits.DEFAULT, policy,
                dev.aibom.core.bom.BomReader.ElementSink.NONE).report();
        assertThat(streamed).isEqualTo(fromTree);
        return fromTree;
    }

    private VerificationReport verify(ObjectNode signed, PublicKey... trusted) throws Exception {
        return verifyBoth(reread(signed), VerificationPolicy.trusting(List.of(trusted)));
    }

    private record Case(String name, JsfAlgorithm algorithm, String[] genpkey) {
    }

    @TestFactory
    Stream<DynamicTest> everyAlgorithmRoundTrips() {
        return Stream.of(
                new Case("ES256", JsfAlgorithm.ES256, new String[]{"-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"}),
                new Case("ES384", JsfAlgorithm.ES384, new String[]{"-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"}),
                new Case("ES512", JsfAlgorithm.ES512, new String[]{"-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-521"}),
                new Case("RS256", JsfAlgorithm.RS256, new String[]{"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"}),
                new Case("RS384", JsfAlgorithm.RS384, new String[]{"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"}),
                new Case("RS512", JsfAlgorithm.RS512, new String[]{"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"}),
                new Case("PS256", JsfAlgorithm.PS256, new String[]{"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"}),
                new Case("PS384", JsfAlgorithm.PS384, new String[]{"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"}),
                new Case("PS512", JsfAlgorithm.PS512, new String[]{"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"}),
                new Case("Ed25519", JsfAlgorithm.ED25519, new String[]{"-algorithm", "ED25519"})
        ).map(c -> DynamicTest.dynamicTest(c.name, () -> {
            List<String> args = new ArrayList<>(List.of("genpkey"));
            args.addAll(List.of(c.genpkey));
            args.addAll(List.of("-out", "OUT"));
            Path privatePem = openssl(c.name + ".pem", args.toArray(String[]::new));
            Path publicPem = openssl(c.name + ".pub.pem", "pkey", "-in", privatePem.toString(), "-pubout", "-out", "OUT");
            SigningKey key = KeyLoader.privateKey(privatePem, Optional.empty());
            ObjectNode signed = BomSignatures.sign(bom, key, SignOptions.defaults().withAlgorithm(c.algorithm));
            assertThat(signed.at("/signature/algorithm").asText()).isEqualTo(c.algorithm.jsfName());
            assertThat(signed.at("/signature/keyId").asText()).isEqualTo(Jwk.thumbprint(key.publicKey()));
            PublicKey trusted = KeyLoader.publicKeys(publicPem).get(0);
            VerificationReport report = verify(signed, trusted);
            assertThat(report.failures()).isEmpty();
            assertThat(report.rootSigners().get(0).reason()).isEqualTo("signature valid; the key is in the trust set");
            assertThat(report.rootSigners().get(0).keyFingerprint()).contains(Crypto.fingerprint(trusted));
        }));
    }

    @dev.aibom.core.NeedsConformance
    @TestFactory
    Stream<DynamicTest> everyKeyFormatLoads() {
        String passphrase = "correct horse battery staple";
        return Stream.of(
                DynamicTest.dynamicTest("PKCS#8 EC", () -> check(openssl("p8.pem", "genpkey", "-algorithm", "EC",
                        "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "OUT"), Optional.empty())),
                DynamicTest.dynamicTest("SEC1 EC", () -> {
                    Path p8 = openssl("src.pem", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384",
                            "-out", "OUT");
                    Path sec1 = openssl("sec1.pem", "ec", "-in", p8.toString(), "-out", "OUT");
                    assertThat(Files.readString(sec1)).startsWith("-----BEGIN EC PRIVATE KEY-----");
                    check(sec1, Optional.empty());
                }),
                DynamicTest.dynamicTest("PKCS#1 RSA", () -> {
                    Path p8 = openssl("rsa.pem", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                            "-out", "OUT");
                    Path pkcs1 = openssl("pkcs1.pem", "rsa", "-in", p8.toString(), "-traditional", "-out", "OUT");
                    assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
                    check(pkcs1, Optional.empty());
                }),
                DynamicTest.dynamicTest("Ed25519", () -> check(openssl("ed.pem", "genpkey", "-algorithm", "ED25519",
                        "-out", "OUT"), Optional.empty())),
                DynamicTest.dynamicTest("encrypted PKCS#8", () -> {
                    Path p8 = openssl("plain.pem", "genpkey", "-algorithm", "EC", "-pkeyopt",
                            "ec_paramgen_curve:P-256", "-out", "OUT");
                    Path encrypted = openssl("enc.pem", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", p8.toString(),
                            "-passout", "pass:" + passphrase, "-out", "OUT");
                    assertThat(Files.readString(encrypted)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
                    check(encrypted, Optional.of(Passphrase.of(passphrase.toCharArray())));
                    assertThatThrownBy(() -> KeyLoader.privateKey(encrypted, Optional.empty()))
                            .hasMessage("The private key in " + encrypted + " is encrypted, and no passphrase was"
                                    + " given. Give it through an environment variable or a passphrase file.");
                    Throwable wrong = org.assertj.core.api.Assertions.catchThrowable(() -> KeyLoader.privateKey(
                            encrypted, Optional.of(Passphrase.fromEnvironment("KEY_PASS", Map.of("KEY_PASS", "guess")))));
                    assertThat(wrong).hasMessage("Cannot decrypt the private key in " + encrypted + ": the passphrase"
                            + " from environment variable KEY_PASS is wrong, or the file is damaged.");
                    assertThat(wrong.getMessage()).doesNotContain("guess");
                }),
                DynamicTest.dynamicTest("encrypted legacy OpenSSL PEM", () -> {
                    Path p8 = openssl("legacy-src.pem", "genpkey", "-algorithm", "RSA", "-pkeyopt",
                            "rsa_keygen_bits:2048", "-out", "OUT");
                    Path legacy = openssl("legacy.pem", "rsa", "-in", p8.toString(), "-traditional", "-aes256",
                            "-passout", "pass:" + passphrase, "-out", "OUT");
                    assertThat(Files.readString(legacy)).contains("Proc-Type: 4,ENCRYPTED");
                    check(legacy, Optional.of(Passphrase.of(passphrase.toCharArray())));
                }),
                DynamicTest.dynamicTest("PKCS#12", () -> {
                    Path keystore = JsfVectorsTest.jsf().resolve("keys/p256certificate.p12");
                    Path passwordFile = Files.writeString(temp.resolve("p12.pass"), "foo123\n");
                    SigningKey key = KeyLoader.pkcs12(keystore, null, Passphrase.fromFile(passwordFile));
                    assertThat(key.certificatePath()).hasSize(2);
                    ObjectNode signed = BomSignatures.sign(bom, key, SignOptions.defaults());
                    assertThat(signed.at("/signature/certificatePath")).hasSize(2);
                    VerificationPolicy policy = VerificationPolicy.trusting(List.of())
                            .withRoots(KeyLoader.certificates(JsfVectorsTest.jsf().resolve("keys/rootca.pem")));
                    VerificationReport report = verifyBoth(reread(signed), policy);
                    assertThat(report.failures()).isEmpty();
                    assertThat(report.rootSigners().get(0).reason()).startsWith("signature valid; the certificate of"
                            + " CN=Test certificate matching p256privatekey.pem chains to a trusted root");
                    assertThatThrownBy(() -> KeyLoader.pkcs12(keystore, null, Passphrase.of("nope".toCharArray())))
                            .hasMessageStartingWith("Cannot open the keystore " + keystore + ": the password from"
                                    + " caller is wrong");
                }));
    }

    private void check(Path pem, Optional<Passphrase> passphrase) throws Exception {
        SigningKey key = KeyLoader.privateKey(pem, passphrase);
        assertThat(key.toString()).doesNotContain("PRIVATE").startsWith("SigningKey[");
        ObjectNode signed = BomSignatures.sign(bom, key, SignOptions.defaults());
        assertThat(verify(signed, key.publicKey()).failures()).isEmpty();
    }

    @Test
    void aValidSignatureByAnUntrustedKeyIsNotAPass() throws Exception {
        SigningKey key = generated(KeyPairs.Type.EC_P256);
        VerificationReport report = verify(BomSignatures.sign(bom, key, SignOptions.defaults()));
        assertThat(report.passed()).isFalse();
        assertThat(report.rootSigners().get(0).valid()).isTrue();
        assertThat(report.failures()).singleElement().asString().endsWith(": valid, untrusted (signature valid; the"
                + " key is not in the trust set)");
        assertThatThrownBy(report::requirePassed).isInstanceOf(SignatureVerificationException.class)
                .hasMessageStartingWith("Signature verification failed:\n  - /signature: ES256 key ");
    }

    @Test
    void anUnsignedBomFailsWhenASignatureIsRequired() throws Exception {
        VerificationReport report = verifyBoth(bom, VerificationPolicy.trusting(List.of()));
        assertThat(report.failures()).containsExactly("the BOM is not signed, and a signature is required");
        assertThat(verifyBoth(bom, VerificationPolicy.trusting(List.of()).withRequireSignature(false))
                .passed()).isTrue();
    }

    @Test
    void aKeyThatDoesNotFitTheAlgorithmIsRefused() throws Exception {
        SigningKey rsa = generated(KeyPairs.Type.RSA_3072);
        assertThatThrownBy(() -> BomSignatures.sign(bom, rsa, SignOptions.defaults().withAlgorithm(JsfAlgorithm.ES256)))
                .hasMessage("Cannot sign: algorithm ES256 needs an EC P-256 key, but the key is an RSA 3072-bit key.");
        SigningKey p256 = generated(KeyPairs.Type.EC_P256);
        ObjectNode signed = BomSignatures.sign(bom, p256, SignOptions.defaults());
        ((ObjectNode) signed.get("signature")).put("algorithm", "ES384");
        SignerResult result = verify(signed, p256.publicKey()).rootSigners().get(0);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("algorithm ES384 needs an EC P-384 key, but the key is an EC P-256 key");
    }

    @Test
    void signersCanBeAddedWithoutBreakingEarlierOnes() throws Exception {
        SigningKey supplier = generated(KeyPairs.Type.EC_P256);
        SigningKey procurement = generated(KeyPairs.Type.ED25519);
        ObjectNode once = BomSignatures.sign(bom, supplier, SignOptions.defaults().withMultipleSigners(true));
        ObjectNode twice = BomSignatures.sign(reread(once), procurement, SignOptions.defaults().withMultipleSigners(true));
        assertThat(twice.at("/signature/signers")).hasSize(2);
        assertThat(twice.at("/signature/signers/0")).isEqualTo(once.at("/signature/signers/0"));
        VerificationReport report = verify(twice, supplier.publicKey(), procurement.publicKey());
        assertThat(report.failures()).isEmpty();
        assertThat(report.rootSigners()).extracting(SignerResult::location)
                .containsExactly("/signature/signers/0", "/signature/signers/1");
        assertThat(report.rootSigners()).extracting(SignerResult::algorithm).containsExactly("ES256", "Ed25519");
        // only the supplier trusted: the countersignature is valid but untrusted, and that fails
        assertThat(verify(twice, supplier.publicKey()).failures()).singleElement().asString()
                .startsWith("/signature/signers/1: Ed25519");
    }

    @Test
    void aSingleSignatureCannotBeTurnedIntoSigners() throws Exception {
        ObjectNode signed = BomSignatures.sign(bom, generated(KeyPairs.Type.EC_P256), SignOptions.defaults());
        assertThatThrownBy(() -> BomSignatures.sign(reread(signed), generated(KeyPairs.Type.EC_P256),
                SignOptions.defaults().withMultipleSigners(true)))
                .hasMessage("The document carries a single signature, which covers the signature object as it is;"
                        + " adding a signer would break it. Record an approval for it instead.");
        assertThatThrownBy(() -> BomSignatures.sign(reread(signed), generated(KeyPairs.Type.EC_P256),
                SignOptions.defaults())).hasMessageStartingWith("The document is already signed ('signature' exists).");
    }

    @Test
    void procurementApprovesASingleSignedSupplierBomWithoutTouchingIt() throws Exception {
        SigningKey supplier = generated(KeyPairs.Type.EC_P256);
        SigningKey procurement = generated(KeyPairs.Type.EC_P384);
        LoadedBom supplied = reread(BomSignatures.sign(bom, supplier, SignOptions.defaults()));
        ObjectNode approval = ApprovalRecord.create(supplied, ApprovalRecord.Decision.APPROVED, "Lena Ortiz",
                "Procurement AI risk", Instant.parse("2026-11-23T10:15:30.123Z"), "ISO 42001 A.10.3 review passed",
                procurement, SignOptions.defaults());
        assertThat(approval.at("/bom/serialNumber").asText()).isEqualTo(supplied.serialNumber());
        assertThat(approval.get("at").asText()).isEqualTo("2026-11-23T10:15:30Z");

        VerificationPolicy policy = VerificationPolicy.trusting(List.of(procurement.publicKey()));
        ApprovalRecord.Verified verified = ApprovalRecord.verify(approval, supplied, policy);
        assertThat(verified.decision()).isEqualTo(ApprovalRecord.Decision.APPROVED);
        assertThat(verified.by()).isEqualTo("Lena Ortiz");
        // the supplier's own signature is untouched and still verifies
        assertThat(verifyBoth(supplied, VerificationPolicy.trusting(List.of(supplier.publicKey())))
                .failures()).isEmpty();

        ObjectNode changed = (ObjectNode) supplied.tree().deepCopy();
        changed.put("version", 2);
        assertThatThrownBy(() -> ApprovalRecord.verify(approval, reread(changed), policy))
                .hasMessageStartingWith("The approval record is for another BOM, or the BOM changed after approval:");
        approval.put("decision", "rejected");
        assertThatThrownBy(() -> ApprovalRecord.verify(approval, supplied, policy))
                .hasMessageStartingWith("The approval record's signature does not pass:");
    }

    /** Every semantic change to a signed BOM is detected; formatting and member order are not semantic. */
    @Test
    void streamedVerificationSeesChangesInsideTheArraysAndContentThatCannotBeCanonicalized() throws Exception {
        SigningKey key = generated(KeyPairs.Type.EC_P256);
        ObjectNode signed = BomSignatures.sign(bom, key, SignOptions.defaults());
        VerificationPolicy policy = VerificationPolicy.trusting(List.of(key.publicKey()));
        assertThat(verifyBoth(reread(signed), policy).passed()).isTrue();
        ObjectNode renamed = signed.deepCopy();
        ((ObjectNode) renamed.at("/components/0")).put("name", renamed.at("/components/0/name").asText() + "x");
        VerificationReport changed = verifyBoth(reread(renamed), policy);
        assertThat(changed.rootSigners().get(0).valid()).isFalse();
        ObjectNode swapped = signed.deepCopy();
        ArrayNode components = (ArrayNode) swapped.get("components");
        if (components.size() > 1) {
            JsonNode first = components.remove(0);
            components.add(first);
            assertThat(verifyBoth(reread(swapped), policy).rootSigners().get(0).valid()).isFalse();
        }
        // a lone surrogate cannot be canonicalized: the same answer whether the document is held or streamed
        Path lone = temp.resolve("lone-surrogate.json");
        ObjectNode broken = signed.deepCopy();
        ((ObjectNode) broken.at("/components/0")).put("description", "PLACEHOLDER");
        Files.writeString(lone, BomJson.MAPPER.writeValueAsString(broken).replace("PLACEHOLDER", "\\ud800"));
        VerificationReport report = verifyBoth(new BomReader(ReadLimits.DEFAULT).read(lone), policy);
        assertThat(report.rootSigners().get(0).reason()).startsWith("the signed content cannot be canonicalized: JCS"
                + " requires valid Unicode");
    }

    @Test
    void everyChangeIsDetectedAndFormattingIsNot() throws Exception {
        SigningKey key = generated(KeyPairs.Type.EC_P256);
        ObjectNode signed = BomSignatures.sign(bom, key, SignOptions.defaults());
        VerificationPolicy policy = VerificationPolicy.trusting(List.of(key.publicKey()));
        JsfVerifier verifier = new JsfVerifier(policy);
        List<String> pointers = new ArrayList<>();
        collectPaths(signed, "", pointers);
        assertThat(pointers).hasSizeGreaterThan(150);
        int checked = 0;
        for (String pointer : pointers) {
            if (pointer.startsWith("/signature/value")) {
                continue;
            }
            ObjectNode changed = signed.deepCopy();
            JsonNode target = changed.at(pointer);
            JsonNode parent = changed.at(pointer.substring(0, pointer.lastIndexOf('/')));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (target.isValueNode()) {
                JsonNode replacement = target.isTextual() ? TextNode.valueOf(target.asText() + "x")
                        : target.isBoolean() ? BooleanNode.valueOf(!target.asBoolean())
                        : JsonNodeFactory.instance.numberNode(target.asDouble() + 1);
                set(parent, last, replacement);
                assertThat(verifier.verify(changed, "signature", "").get(0).valid())
                        .as("changed " + pointer).isFalse();
                checked++;
            }
            ObjectNode dropped = signed.deepCopy();
            JsonNode droppedParent = dropped.at(pointer.substring(0, pointer.lastIndexOf('/')));
            if (droppedParent instanceof ObjectNode object && !pointer.equals("/signature")) {
                object.remove(unescape(last));
            } else if (droppedParent instanceof ArrayNode array) {
                array.remove(Integer.parseInt(last));
            } else {
                continue;
            }
            List<SignerResult> results = verifier.verify(dropped, "signature", "");
            assertThat(results.get(0).valid()).as("dropped " + pointer).isFalse();
        }
        assertThat(checked).isGreaterThan(100);

        ObjectNode added = signed.deepCopy();
        ((ObjectNode) added.at("/metadata")).put("x-added", "1");
        assertThat(verifier.verify(added, "signature", "").get(0).valid()).isFalse();

        // reordered members and different white space: the canonical form is the same
        ObjectNode reordered = JsonNodeFactory.instance.objectNode();
        List<String> names = new ArrayList<>();
        signed.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(name -> reordered.set(name, signed.get(name)));
        Path compact = temp.resolve("compact.json");
        Files.writeString(compact, BomJson.MAPPER.writeValueAsString(reordered));
        assertThat(verifyBoth(new BomReader(ReadLimits.DEFAULT).read(compact), policy).failures()).isEmpty();
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void theSignedCycloneDx14SampleVerifiesIncludingItsNestedSignatures() throws Exception {
        LoadedBom sample = new BomReader(ReadLimits.DEFAULT).read(TestFiles.conformance()
                .resolve("cyclonedx-spec/test-resources/1.4/valid-signatures-1.4.json"));
        VerificationReport report = verifyBoth(sample, VerificationPolicy.trusting(List.of()));
        assertThat(report.rootSigners()).singleElement().satisfies(root -> {
            assertThat(root.valid()).as(root.summary()).isTrue();
            assertThat(root.trusted()).isFalse(); // its certificate's root CA is not configured
            assertThat(root.subject()).isPresent();
        });
        assertThat(report.nested()).hasSize(3).allSatisfy(n -> assertThat(n.valid()).as(n.summary()).isTrue());
        assertThat(report.nested()).extracting(SignerResult::location)
                .containsExactly("/components/0/signature", "/services/0/signature", "/compositions/0/signature");
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void theEditedCycloneDx16SampleFailsAtTheRootOnly() throws Exception {
        LoadedBom sample = new BomReader(ReadLimits.DEFAULT).read(TestFiles.conformance()
                .resolve("cyclonedx-spec/test-resources/1.6/valid-signatures-1.6.json"));
        VerificationReport report = verifyBoth(sample, VerificationPolicy.trusting(List.of()));
        assertThat(report.rootSigners().get(0).valid()).isFalse();
        assertThat(report.rootSigners().get(0).reason()).startsWith("the content was changed after signing");
        assertThat(report.nested()).hasSize(3).allSatisfy(n -> assertThat(n.valid()).as(n.summary()).isTrue());
    }

    @Test
    void signFileWritesAtomicallyAndTheResultVerifies() throws Exception {
        SigningKey key = generated(KeyPairs.Type.EC_P256);
        Path out = temp.resolve("signed/bom.json");
        BomSignatures.signFile(bomFile, out, key, SignOptions.defaults(), ReadLimits.DEFAULT);
        VerificationReport report = verifyBoth(new BomReader(ReadLimits.DEFAULT).read(out),
                VerificationPolicy.trusting(List.of(key.publicKey())));
        assertThat(report.failures()).isEmpty();
        assertThat(Files.readString(out)).endsWith("}\n");
    }

    /**
     * signFile streams (each element read, canonicalized and written alone); what it writes must be what signing the
     * whole tree and writing it writes. Ed25519 and RSASSA-PKCS1-v1_5 signatures are deterministic, so the two can be
     * compared byte for byte: pretty and compact, a first signer and a second one joining the signers.
     */
    @Test
    void signFileWritesTheBytesThatSigningTheWholeTreeWrites() throws Exception {
        SigningKey ed25519 = generated(KeyPairs.Type.ED25519);
        SigningKey rsa = generated(KeyPairs.Type.RSA_3072);
        SignOptions multiple = SignOptions.defaults().withMultipleSigners(true);
        for (boolean compact : List.of(false, true)) {
            Path input = temp.resolve("input-" + compact + ".json");
            Files.write(input, compact ? (BomJson.MAPPER.writeValueAsString(bom.tree()) + "\n").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8) : Files.readAllBytes(bomFile));
            Path once = temp.resolve("once-" + compact + ".json");
            assertStreamedEqualsTree(input, once, ed25519, multiple, compact);
            Path twice = temp.resolve("twice-" + compact + ".json");
            assertStreamedEqualsTree(once, twice, rsa, multiple.withAlgorithm(JsfAlgorithm.RS256), compact);
            assertThat(verifyBoth(new BomReader(ReadLimits.DEFAULT).read(twice), VerificationPolicy.trusting(
                    List.of(ed25519.publicKey(), rsa.publicKey()))).rootSigners()).hasSize(2)
                    .allSatisfy(signer -> assertThat(signer.valid()).isTrue());
            Path single = temp.resolve("single-" + compact + ".json");
            assertStreamedEqualsTree(input, single, rsa, SignOptions.defaults().withAlgorithm(JsfAlgorithm.RS256),
                    compact);
        }
    }

    private static void assertStreamedEqualsTree(Path input, Path output, SigningKey key, SignOptions options,
                                                 boolean compact) throws Exception {
        java.io.ByteArrayOutputStream tree = new java.io.ByteArrayOutputStream();
        BomJson.write(BomSignatures.sign(new BomReader(ReadLimits.DEFAULT).read(input), key, options), compact,
                tree);
        JsonNode signature = BomSignatures.signFile(input, output, key, options, ReadLimits.DEFAULT);
        assertThat(new String(Files.readAllBytes(output), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(tree.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo(BomJson.MAPPER.readTree(output.toFile()).get("signature"));
    }

    /**
     * Streamed, the signature is written once the whole BOM has been read: as the root's last member. A signature
     * object that stood elsewhere moves there (order does not matter to JSF, and both signers still verify).
     */
    @Test
    void signFileWritesTheSignatureLastWhereverItStood() throws Exception {
        SigningKey first = generated(KeyPairs.Type.EC_P256);
        SigningKey second = generated(KeyPairs.Type.ED25519);
        SignOptions multiple = SignOptions.defaults().withMultipleSigners(true);
        ObjectNode once = BomSignatures.sign(bom, first, multiple);
        ObjectNode signatureFirst = JsonNodeFactory.instance.objectNode();
        signatureFirst.set("signature", once.get("signature"));
        once.properties().forEach(member -> signatureFirst.putIfAbsent(member.getKey(), member.getValue()));
        Path input = Files.write(temp.resolve("signature-first.json"), BomJson.pretty(signatureFirst));
        BomSignatures.signFile(input, input, second, multiple, ReadLimits.DEFAULT);
        List<String> names = new ArrayList<>();
        BomJson.MAPPER.readTree(input.toFile()).fieldNames().forEachRemaining(names::add);
        assertThat(names.get(names.size() - 1)).isEqualTo("signature");
        assertThat(names).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                () -> signatureFirst.fieldNames());
        assertThat(verifyBoth(new BomReader(ReadLimits.DEFAULT).read(input), VerificationPolicy.trusting(
                List.of(first.publicKey(), second.publicKey()))).state())
                .isEqualTo(VerificationReport.State.VALID_TRUSTED);
    }

    /** A BOM named that is not there is an error naming it, before anything is written. */
    @Test
    void signFileOfAMissingBomIsAnErrorAndWritesNothing() throws Exception {
        Path missing = temp.resolve("no-such-bom.json");
        Path output = temp.resolve("out/signed.json");
        assertThatThrownBy(() -> BomSignatures.signFile(missing, output, generated(KeyPairs.Type.EC_P256),
                SignOptions.defaults(), ReadLimits.DEFAULT))
                .isInstanceOf(dev.aibom.core.InvalidInputException.class)
                .hasMessageContaining(missing + ": the file does not exist.");
        assertThat(output).doesNotExist();
        assertThat(output.getParent()).doesNotExist();
    }

    /** The output is written while the BOM is read; a BOM found invalid on the way leaves nothing behind. */
    @Test
    void signFileWritesNothingForAnInvalidBom() throws Exception {
        ObjectNode tree = ((ObjectNode) bom.tree()).deepCopy();
        ((ObjectNode) tree.get("components").get(tree.get("components").size() - 1)).put("type", "spaceship");
        Path invalid = Files.write(temp.resolve("invalid.json"), BomJson.pretty(tree));
        Path output = temp.resolve("out/signed.json");
        assertThatThrownBy(() -> BomSignatures.signFile(invalid, output, generated(KeyPairs.Type.EC_P256),
                SignOptions.defaults(), ReadLimits.DEFAULT))
                .isInstanceOf(dev.aibom.core.InvalidInputException.class)
                .hasMessageContaining("/components/" + (tree.get("components").size() - 1) + "/type");
        assertThat(output).doesNotExist();
        try (Stream<Path> left = Files.list(output.getParent())) {
            assertThat(left).as("no temporary file left").isEmpty();
        }
    }

    @Test
    void keyPairsAreWrittenWithAPrivateFileMode() throws Exception {
        Path privateKey = temp.resolve("keys/signing.pem");
        Path publicKey = temp.resolve("keys/signing.pub.pem");
        KeyPairs.Written written = KeyPairs.write(KeyPairs.Type.EC_P256, privateKey, publicKey,
                Optional.of(Passphrase.of("s3cret".toCharArray())));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        SigningKey loaded = KeyLoader.privateKey(privateKey, Optional.of(Passphrase.of("s3cret".toCharArray())));
        assertThat(Crypto.fingerprint(loaded.publicKey())).isEqualTo(written.fingerprint());
        assertThat(KeyLoader.publicKeys(publicKey)).containsExactly(loaded.publicKey());
        assertThatThrownBy(() -> KeyPairs.write(KeyPairs.Type.EC_P256, privateKey, publicKey, Optional.empty()))
                .hasMessage("Refusing to overwrite " + privateKey + ". Move it away or choose another path.");
    }

    /** keygen's encryption: PBES2 with PBKDF2-HMAC-SHA256 at OWASP's iteration count, and openssl reads it. */
    @Test
    void encryptedKeysUseAModernKdfThatOpensslReads() throws Exception {
        Path privateKey = temp.resolve("modern.pem");
        KeyPairs.Written written = KeyPairs.write(KeyPairs.Type.EC_P256, privateKey, temp.resolve("modern.pub.pem"),
                Optional.of(Passphrase.of("correct horse".toCharArray())));
        Process parse = new ProcessBuilder("openssl", "asn1parse", "-in", privateKey.toString()).start();
        String asn1 = new String(parse.getInputStream().readAllBytes());
        assertThat(parse.waitFor()).isZero();
        assertThat(asn1).contains(":PBES2", ":PBKDF2", ":hmacWithSHA256", ":aes-256-cbc")
                .containsPattern("INTEGER\\s+:0?927C0"); // 600,000 iterations
        // openssl decrypts it with the passphrase, and gets the same key
        Path decrypted = openssl("decrypted.pem", "pkey", "-in", privateKey.toString(), "-passin",
                "pass:correct horse", "-out", "OUT");
        assertThat(Crypto.fingerprint(KeyLoader.privateKey(decrypted, Optional.empty()).publicKey()))
                .isEqualTo(written.fingerprint());
        // and keys encrypted the old way (PBKDF2-HMAC-SHA1, 2048 iterations) still load
        Path plain = openssl("plain.pem", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", "OUT");
        Path old = openssl("old.pem", "pkcs8", "-topk8", "-in", plain.toString(), "-v2", "aes-256-cbc", "-v2prf",
                "hmacWithSHA1", "-iter", "2048", "-passout", "pass:old", "-out", "OUT");
        assertThat(KeyLoader.privateKey(old, Optional.of(Passphrase.of("old".toCharArray()))).publicKey())
                .isEqualTo(KeyLoader.privateKey(plain, Optional.empty()).publicKey());
    }

    @Test
    void passphrasesComeFromTheEnvironmentOrAFileAndAreNeverShown() throws Exception {
        Passphrase fromEnv = Passphrase.fromEnvironment("AIBOM_KEY_PASSPHRASE", Map.of("AIBOM_KEY_PASSPHRASE", "hunter2"));
        assertThat(fromEnv.toString()).isEqualTo("passphrase from environment variable AIBOM_KEY_PASSPHRASE");
        assertThatThrownBy(() -> Passphrase.fromEnvironment("MISSING", Map.of())).hasMessageStartingWith(
                "The passphrase environment variable MISSING is not set.");
        Path file = Files.writeString(temp.resolve("pass.txt"), "hunter2\r\n");
        assertThat(new String(Passphrase.fromFile(file).chars())).isEqualTo("hunter2");
        assertThatThrownBy(() -> Passphrase.fromFile(temp.resolve("none.txt")))
                .hasMessageStartingWith("Passphrase file " + temp.resolve("none.txt") + ": the file does not exist.");
    }

    private SigningKey generated(KeyPairs.Type type) throws AibomException {
        var pair = KeyPairs.generate(type);
        return new SigningKey(pair.getPrivate(), pair.getPublic(), List.of());
    }

    private static void collectPaths(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                out.add(child);
                collectPaths(field.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(pointer + "/" + i);
                collectPaths(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static void set(JsonNode parent, String last, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(unescape(last), value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    @Test
    void aCompactBomStaysCompactAndTheDocumentIsNotChangedBySigning() throws Exception {
        com.fasterxml.jackson.databind.JsonNode tree = dev.aibom.core.bom.BomJson.MAPPER.readTree(bomFile.toFile());
        Path compact = java.nio.file.Files.write(temp.resolve("compact.json"),
                dev.aibom.core.bom.BomJson.MAPPER.writeValueAsBytes(tree));
        KeyPairs.write(KeyPairs.Type.EC_P256, temp.resolve("k.pem"), temp.resolve("k.pub.pem"), Optional.empty());
        SigningKey key = KeyLoader.privateKey(temp.resolve("k.pem"), Optional.empty());
        String before = bom.tree().toString();
        BomSignatures.sign(bom, key, SignOptions.defaults());
        assertThat(bom.tree().toString()).as("the loaded BOM is not changed").isEqualTo(before);

        BomSignatures.signFile(compact, compact, key, SignOptions.defaults(), ReadLimits.DEFAULT);
        List<String> lines = java.nio.file.Files.readAllLines(compact);
        assertThat(lines).hasSize(1);
        BomSignatures.signFile(bomFile, bomFile, key, SignOptions.defaults(), ReadLimits.DEFAULT);
        assertThat(java.nio.file.Files.readAllLines(bomFile).size()).isGreaterThan(100);
        for (Path signed : List.of(compact, bomFile)) {
            assertThat(verifyBoth(new BomReader(ReadLimits.DEFAULT).read(signed), VerificationPolicy.trusting(
                    List.of(key.publicKey()))).state()).isEqualTo(VerificationReport.State.VALID_TRUSTED);
        }
    }

    @Test
    void signRefusesToWriteWhatVerifyWouldRefuseToRead() throws Exception {
        long size = java.nio.file.Files.size(bomFile);
        byte[] original = java.nio.file.Files.readAllBytes(bomFile);
        KeyPairs.write(KeyPairs.Type.EC_P256, temp.resolve("k.pem"), temp.resolve("k.pub.pem"), Optional.empty());
        SigningKey key = KeyLoader.privateKey(temp.resolve("k.pem"), Optional.empty());
        ReadLimits limits = ReadLimits.of(size + 64);
        assertThatThrownBy(() -> BomSignatures.signFile(bomFile, bomFile, key, SignOptions.defaults(), limits))
                .isInstanceOf(dev.aibom.core.AibomException.class)
                .hasMessageStartingWith("The signed BOM would be ")
                .hasMessageContaining(" bytes, more than the " + (size + 64) + " bytes that verify and check"
                        + " read in this JVM, so it was not written. The limit is set to " + (size + 64) + " bytes"
                        + " (maxBomSize)");
        assertThat(java.nio.file.Files.readAllBytes(bomFile)).isEqualTo(original);
        // reading: sign streams the BOM, so its hint says that a higher limit needs no more memory
        assertThatThrownBy(() -> BomSignatures.signFile(bomFile, bomFile, key, SignOptions.defaults(),
                ReadLimits.of(size - 1)))
                .isInstanceOf(dev.aibom.core.InvalidInputException.class)
                .hasMessageContaining("raise it if this BOM is genuinely that large: this command streams the BOM"
                        + " and needs no more memory for a larger one.");
        assertThat(java.nio.file.Files.readAllBytes(bomFile)).isEqualTo(original);
        assertThat(ReadLimits.of(null)).as("unset: this JVM's default").isEqualTo(ReadLimits.DEFAULT);
        assertThat(ReadLimits.DEFAULT.configured()).isFalse();
        assertThat(limits.configured()).isTrue();
        assertThat(dev.aibom.core.io.ReadLimits.parseSize("512M")).isEqualTo(512L * 1024 * 1024);
        assertThat(dev.aibom.core.io.ReadLimits.parseSize("1g")).isEqualTo(1024L * 1024 * 1024);
        assertThat(dev.aibom.core.io.ReadLimits.parseSize("4G")).as("streamed: beyond what one array holds")
                .isEqualTo(4L * 1024 * 1024 * 1024);
        assertThatThrownBy(() -> dev.aibom.core.io.ReadLimits.parseSize("1025G")).hasMessage("'1025G' is not between"
                + " 1K and 1024G");
        assertThatThrownBy(() -> dev.aibom.core.io.ReadLimits.parseSize("lots")).hasMessage("'lots' is not a"
                + " size: write e.g. 512M, 2G or 300000000");
    }
}
