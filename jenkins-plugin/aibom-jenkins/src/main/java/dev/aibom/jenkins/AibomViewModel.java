package dev.aibom.jenkins;

import dev.aibom.core.job.PipelineResult;

import java.util.List;
import java.util.Map;

/** What the build-page views show, computed from the stored result; plain Java, unit-tested without Jenkins. */
public final class AibomViewModel {
    private final PipelineResult result;

    public AibomViewModel(PipelineResult result) {
        this.result = result;
    }

    /** {@code AI-BOM controls: 2 failed, 1 waived, 40 passed (completeness 93%)} */
    public String getHeadline() {
        Map<String, Integer> counts = result.counts();
        return "AI-BOM controls: " + counts.getOrDefault("fail", 0) + " failed, " + counts.getOrDefault("error", 0)
                + " could not be checked, " + counts.getOrDefault("waived", 0) + " waived, "
                + counts.getOrDefault("pass", 0) + " passed (completeness " + result.completeness() + "%)";
    }

    public String getOutcome() {
        return switch (result.outcome()) {
            case "FAIL" -> "Failed";
            case "UNSTABLE" -> "Unstable";
            default -> "Passed";
        };
    }

    public String getSignature() {
        return result.signature();
    }

    public List<PipelineResult.FindingRow> getFindings() {
        return result.findings();
    }

    /** Relative link from the action page to the HTML report in the workspace artefacts, if archived. */
    public String getHtmlReport() {
        return result.reports().getOrDefault("html", "");
    }

    public String getBom() {
        return result.reports().getOrDefault("bom", "");
    }

    public boolean isClean() {
        return result.findings().isEmpty();
    }
}
