package dev.aibom.core.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.job.GenerateJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The credit-risk example as SPDX 3.0.1: valid against the official schema, AI and Dataset profiles, deterministic. */
class SpdxExportTest {
    @TempDir
    Path temp;

    @Test
    void theCreditRiskExampleExportsToAValidSpdx3Document() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = project.resolve("target/bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.parse("2026-01-01T00:00:00Z"))), Log.NONE);
        JsonNode tree = BomJson.MAPPER.readTree(bom.toFile());
        byte[] document = SpdxExport.export(tree);
        assertThat(SpdxExport.validate(document)).as(new String(document)).isEmpty();
        assertThat(SpdxExport.export(tree)).as("the same BOM, the same document").isEqualTo(document);

        JsonNode spdx = BomJson.MAPPER.readTree(document);
        List<String> types = new ArrayList<>();
        spdx.path("@graph").forEach(node -> types.add(node.path("type").asText()));
        assertThat(types).contains("SpdxDocument", "Bom", "ai_AIPackage", "dataset_DatasetPackage",
                "software_Package", "Organization", "Relationship", "simplelicensing_LicenseExpression");
        String text = new String(document);
        String broken = text.replace("\"ai_safetyRiskAssessment\" : \"high\"", "\"ai_safetyRiskAssessment\" : \"extreme\"");
        assertThat(broken).isNotEqualTo(text);
        assertThat(SpdxExport.validate(broken.getBytes())).as("the schema judges values").isNotEmpty();
        assertThat(text).contains("\"ai_safetyRiskAssessment\"", "\"trainedOn\"", "\"dependsOn\"",
                "\"credit-pd-logreg\"", "\"2026-01-01T00:00:00Z\"", "\"verifiedUsing\"");
    }

    /**
     * Every BOM of the specification's corpus (1.4 to 1.7) and the public ML-BOM examples that aibom reads and whose
     * references resolve exports to a document the SPDX 3.0.1 schema accepts: what export refuses of a valid BOM it
     * says is a bug in aibom, so none may be refused.
     */
    @Test
    @dev.aibom.core.NeedsConformance
    void everyValidBomOfTheCorpusExportsToAValidDocument() throws Exception {
        List<Path> boms = new ArrayList<>();
        for (String version : List.of("1.4", "1.5", "1.6", "1.7")) {
            try (var files = java.nio.file.Files.list(TestFiles.conformance().resolve("cyclonedx-spec/test-resources/"
                    + version))) {
                files.filter(f -> f.getFileName().toString().startsWith("valid-")
                        && f.getFileName().toString().endsWith(".json")).sorted().forEach(boms::add);
            }
        }
        try (var files = java.nio.file.Files.walk(TestFiles.conformance().resolve("ml-bom-examples"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(boms::add);
        }
        dev.aibom.core.bom.BomReader reader = new dev.aibom.core.bom.BomReader(
                dev.aibom.core.io.ReadLimits.DEFAULT);
        List<String> failures = new ArrayList<>();
        int exported = 0;
        List<String> mlBoms = new ArrayList<>();
        for (Path file : boms) {
            JsonNode tree;
            try {
                tree = reader.read(file).tree();
            } catch (dev.aibom.core.AibomException refused) {
                continue; // not a BOM aibom reads (a 1.7 feature, a duplicate bom-ref ...): nothing to export
            }
            if (!SpdxExport.unresolvedReferences(tree).isEmpty()) {
                continue; // refused by name before the export (aReferenceToNothingIsRefusedNotDropped)
            }
            try {
                List<String> errors = SpdxExport.validate(SpdxExport.export(tree));
                if (!errors.isEmpty()) {
                    failures.add(file.getFileName() + ": " + errors);
                }
                exported++;
                if (file.toString().contains("ml-bom-examples")) {
                    mlBoms.add(file.getFileName().toString());
                }
            } catch (dev.aibom.core.AibomException | RuntimeException e) {
                failures.add(file.getFileName() + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(exported).as("BOMs exported of " + boms.size()).isGreaterThan(100);
        assertThat(mlBoms).as("ML-BOM examples exported").isNotEmpty();
    }

    /** A reference to nothing would be dropped from the SPDX document unseen: the export refuses, naming it. */
    @Test
    void aReferenceToNothingIsRefusedNotDropped() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("r"));
        Path bom = project.resolve("target/bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.parse("2026-01-01T00:00:00Z"))), Log.NONE);
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                BomJson.MAPPER.readTree(bom.toFile());
        assertThat(SpdxExport.unresolvedReferences(tree)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.path("dependencies").get(0).path("dependsOn"))
                .add("model:nowhere");
        java.nio.file.Files.write(bom, BomJson.pretty(tree));
        Path out = temp.resolve("r.spdx.json");
        assertThatThrownBy(() -> dev.aibom.core.job.ExportJob.run(new dev.aibom.core.job.ExportJob.Request(bom, out,
                dev.aibom.core.job.ExportJob.Format.SPDX3, dev.aibom.core.io.ReadLimits.DEFAULT), Log.NONE))
                .isInstanceOf(dev.aibom.core.AibomException.class)
                .hasMessageStartingWith(bom + " cannot be exported: its references must name a component, service or"
                        + " the system in the BOM. Fix them, then export again:\n  - /dependencies/0/dependsOn/")
                .hasMessageEndingWith(": 'model:nowhere' is not the bom-ref of anything in the BOM");
        assertThat(out).doesNotExist();
    }

    @Test
    void theSpdxLibraryNeverAsksSpdxOrgForItsLicenceList() {
        assertThat(org.spdx.Configuration.getInstance().getProperty("org.spdx.useJARLicenseInfoOnly"))
                .isEqualTo("true");
    }

    @Test
    void anInvalidDocumentIsNamed() throws Exception {
        assertThat(SpdxExport.validate("{\"@context\": 1}".getBytes())).isNotEmpty();
    }
}
