package dev.aibom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.TestFiles;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aibom diff} over pairs of real BOMs: what procurement asks when a supplier sends a new delivery. */
class DiffCommandTest {
    @TempDir
    Path temp;
    Path before;
    ObjectNode after;

    @BeforeEach
    void delivery() throws Exception {
        before = Fixtures.supplierReview(temp).resolve("acme-fraud-scoring.cdx.json");
        after = Fixtures.read(before);
        after.remove("signature");
    }

    private Path next() throws Exception {
        return Fixtures.write(temp.resolve("next.cdx.json"), after);
    }

    private ObjectNode component(String name) {
        for (JsonNode component : after.get("components")) {
            if (component.get("name").asText().equals(name)) {
                return (ObjectNode) component;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void aChangedModelHashIsNamedWithBothDigests() throws Exception {
        ((ObjectNode) component("acme-fraud-gbm").get("hashes").get(0)).put("content", "9".repeat(64));
        Cli.Run run = Cli.run("diff", before.toString(), next().toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).contains(
                "aibom: ~ model 'acme-fraud-gbm': hashes SHA-256: "
                        + "8c790007a446be2df152b072e84e7b161b78bda3fd55f0c138e0b8ab869f5efc -> " + "9".repeat(64),
                "aibom: ~ the BOM: signers: key 6e8abde8d01ce9a8a48232db7700c5b8f72fcb9ff9681179f4d054b184ea2d76"
                        + " -> unsigned");
        assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo("aibom: 2 changes: 1 hashes, 1 signers");
        Cli.Run failing = Cli.run("diff", before.toString(), next().toString(), "--fail-on-change",
                "hashes,suppliers");
        assertThat(failing.exitCode()).isEqualTo(3);
        assertThat(failing.errLines()).containsExactly(
                "aibom: ERROR ~ model 'acme-fraud-gbm': hashes SHA-256: "
                        + "8c790007a446be2df152b072e84e7b161b78bda3fd55f0c138e0b8ab869f5efc -> " + "9".repeat(64),
                "aibom: ERROR 1 change of a kind that fails (hashes, suppliers)");
    }

    /**
     * A supplier's BOM whose single-valued aibom properties conflict (two life-cycle stages, two formats, two
     * approvers at one index) is reported as it reads: the controls judge the conflict (properties-unambiguous), diff
     * says what changed. It was an internal error with a stack trace (found by the bomDiff fuzz target).
     */
    @Test
    void conflictingPropertiesAreShownAsTheyAreNotAnInternalError() throws Exception {
        ArrayNode properties = (ArrayNode) component("acme-fraud-gbm").get("properties");
        properties.addObject().put("name", "aibom:model:lifecycle").put("value", "internal");
        properties.addObject().put("name", "aibom:artifact:format").put("value", "pickle");
        Cli.Run run = Cli.run("diff", before.toString(), next().toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).contains(
                "aibom: ~ model 'acme-fraud-gbm': format: onnx -> conflicting: onnx | pickle",
                "aibom: ~ model 'acme-fraud-gbm': lifecycle: deployed -> conflicting: deployed | internal");
    }

    @Test
    void aChangedFileFormatIsItsOwnKindOfChange() throws Exception {
        ObjectNode model = component("acme-fraud-gbm");
        for (JsonNode property : model.get("properties")) {
            if (property.get("name").asText().equals("aibom:artifact:format")) {
                ((ObjectNode) property).put("value", "pickle");
            }
        }
        Cli.Run run = Cli.run("diff", before.toString(), next().toString(), "--fail-on-change", "format");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly("aibom: ERROR ~ model 'acme-fraud-gbm': format: onnx -> pickle",
                "aibom: ERROR 1 change of a kind that fails (format)");
        assertThat(run.out()).doesNotContain("properties");
    }

    @Test
    void aNewModelAndARemovedDatasetAreListed() throws Exception {
        ObjectNode added = component("acme-fraud-gbm").deepCopy();
        added.put("name", "acme-fraud-transformer").put("bom-ref", "model:acme-fraud-transformer")
                .put("version", "1.0.0");
        ArrayNode components = (ArrayNode) after.get("components");
        components.add(added);
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).get("type").asText().equals("data")) {
                components.remove(i);
                break;
            }
        }
        ArrayNode dependencies = (ArrayNode) after.get("dependencies");
        if (dependencies != null) {
            for (JsonNode dependency : dependencies) {
                ArrayNode on = (ArrayNode) dependency.get("dependsOn");
                if (on != null) {
                    for (int i = on.size() - 1; i >= 0; i--) {
                        if (on.get(i).asText().startsWith("dataset:")) {
                            on.remove(i);
                        }
                    }
                }
            }
            for (int i = dependencies.size() - 1; i >= 0; i--) {
                if (dependencies.get(i).get("ref").asText().startsWith("dataset:")) {
                    dependencies.remove(i);
                }
            }
        }
        ((ObjectNode) component("acme-fraud-gbm").get("modelCard").get("modelParameters")).remove("datasets");
        ((ObjectNode) added.get("modelCard").get("modelParameters")).remove("datasets");
        Cli.Run run = Cli.run("diff", before.toString(), next().toString(), "--format", "json",
                "--fail-on-change", "added");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.errLines()).contains("aibom: ERROR + model 'acme-fraud-transformer' 1.0.0 added",
                "aibom: - dataset 'acme-transactions-2025' 2025H2 removed");
        JsonNode json = run.json();
        assertThat(json.get("kind").asText()).isEqualTo("diff");
        assertThat(json.get("outcome").asText()).isEqualTo("fail");
        assertThat(json.at("/counts/added").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/removed").asInt()).isEqualTo(1);
        assertThat(json.get("changes")).anySatisfy(change -> {
            assertThat(change.get("kind").asText()).isEqualTo("added");
            assertThat(change.at("/subject/kind").asText()).isEqualTo("model");
            assertThat(change.at("/subject/name").asText()).isEqualTo("acme-fraud-transformer");
            assertThat(change.at("/subject/ref").asText()).isEqualTo("model:acme-fraud-transformer");
            assertThat(change.get("fails").asBoolean()).isTrue();
        });
    }

    @Test
    void aChangedSupplierAndLicenceAreNamed() throws Exception {
        ObjectNode model = component("acme-fraud-gbm");
        ((ObjectNode) model.get("supplier")).put("name", "ACME Machine Learning AG");
        ((ObjectNode) model.get("licenses").get(0)).put("expression", "Apache-2.0");
        Cli.Run run = Cli.run("diff", before.toString(), next().toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).contains(
                "aibom: ~ model 'acme-fraud-gbm': licenses: LicenseRef-ACME-Commercial -> Apache-2.0",
                "aibom: ~ model 'acme-fraud-gbm': suppliers: ACME ML GmbH -> ACME Machine Learning AG");
        JsonNode json = run.json();
        assertThat(json.get("changes")).anySatisfy(change -> {
            assertThat(change.get("kind").asText()).isEqualTo("suppliers");
            assertThat(change.get("before").asText()).isEqualTo("ACME ML GmbH");
            assertThat(change.get("after").asText()).isEqualTo("ACME Machine Learning AG");
            assertThat(change.get("fails").asBoolean()).isFalse();
        });
    }

    @Test
    void anAddedSignerIsNamedByItsKeyFingerprint() throws Exception {
        Path[] first = Fixtures.keys(temp.resolve("keys"), "first");
        Path[] second = Fixtures.keys(temp.resolve("keys"), "second");
        Path old = Fixtures.write(temp.resolve("old.cdx.json"), after);
        Fixtures.sign(old, first[0], true);
        Path now = Files.copy(old, temp.resolve("new.cdx.json"));
        Fixtures.sign(now, second[0], true);
        String a = KeyFingerprint.of(KeyLoader.publicKeys(first[1]).get(0)).hex();
        String b = KeyFingerprint.of(KeyLoader.publicKeys(second[1]).get(0)).hex();
        Cli.Run run = Cli.run("diff", old.toString(), now.toString(), "--fail-on-change", "signers");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.errLines()).contains("aibom: ERROR ~ the BOM: signers: key " + a + " -> key " + a + ", key "
                + b);
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void identicalBomsHaveNoChangesAcrossSpecVersions() throws Exception {
        Cli.Run same = Cli.run("diff", before.toString(), before.toString());
        assertThat(same.exitCode()).isZero();
        assertThat(same.outLines()).containsExactly("aibom: diff " + before + " (CycloneDX 1.6) -> " + before
                + " (CycloneDX 1.6)", "aibom: no changes");
        Path v17 = TestFiles.conformance().resolve("cyclonedx-spec/test-resources/1.7/valid-machine-learning-1.7.json");
        Cli.Run across = Cli.run("diff", before.toString(), v17.toString());
        assertThat(across.exitCode()).isZero();
        assertThat(across.outLines()).contains("aibom: + model 'stable-diffusion' 1.4 added",
                "aibom: - model 'acme-fraud-gbm' 3.2.0 removed");
    }

    @Test
    void anUnknownKindOfChangeIsAUsageError() {
        Cli.Run run = Cli.run("diff", before.toString(), before.toString(), "--fail-on-change", "hashes,colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("aibom: --fail-on-change: 'colour' is not a kind of change; use"
                + " added, removed, version, hashes, format, licenses, suppliers, lifecycle, model-card, data, approvals,"
                + " endpoints, declarations, signers, properties, purl.");
    }
}
