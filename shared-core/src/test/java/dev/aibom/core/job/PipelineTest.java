package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.AibomException;
import dev.aibom.core.TestFiles;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FailOn;
import dev.aibom.control.Severity;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.Passphrase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job behind the CI steps: one request, one small result with the outcome decided. */
class PipelineTest {
    @TempDir
    Path temp;
    Path workspace;

    @BeforeEach
    void copyExample() {
        workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("ws"));
    }

    private PipelineRequest request(boolean sign, String key, Map<String, String> env, FailOn failOn,
                                    Severity unstableOn) {
        // tests never reach the internet: the example's Hub model comes from its committed cache, unchecked
        Map<String, String> offline = new java.util.HashMap<>(env);
        offline.putIfAbsent("HF_HUB_OFFLINE", "1");
        return PipelineRequest.builder(workspace.toString(), "aibom.yaml", Instant.parse("2026-11-01T00:00:00Z"),
                        LocalDate.parse("2026-11-23"))
                .policy("aibom-policy.yaml").suppliers("suppliers.yaml").waivers("waivers.yaml")
                .sign(sign).keyFile(key).passphraseVariable("AIBOM_KEY_PASSPHRASE").environment(offline)
                .settings(JudgingSettings.DEFAULTS.withFailOn(java.util.Optional.ofNullable(failOn))
                        .withUnstableOn(java.util.Optional.ofNullable(unstableOn)))
                .build();
    }

    @Test
    void requestsMoveToTheAgentsWorkspaceUnchangedOtherwise() {
        PipelineRequest request = request(true, "key.pem", Map.of("K", "v"), FailOn.NEVER, Severity.WARNING);
        PipelineRequest moved = request.withWorkspace("/agent/ws");
        assertThat(moved.workspace()).isEqualTo("/agent/ws");
        assertThat(moved.withWorkspace(request.workspace())).isEqualTo(request);
        JudgingSettings settings = JudgingSettings.DEFAULTS.withFailOn(java.util.Optional.of(FailOn.NEVER))
                .withUnstableOn(java.util.Optional.of(Severity.WARNING));
        ReviewRequest review = ReviewRequest.builder("/controller/ws", "supplier.cdx.json",
                LocalDate.parse("2026-11-23")).trustedKeys(List.of("keys")).suppliers("suppliers.yaml")
                .settings(settings).build();
        assertThat(review.withWorkspace("/agent/ws")).isEqualTo(ReviewRequest.builder("/agent/ws",
                "supplier.cdx.json", LocalDate.parse("2026-11-23")).trustedKeys(List.of("keys"))
                .suppliers("suppliers.yaml").settings(settings).build());
    }

    @Test
    void generatesSignsChecksAndReports() throws Exception {
        KeyPairs.write(KeyPairs.Type.EC_P256, temp.resolve("key.pem"), temp.resolve("key.pub.pem"),
                Optional.of(Passphrase.of("s3cret".toCharArray())));
        List<String> log = new java.util.ArrayList<>();
        PipelineResult result = Pipeline.run(request(true, temp.resolve("key.pem").toString(),
                Map.of("AIBOM_KEY_PASSPHRASE", "s3cret"), null, null), dev.aibom.core.Log.console(log::add, log::add),
                dev.aibom.core.hash.HashListener.NONE, ReadLimits.DEFAULT);
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
        assertThat(result.signature().state()).isEqualTo(SignatureVerdict.State.VALID_TRUSTED);
        String fingerprint = dev.aibom.core.sign.KeyFingerprint.of(dev.aibom.core.sign.KeyLoader.publicKeys(
                temp.resolve("key.pub.pem")).get(0)).hex();
        assertThat(result.signature().line()).isEqualTo("signed by trusted key " + fingerprint + ": VALID");
        assertThat(result.counts()).containsEntry("waived", 1).containsEntry("fail", 0);
        assertThat(result.reports()).containsEntry("bom", "aibom/aibom.cdx.json")
                .containsEntry("html", "aibom/aibom-report.html").containsEntry("junit", "aibom/TEST-aibom-controls.xml");
        assertThat(workspace.resolve("aibom/aibom-report.sarif")).exists();
        assertThat(String.join("\n", log)).contains("aibom: signed " + workspace.resolve("aibom/aibom.cdx.json")
                + " with ES256, key " + fingerprint).contains("aibom: controls: 0 failed").doesNotContain("s3cret");
        assertThat(result.findings()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("waived");
            assertThat(row.control()).isEqualTo("supplier-certifications");
        });
    }

    @Test
    void warningsMakeItUnstableAndErrorsFailIt() throws Exception {
        Files.writeString(workspace.resolve("waivers.yaml"), "waivers: []\n");
        PipelineResult unstable = run(request(false, null, Map.of(), null, Severity.WARNING));
        assertThat(unstable.outcome()).isEqualTo(EvaluationResult.Outcome.UNSTABLE);
        // the reports say what the build does
        assertThat(Files.readString(workspace.resolve("aibom/aibom-report.json"))).contains("\"outcome\": \"unstable\"");
        assertThat(Files.readString(workspace.resolve("aibom/aibom-report.html"))).containsPattern("Unstable: \\d+"
                + " violations? reach(es)? the warning level \\(warning\\); none reaches the failure level \\(error\\)\\.");
        PipelineResult failing = run(request(false, null, Map.of(), FailOn.WARNING, null));
        assertThat(failing.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(failing.summary()).contains("Failing the build (failOn warning):")
                .contains("supplier-certifications");
    }

    @Test
    void misconfigurationNamesTheParameter() {
        assertThatThrownBy(() -> run(request(true, "", Map.of(), null, null)))
                .isInstanceOf(AibomException.class).hasMessageStartingWith("sign is true but no signing key is given.");
        PipelineRequest missing = PipelineRequest.builder(workspace.toString(), "nope.yaml", Instant.EPOCH,
                LocalDate.EPOCH).build();
        assertThatThrownBy(() -> run(missing)).hasMessageContaining(workspace.resolve("nope.yaml")
                + ": the file does not exist.");
    }

    @Test
    void reviewsASuppliersBom() throws Exception {
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("review"));
        PipelineResult result = review(ReviewRequest.builder(review.toString(), "acme-fraud-scoring.cdx.json",
                LocalDate.parse("2026-11-23")).trustedKeys(List.of("keys")).suppliers("suppliers.yaml")
                .outputDirectory("out").build());
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
        assertThat(result.signature().line()).startsWith("signed by ACME ML GmbH's registered key ")
                .endsWith(": VALID");
        Files.writeString(review.resolve("acme-fraud-scoring.cdx.json"), Files.readString(review.resolve(
                "acme-fraud-scoring.cdx.json")).replace("\"0.91\"", "\"0.99\""));
        PipelineResult tampered = review(ReviewRequest.builder(review.toString(), "acme-fraud-scoring.cdx.json",
                LocalDate.parse("2026-11-23")).trustedKeys(List.of("keys")).suppliers("suppliers.yaml")
                .outputDirectory("out").build());
        assertThat(tampered.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(tampered.signature().state()).isEqualTo(SignatureVerdict.State.INVALID);
        assertThat(tampered.signature().line()).startsWith("INVALID: the content was changed after"
                + " signing").contains(", registered for ACME ML GmbH)");
    }

    private static PipelineResult run(PipelineRequest request) throws Exception {
        return Pipeline.run(request, dev.aibom.core.Log.NONE, dev.aibom.core.hash.HashListener.NONE, ReadLimits.DEFAULT);
    }

    private static PipelineResult review(ReviewRequest request) throws Exception {
        return Pipeline.review(request, dev.aibom.core.Log.NONE, dev.aibom.core.hash.HashListener.NONE, ReadLimits.DEFAULT);
    }
}
