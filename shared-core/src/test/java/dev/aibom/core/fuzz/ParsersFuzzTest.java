package dev.aibom.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.core.control.ControlRegistry;
import dev.aibom.core.control.Policy;
import dev.aibom.core.control.SupplierRegister;
import dev.aibom.core.control.Waivers;
import dev.aibom.core.descriptor.DescriptorLoader;
import dev.aibom.core.io.StrictJson;
import dev.aibom.core.sign.ApprovalRecord;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.JsfVerifier;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.VerificationPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Fuzz tests of everything that parses untrusted input. The invariant: whatever the bytes, only aibom's own checked
 * exceptions ({@link AibomException} and its {@code InvalidInputException}) escape - no runtime exception, no error,
 * no hang. In a normal build (regression mode) each target runs its committed seed corpus
 * ({@code src/test/resources/dev/aibom/core/fuzz/ParsersFuzzTestInputs/<target>/}, made from the examples) and every
 * past finding; {@code .ci/run} fuzzes each target for a bounded time ({@code JAZZER_FUZZ=1}), seeded as well with the
 * conformance corpus. A crash Jazzer finds is written next to the seeds and becomes a regression input.
 *
 * <p>{@code @Timeout} bounds one input when fuzzing (Jazzer passes it on to libFuzzer) and the whole run.
 */
class ParsersFuzzTest {
    private static final ControlRegistry REGISTRY = ControlRegistry.builtIn();
    private static final BomReader READER = new BomReader(new ReadLimits(1024 * 1024, 64));
    private static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        folder = Files.createTempDirectory("aibom-fuzz");
    }

    @AfterAll
    static void clean() throws IOException {
        dev.aibom.core.TestFiles.deleteTree(folder);
    }

    /** The input as a file, as the parsers read files. */
    private static Path file(String name, byte[] data) {
        try {
            return Files.write(folder.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void descriptor(byte[] data) {
        try {
            DescriptorLoader.load(file("aibom.yaml", data), folder, Optional.of(java.util.Map.of("project.version",
                    "1.0")));
        } catch (AibomException expected) {
            // a message naming the file, line and field: what a user gets
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void bomReader(byte[] data) {
        try {
            LoadedBom bom = READER.read(Path.of("fuzz.cdx.json"), data);
            // what every command does next with a BOM that was read: view it, look at its signatures
            BomView view = new BomView(bom.tree());
            view.items().forEach(item -> {
                item.supplier();
                item.licenses();
                item.hashes();
            });
            BomSignatures.verify(bom, VerificationPolicy.trusting(List.of()));
        } catch (AibomException expected) {
            // refused with problems
        } catch (dev.aibom.control.BomItem.AmbiguousPropertyException expected) {
            // a conflicting property: reported by properties-unambiguous, and as an error finding by the others
        }
    }

    /**
     * diff of a supplier's two deliveries: whatever a BOM aibom reads holds, it is compared with the example and the
     * example with it without an exception, and a BOM compared with itself has no change.
     */
    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @com.code_intelligence.jazzer.junit.DictionaryEntries({"{\"name\":\"aibom:model:lifecycle\",\"value\":\"x\"},",
            "{\"name\":\"aibom:artifact:format\",\"value\":\"x\"},",
            "{\"name\":\"aibom:model:approval:0:by\",\"value\":\"x\"},",
            "{\"name\":\"aibom:artifact:path\",\"value\":\"x\"},"})
    void bomDiff(byte[] data) throws AibomException {
        LoadedBom bom;
        try {
            bom = READER.read(Path.of("after.cdx.json"), data);
        } catch (AibomException expected) {
            return;
        }
        LoadedBom example = READER.read(Path.of("before.cdx.json"), DIFF_BASE);
        dev.aibom.core.diff.BomDiff.compare(example, bom);
        dev.aibom.core.diff.BomDiff.compare(bom, example);
        List<dev.aibom.core.diff.Change> none = dev.aibom.core.diff.BomDiff.compare(bom, bom);
        if (!none.isEmpty()) {
            throw new IllegalStateException("a BOM compared with itself has changes: " + none);
        }
    }

    private static final byte[] DIFF_BASE = seed("bomDiff", "acme-fraud-scoring.cdx.json");

    /** A committed seed of a target, as bytes. */
    private static byte[] seed(String target, String name) {
        try (var in = ParsersFuzzTest.class.getResourceAsStream("ParsersFuzzTestInputs/" + target + "/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the seed " + target + "/" + name + " is missing", e);
        }
    }

    /**
     * A BOM aibom reads and whose references resolve exports to an SPDX 3.0.1 document the official schema accepts:
     * export calls any other outcome a bug in aibom, so the fuzzer looks for one.
     */
    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void spdxExport(byte[] data) throws AibomException {
        LoadedBom bom;
        try {
            bom = READER.read(Path.of("fuzz.cdx.json"), data);
        } catch (AibomException expected) {
            return; // not a BOM aibom reads: nothing to export
        }
        if (!dev.aibom.core.spdx.SpdxExport.unresolvedReferences(bom.tree()).isEmpty()) {
            return; // refused by name before the export
        }
        List<String> errors = dev.aibom.core.spdx.SpdxExport.validate(dev.aibom.core.spdx.SpdxExport.export(
                bom.tree()));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the SPDX document of a valid BOM does not validate: " + errors);
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void jsfVerifier(byte[] data) {
        try {
            JsonNode document = new StrictJson(new ReadLimits(1024 * 1024, 64), "document", "document",
                    "a JSON document", "the signer").parse(Path.of("fuzz.json"), data);
            new JsfVerifier(VerificationPolicy.trusting(List.of())).verify(document, "signature", "");
        } catch (AibomException expected) {
            // not JSON
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void keyLoader(byte[] data) {
        try {
            KeyLoader.publicKeys(new String(data, StandardCharsets.US_ASCII), "the fuzzed key");
        } catch (AibomException expected) {
            // not a key
        }
        try {
            KeyLoader.privateKey(file("key.pem", data), Optional.empty());
        } catch (AibomException expected) {
            // not a private key, or one that needs a passphrase
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void supplierRegister(byte[] data) {
        try {
            SupplierRegister.load(file("suppliers.yaml", data).toString(), Duration.ofSeconds(1));
        } catch (AibomException expected) {
            // a problem naming the line and field
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void policy(byte[] data) {
        try {
            Policy.load(file("aibom-policy.yaml", data), REGISTRY);
        } catch (AibomException expected) {
            // a problem naming the line and field
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void waivers(byte[] data) {
        try {
            Waivers.load(file("waivers.yaml", data), REGISTRY);
        } catch (AibomException expected) {
            // a problem naming the line and field
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void approvalRecord(byte[] data) {
        try {
            JsonNode record = ApprovalRecord.read(file("approval.json", data));
            LoadedBom bom = READER.read(Path.of("seed.cdx.json"), SEED_BOM);
            ApprovalRecord.verify(record, bom, VerificationPolicy.trusting(List.of()));
        } catch (AibomException expected) {
            // not a record, or not one that verifies
        }
    }

    private static final byte[] SEED_BOM = ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
            + "\"serialNumber\":\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\"}").getBytes(StandardCharsets.UTF_8);

    // ------------------------------------------------------------------ model files: only IOException may escape

    private static final dev.aibom.core.format.FormatInspector INSPECTOR = new dev.aibom.core.format.FormatInspector(
            dev.aibom.core.format.PickleGlobals.defaults());

    /** Inspects the bytes as a model file: an unreadable part is an issue in the result, never an exception. */
    private static void inspect(String name, byte[] data) {
        try {
            INSPECTOR.inspect(file(name, data), folder);
        } catch (IOException expected) {
            // a file that cannot be read (a zip's central directory that lies): could not be evaluated
        }
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void pickle(byte[] data) {
        dev.aibom.core.format.PickleScanner.scanAll(data, 0, true);
        inspect("model.pkl", data);
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void onnx(byte[] data) {
        inspect("model.onnx", data);
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void kerasHdf5(byte[] data) {
        inspect("model.h5", data);
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void safetensors(byte[] data) {
        inspect("model.safetensors", data);
    }

    // ------------------------------------------------------------------ OpenSSF model signatures: a result, never a throw

    private static final java.security.KeyPair MODEL_SIGNER = dev.aibom.core.sign.KeyPairs.generate(
            dev.aibom.core.sign.KeyPairs.Type.EC_P256);
    private static final dev.aibom.core.modelsig.ModelSignatureVerifier MODEL_VERIFIER =
            new dev.aibom.core.modelsig.ModelSignatureVerifier(List.of(MODEL_SIGNER.getPublic()), List.of(),
                    java.time.Instant.parse("2026-12-01T00:00:00Z"));

    /**
     * A model folder with the files the {@code signedStatement} seeds sign: {@code config.json}, {@code README.md}
     * and {@code weights/model.bin}.
     */
    private static Path modelFolder() throws IOException {
        Path model = folder.resolve("model");
        if (!Files.isDirectory(model)) {
            Files.createDirectories(model.resolve("weights"));
            Files.writeString(model.resolve("config.json"), "{\"layers\": 4}\n");
            Files.writeString(model.resolve("README.md"), "# model\n");
            Files.writeString(model.resolve("weights/model.bin"), "abc");
        }
        return model;
    }

    /** The verdict on a model.sig: whatever it holds, one printable line, and only an unreadable file throws. */
    private static void verifyModelSignature(Path signature) {
        try {
            dev.aibom.core.modelsig.ModelSignatureResult result = MODEL_VERIFIER.verify(signature);
            String line = result.line();
            if (line.chars().anyMatch(c -> c < 0x20)) {
                throw new IllegalStateException("a model signature line that is not printable: " + line);
            }
        } catch (AibomException | IOException e) {
            throw new IllegalStateException("a model.sig that was written could not be read", e);
        }
    }

    /** The bytes as a model.sig (a Sigstore bundle) beside the model's files. */
    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void modelSignature(byte[] data) throws IOException {
        verifyModelSignature(Files.write(modelFolder().resolve("model.sig"), data));
    }

    /**
     * The bytes as the in-toto statement of a bundle signed with the trusted key, so that what a signer may write
     * there (file names, digests, ignored paths, subjects of any shape) is reached, not stopped by the signature.
     */
    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void signedStatement(byte[] data) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode material = dev.aibom.core.bom.BomJson.MAPPER.createObjectNode();
        material.putArray("tlogEntries");
        Path model = modelFolder();
        verifyModelSignature(dev.aibom.core.modelsig.ModelSigner.write(model, material, data,
                dev.aibom.core.modelsig.ModelSigner.sign(MODEL_SIGNER.getPrivate(), data)));
    }
}
