package dev.aibom.jenkins;

import com.thoughtworks.xstream.XStream;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.job.PipelineResult;
import dev.aibom.core.control.SignatureVerdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored build data is small, survives being written and read back as XML, and drives the views. */
class AibomBuildActionTest {
    private static PipelineResult result() {
        return new PipelineResult(EvaluationResult.Outcome.FAIL, Map.of("pass", 40, "fail", 2, "waived", 1, "error",
                0), 93, "AI-BOM controls: 2 failed", new SignatureVerdict(SignatureVerdict.State.VALID_TRUSTED,
                "signed by trusted key 1bce: VALID", null), List.of(new PipelineResult.FindingRow("fail", "error",
                "A.10.3", "supplier-registered", "dataset bureau-features",
                "dataset 'bureau-features' supplier 'ACME ML' is not in the supplier register")),
                Map.of("html", "aibom/aibom-report.html", "bom", "aibom/aibom.cdx.json"));
    }

    @Test
    void survivesARestart() {
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[]{"dev.aibom.jenkins.**"});
        String xml = xstream.toXML(new AibomBuildAction(result()));
        assertThat(xml.length()).isLessThan(2_000);
        AibomBuildAction restored = (AibomBuildAction) xstream.fromXML(xml);
        assertThat(restored.getOutcome()).isEqualTo("FAIL");
        assertThat(restored.getCounts()).containsEntry("fail", 2);
        assertThat(restored.getFindings()).singleElement()
                .satisfies(row -> assertThat(row.getControl()).isEqualTo("supplier-registered"));
        assertThat(restored.getView().getHeadline()).isEqualTo("AI-BOM controls: 2 failed, 0 could not be checked,"
                + " 1 waived, 40 passed (completeness 93%)");
    }

    @Test
    void theViewModelSaysWhatThePagesShow() {
        AibomViewModel view = new AibomBuildAction(result()).getView();
        assertThat(view.getOutcome()).isEqualTo("Failed");
        assertThat(view.getSignature()).isEqualTo("signed by trusted key 1bce: VALID");
        assertThat(view.getHtmlReport()).isEqualTo("aibom/aibom-report.html");
        assertThat(view.getBom()).isEqualTo("aibom/aibom.cdx.json");
        assertThat(view.isClean()).isFalse();
        assertThat(view.getFindings().get(0).getAnnexA()).isEqualTo("A.10.3");
        assertThat(view.getLinks()).as("nothing archived, nothing linked").isEmpty();
        assertThat(new AibomBuildAction(result(), true, List.of()).getView().getLinks()).containsExactly(
                new AibomViewModel.Link("HTML report", "artifact/aibom/aibom-report.html"),
                new AibomViewModel.Link("BOM", "artifact/aibom/aibom.cdx.json"));
        assertThat(new AibomBuildAction(result(), true, List.of("junit", "sarif")).getView().getLinks())
                .as("the junit and warnings-ng pages, after the archived files").containsExactly(
                new AibomViewModel.Link("HTML report", "artifact/aibom/aibom-report.html"),
                new AibomViewModel.Link("BOM", "artifact/aibom/aibom.cdx.json"),
                new AibomViewModel.Link("Test results", "testReport/"),
                new AibomViewModel.Link("Issues", "aibom-sarif/"));
        assertThat(new AibomBuildAction(result(), false, List.of("junit")).getView().getLinks())
                .as("published but not archived").containsExactly(new AibomViewModel.Link("Test results",
                        "testReport/"));
    }
}
