package dev.aibom.core;

import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.Status;
import dev.aibom.core.hash.HashListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples behave as their READMEs say. */
class ExamplesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path temp;

    @Test
    void theFailingExampleFailsForExactlyItsTwoDocumentedReasons() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("p"));
        Path bom = temp.resolve("bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.parse("2026-11-01T00:00:00Z"))));
        EvaluationResult result = TestJobs.check(bom, Optional.empty(), Optional.of(project.resolve("suppliers.yaml")),
                Optional.of(project), TODAY);
        assertThat(result.findings()).filteredOn(f -> f.status() == Status.FAIL).extracting(Finding::line)
                .containsExactlyInAnyOrder(
                        "[A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'intent-classifier' is retired (allowed:"
                                + " validated, approved, deployed)",
                        "[A.10.3] supplier-registered: service 'shadow-llm' supplier 'Shadow AI Labs Inc.' is not in"
                                + " the supplier register");
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @Test
    void theSupplierReviewExamplePasses() throws Exception {
        Path dir = TestFiles.example("supplier-review");
        EvaluationResult result = TestJobs.review(dir.resolve("acme-fraud-scoring.cdx.json"),
                dir.resolve("suppliers.yaml"), TODAY, Log.NONE).evaluation();
        assertThat(result.findings()).filteredOn(f -> f.status() == Status.FAIL || f.status() == Status.ERROR)
                .isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.control().equals("supplier-bom-signed")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
    }
}
