package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.NeedsConformance;
import dev.aibom.core.TestFiles;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.control.BomView;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Schema validation element by element (what lets a BOM be validated as it is read, on every core) must say exactly
 * what validating the whole document says: the same errors, at the same JSON pointers, in the same order. The oracle
 * is the same schema files validating the whole tree at once ({@link BundledSchema}).
 */
class SplitValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> split(JsonNode bom, String version) {
        return BomSchema.validateJson(bom, SpecVersion.of(version).orElseThrow()).stream()
                .map(e -> e.pointer() + ": " + e.message()).toList();
    }

    @NeedsConformance
    /** The BOM the warm-up validates is valid in every version aibom writes: else it would build little. */
    @Test
    void theWarmUpsBomIsValid() throws Exception {
        for (SpecVersion version : new SpecVersion[]{SpecVersion.V1_6, SpecVersion.V1_7}) {
            assertThat(BomSchema.validateJson(BomSchema.typical(version), version)).as(version.text()).isEmpty();
            BomSchema.prepare(version);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleOfTheSpecificationGetsTheWholeDocumentsErrors() throws IOException {
        Path resources = TestFiles.conformance().resolve("cyclonedx-spec/test-resources");
        return Stream.of("1.4", "1.5", "1.6", "1.7").flatMap(version -> {
            try (Stream<Path> files = Files.list(resources.resolve(version))) {
                return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
                        .map(sample -> DynamicTest.dynamicTest(version + "/" + sample.getFileName(), () -> {
                            JsonNode tree;
                            try {
                                tree = JSON.readTree(sample.toFile());
                            } catch (IOException notJson) {
                                return; // not JSON at all: nothing to validate
                            }
                            assertThat(split(tree, version)).isEqualTo(BundledSchema.errors(tree, version));
                        }));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static ObjectNode component(String name) {
        ObjectNode c = JSON.createObjectNode().put("type", "library").put("name", name);
        c.put("bom-ref", name);
        return c;
    }

    /** A BOM wrong in many places at once: the root, members before and after the split ones, elements, repeats. */
    private static ObjectNode manyErrors() {
        ObjectNode bom = JSON.createObjectNode();
        ArrayNode components = bom.putArray("components");
        components.add(component("a"));
        components.add(JSON.createObjectNode().put("type", "no-such-type").put("name", "b"));
        components.add(component("a"));
        components.add(component("c").put("unexpected", true));
        components.add(component("a"));
        bom.put("bomFormat", "CycloneDX").put("specVersion", "1.6").put("version", "one");
        bom.putObject("metadata").put("timestamp", "yesterday");
        bom.putArray("dependencies").add(JSON.createObjectNode().put("dependsOn", "x"));
        bom.putArray("services").add(JSON.createObjectNode().put("name", 5));
        bom.put("extra", 1);
        bom.putArray("properties").add(JSON.createObjectNode().put("name", 1));
        return bom;
    }

    @NeedsConformance
    @Test
    void errorsEverywhereComeInTheOrderOfAWholeDocumentValidation() {
        ObjectNode bom = manyErrors();
        List<String> errors = split(bom, "1.6");
        assertThat(errors).isEqualTo(BundledSchema.errors(bom, "1.6"));
        assertThat(errors).contains("/components: must have only unique items in the array",
                ": property 'extra' is not defined in the schema and the schema does not allow additional properties",
                "/components/1/type: does not have a value in the enumeration [\"application\", \"framework\","
                        + " \"library\", \"container\", \"platform\", \"operating-system\", \"device\","
                        + " \"device-driver\", \"firmware\", \"file\", \"machine-learning-model\", \"data\","
                        + " \"cryptographic-asset\"]");
        assertThat(errors.stream().filter(e -> e.startsWith("/components: must have only unique"))).hasSize(2);
    }

    @Test
    void numbersAreTheSameItemOnlyAsTheSameKindOfNumber() {
        // as the validator's uniqueItems compares nodes: 1 and 1.0 differ, 1.0 and 1.00 do not
        ObjectNode bom = JSON.createObjectNode().put("bomFormat", "CycloneDX").put("specVersion", "1.6");
        ArrayNode properties = bom.putArray("components");
        properties.add(component("a").put("version", "1").set("x-n", JSON.getNodeFactory().numberNode(1)));
        assertThat(NodeEquality.digest(JSON.getNodeFactory().numberNode(1)))
                .isNotEqualTo(NodeEquality.digest(JSON.getNodeFactory().numberNode(1.0)));
        assertThat(NodeEquality.digest(JSON.getNodeFactory().numberNode(1.0)))
                .isEqualTo(NodeEquality.digest(JSON.getNodeFactory().numberNode(1.00)));
        ObjectNode one = JSON.createObjectNode().put("a", 1).put("b", "x");
        ObjectNode reordered = JSON.createObjectNode().put("b", "x").put("a", 1);
        assertThat(NodeEquality.digest(one)).isEqualTo(NodeEquality.digest(reordered));
        assertThat(NodeEquality.digest(JSON.createArrayNode().add(1).add(2)))
                .isNotEqualTo(NodeEquality.digest(JSON.createArrayNode().add(2).add(1)));
        assertThat(NodeEquality.digest(JSON.createObjectNode().put("ab", "c")))
                .isNotEqualTo(NodeEquality.digest(JSON.createObjectNode().put("a", "bc")));
    }

    @Test
    void elementsReadBeforeTheSpecVersionAreValidatedToo() throws Exception {
        Path file = dir.resolve("late-version.json");
        Files.writeString(file, "{\"components\": [{\"type\": \"library\", \"name\": \"a\"}, {\"type\": \"nope\","
                + " \"name\": \"b\"}],\n \"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\"}");
        BomReader reader = new BomReader(ReadLimits.DEFAULT);
        for (ThrowingRead read : List.<ThrowingRead>of(() -> reader.read(file), () -> reader.validate(file))) {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, read::run);
            assertThat(error).isNotNull();
            assertThat(error.problems()).hasSize(1);
            assertThat(error.problems().get(0).format()).startsWith(file + ":1:").contains(
                    "/components/1/type: does not match the CycloneDX 1.6 schema: does not have a value in the"
                            + " enumeration");
        }
    }

    @FunctionalInterface
    private interface ThrowingRead {
        Object run() throws Exception;
    }

    @NeedsConformance
    @TestFactory
    Stream<DynamicTest> validateWithoutATreeCountsAsTheTreeDoes() throws IOException {
        Path resources = TestFiles.conformance().resolve("cyclonedx-spec/test-resources");
        BomReader reader = new BomReader(ReadLimits.DEFAULT);
        return Stream.of("1.5", "1.6", "1.7").flatMap(version -> {
            try (Stream<Path> files = Files.list(resources.resolve(version))) {
                return files.filter(f -> f.getFileName().toString().startsWith("valid-")
                        && f.toString().endsWith(".json")).sorted().toList()
                        .stream().map(sample -> DynamicTest.dynamicTest(version + "/" + sample.getFileName(), () -> {
                            LoadedBom whole = reader.read(sample);
                            BomReader.Summary summary = reader.validate(sample);
                            BomView view = new BomView(whole.tree());
                            assertThat(summary.specVersion()).isEqualTo(whole.specVersion());
                            assertThat(summary.serialNumber()).isEqualTo(whole.serialNumber());
                            assertThat(summary.models()).isEqualTo(view.items(BomView.MODEL).size());
                            assertThat(summary.datasets()).isEqualTo(view.items(BomView.DATASET).size());
                            assertThat(summary.services()).isEqualTo(view.items(BomView.SERVICE).size());
                            assertThat(summary.signature()).isEqualTo(whole.signatureForm());
                        }));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
