package dev.aibom.core;

import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.Trust;
import dev.aibom.core.discovery.DiscoveryScanner;
import dev.aibom.core.hash.HashListener;
import java.time.Duration;
import java.util.List;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples behave as their READMEs say. */
class ExamplesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path temp;

    @Test
    void theFailingExampleFailsForExactlyItsFourDocumentedReasons() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("p"));
        Path bom = temp.resolve("bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.parse("2026-11-01T00:00:00Z"))));
        // as the Maven check goal does: the resources are looked into for model files
        EvaluationResult result = CheckJob.run(new CheckJob.Request(bom, Judging.builder(TODAY)
                .register(Input.configured("suppliers", project.resolve("suppliers.yaml").toString()))
                .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.of(project)).discovering(new DiscoveryScanner.Request(List.of(),
                List.of(project.resolve("src/main/resources")), project)), Log.NONE, HashListener.NONE).evaluation();
        assertThat(result.findings()).filteredOn(f -> f.status() == Status.FAIL).extracting(Finding::line)
                .containsExactlyInAnyOrder(
                        "[A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'intent-classifier' is retired (allowed:"
                                + " validated, approved, deployed)",
                        "[A.10.3] supplier-registered: service 'shadow-llm' supplier 'Shadow AI Labs Inc.' is not in"
                                + " the supplier register",
                        "[A.6.2.4, A.10.3] model-format-safe: model 'reply-ranker': models/reply-ranker.pkl (pickle)"
                                + " imports posix.system (STACK_GLOBAL): known to run code (runs programs, changes"
                                + " processes, or reaches the file system, the network or native code) (byte 28)",
                        "[A.4.2] shipped-models-declared: model file src/main/resources/models/shadow-intent.onnx (onnx,"
                                + " SHA-256 " + sha256(project.resolve("src/main/resources/models/shadow-intent.onnx"))
                                + ") is shipped, but no declared model or dataset covers it");
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(file)));
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
