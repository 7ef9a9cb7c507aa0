package dev.aibom.core.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Severity;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.SettingValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code requireSignedBom}: a BOM without a trusted signature fails, in a check and in a review, whatever the policy. */
class RequireSignedBomTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path temp;

    private static JudgingSettings settings(FrontEnd frontEnd, String value) throws Exception {
        return JudgingSettings.of(new SettingValues(frontEnd, value == null ? Map.of()
                : Map.of("requireSignedBom", value)));
    }

    private static Finding finding(EvaluationResult result, String control) {
        return result.findings().stream().filter(f -> f.control().equals(control)).findFirst().orElseThrow();
    }

    @Test
    void anUnsignedBomFailsACheckOnlyWhenASignatureIsRequired() throws Exception {
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("review"));
        ObjectNode tree = (ObjectNode) BomJson.MAPPER.readTree(review.resolve("acme-fraud-scoring.cdx.json").toFile());
        tree.remove("signature");
        Path unsigned = review.resolve("unsigned.cdx.json");
        Files.write(unsigned, BomJson.pretty(tree));
        for (FrontEnd frontEnd : FrontEnd.values()) {
            List<String> lines = new ArrayList<>();
            CheckJob.Result required = CheckJob.run(new CheckJob.Request(unsigned, Judging.builder(TODAY)
                    .register(Input.configured("suppliers", review.resolve("suppliers.yaml").toString()))
                    .trust(Trust.keys(List.of(review.resolve("keys/acme-ml.pub.pem"))))
                    .settings(settings(frontEnd, "true")).build(), Optional.empty()),
                    Log.console(lines::add, lines::add), HashListener.NONE);
            assertThat(finding(required.evaluation(), "bom-signed").severity()).isEqualTo(Severity.ERROR);
            assertThat(required.evaluation().outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
            assertThat(required.evaluation().deciding()).extracting(Finding::control).contains("bom-signed");
            assertThat(lines).anySatisfy(line -> assertThat(line).contains(" with a trusted signature required; "));
        }
        CheckJob.Result optional = CheckJob.run(new CheckJob.Request(unsigned, Judging.builder(TODAY)
                .register(Input.configured("suppliers", review.resolve("suppliers.yaml").toString()))
                .trust(Trust.keys(List.of(review.resolve("keys/acme-ml.pub.pem"))))
                .settings(settings(FrontEnd.MAVEN, null)).build(), Optional.empty()), Log.NONE, HashListener.NONE);
        assertThat(finding(optional.evaluation(), "bom-signed").severity()).isEqualTo(Severity.WARNING);
        assertThat(optional.evaluation().deciding()).extracting(Finding::control).doesNotContain("bom-signed");
    }

    @Test
    void requiringASignatureWithoutAKeyToTrustIsAnErrorNotAPass() throws Exception {
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("review"));
        assertThatThrownBy(() -> CheckJob.run(new CheckJob.Request(review.resolve("acme-fraud-scoring.cdx.json"),
                Judging.builder(TODAY).register(Input.configured("suppliers", review.resolve("suppliers.yaml")
                        .toString())).settings(settings(FrontEnd.COMMAND_LINE, "true")).build(), Optional.empty()),
                Log.NONE, HashListener.NONE)).isInstanceOf(AibomException.class).hasMessage("requireSignedBom: a"
                + " signature by a trusted key is required, but no trusted key or CA root is configured, so no"
                + " signature could pass. Name the public keys (or CA roots) the BOM may be signed with"
                + " (trustedKeys), or drop requireSignedBom.");
    }

    @Test
    void aReviewRequiresTheSuppliersSignatureEvenUnderAPolicyThatDisabledIt() throws Exception {
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("review"));
        Path lenient = review.resolve("lenient.yaml");
        Files.writeString(lenient, "failOn: error\ncontrols:\n  supplier-bom-signed:\n    enabled: false\n");
        ObjectNode tree = (ObjectNode) BomJson.MAPPER.readTree(review.resolve("acme-fraud-scoring.cdx.json").toFile());
        tree.remove("signature");
        Path unsigned = review.resolve("unsigned.cdx.json");
        Files.write(unsigned, BomJson.pretty(tree));
        ReviewJob.Result result = ReviewJob.run(new ReviewJob.Request(unsigned, Judging.builder(TODAY)
                .register(Input.configured("suppliers", review.resolve("suppliers.yaml").toString()))
                .policy(Input.configured("policy", lenient.toString()))
                .settings(settings(FrontEnd.JENKINS, "true")).build()), Log.NONE, HashListener.NONE);
        assertThat(finding(result.evaluation(), "supplier-bom-signed").severity()).isEqualTo(Severity.ERROR);
        assertThat(result.evaluation().outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }
}
