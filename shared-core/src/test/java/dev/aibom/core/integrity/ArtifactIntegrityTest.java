package dev.aibom.core.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.TestFiles;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.hash.HashListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArtifactIntegrityTest {
    @TempDir
    Path temp;
    Path project;
    JsonNode bom;

    @BeforeEach
    void generate() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("project"));
        bom = GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                temp.resolve("bom.json"), Optional.empty(), BomOptions.at(Instant.EPOCH))).bom().tree();
    }

    @Test
    void untouchedFilesPass() throws Exception {
        ArtifactIntegrity.Report report = ArtifactIntegrity.check(bom, project, HashListener.NONE);
        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).extracting(ArtifactIntegrity.Finding::path).containsExactly(
                "data/bureau-features/README.txt", "data/bureau-features/part-0001.csv",
                "data/bureau-features/part-0002.csv", "data/credit-applications-sample.csv",
                "models/credit-pd-logreg.pmml", "models/loan-purpose-centroids.safetensors");
        assertThat(report.remoteArtifacts()).isEqualTo(1);
    }

    /**
     * Two paths (or kinds) for one item: either could be the one a reader takes, so no file is checked for it and the
     * conflict fails, named; verify --base fails with it (it was an internal error there), check as well.
     */
    @Test
    void conflictingPathsFailAndNoneIsChosen() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode model = null;
        for (JsonNode component : bom.get("components")) {
            if (component.path("name").asText().equals("credit-pd-logreg")) {
                model = (com.fasterxml.jackson.databind.node.ObjectNode) component;
            }
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) model.get("properties")).addObject()
                .put("name", "aibom:artifact:path").put("value", "models/other.pmml");
        ArtifactIntegrity.Report report = ArtifactIntegrity.check(bom, project, HashListener.NONE);
        assertThat(report.failures()).extracting(ArtifactIntegrity.Finding::summary).containsExactly(
                "AMBIGUOUS models/credit-pd-logreg.pmml | models/other.pmml (model:credit-pd-logreg): the BOM states"
                        + " conflicting values for aibom:artifact:path, so which file it records cannot be told");
        assertThat(report.findings()).extracting(ArtifactIntegrity.Finding::path)
                .doesNotContain("models/credit-pd-logreg.pmml");

        Path file = temp.resolve("conflicting.json");
        Files.write(file, dev.aibom.core.bom.BomJson.pretty(bom));
        dev.aibom.core.job.VerifyJob.Result verified = dev.aibom.core.job.VerifyJob.run(
                new dev.aibom.core.job.VerifyJob.Request(file, dev.aibom.core.job.Trust.keys(java.util.List.of()),
                        false, Optional.of(project), "--base", dev.aibom.core.io.ReadLimits.DEFAULT),
                dev.aibom.core.Log.NONE, HashListener.NONE);
        assertThat(verified.failures()).contains("file AMBIGUOUS models/credit-pd-logreg.pmml | models/other.pmml"
                + " (model:credit-pd-logreg): the BOM states conflicting values for aibom:artifact:path, so which"
                + " file it records cannot be told");
    }

    @Test
    void everyMismatchMissingAndUnlistedFileIsListed() throws Exception {
        Files.writeString(project.resolve("models/credit-pd-logreg.pmml"), "<PMML/>", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(project.resolve("data/bureau-features/part-0002.csv"));
        Files.writeString(project.resolve("data/bureau-features/part-0003.csv"), "a,b\n");
        ArtifactIntegrity.Report report = ArtifactIntegrity.check(bom, project, HashListener.NONE);
        assertThat(report.failures()).extracting(ArtifactIntegrity.Finding::summary).startsWith(
                "MISSING data/bureau-features/part-0002.csv (dataset:bureau-features): the BOM records it, the disk"
                        + " does not have it",
                "UNLISTED data/bureau-features/part-0003.csv (dataset:bureau-features): the folder has a file the BOM"
                        + " does not list");
        assertThat(report.failures()).hasSize(3);
        // the changed model
        assertThat(report.findings()).filteredOn(f -> f.status() == ArtifactIntegrity.Status.MISMATCH)
                .singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo("models/credit-pd-logreg.pmml");
                    assertThat(f.detail()).startsWith("SHA-256 is ").contains(", the BOM records ");
                });
    }

    @Test
    void aSymbolicLinkThatLeavesTheBaseIsRefusedAsGenerateRefusesIt() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "root:x:0:0\n");
        // a model file replaced by a link to a file outside the project
        Path model = project.resolve("models/credit-pd-logreg.pmml");
        Files.delete(model);
        Files.createSymbolicLink(model, outside.resolve("secret.txt"));
        // a recorded folder replaced by a link to an outside folder with an extra file
        Path folder = project.resolve("data/bureau-features");
        Files.move(folder, outside.resolve("bureau-features"));
        Files.writeString(outside.resolve("bureau-features/extra.csv"), "x\n");
        Files.createSymbolicLink(folder, outside.resolve("bureau-features"));
        ArtifactIntegrity.Report report = ArtifactIntegrity.check(bom, project, HashListener.NONE);
        assertThat(report.failures()).extracting(ArtifactIntegrity.Finding::summary).containsExactly(
                "OUTSIDE_PROJECT data/bureau-features (dataset:bureau-features): it is a symbolic link to "
                        + outside.resolve("bureau-features").toRealPath() + ", outside " + project.toRealPath(),
                "OUTSIDE_PROJECT models/credit-pd-logreg.pmml (model:credit-pd-logreg): it is a symbolic link to "
                        + outside.resolve("secret.txt").toRealPath() + ", outside " + project.toRealPath());
        // nothing outside was hashed and reported as if it were the model
        assertThat(report.findings()).noneMatch(f -> f.detail().contains("SHA-256 is"));
    }
}
