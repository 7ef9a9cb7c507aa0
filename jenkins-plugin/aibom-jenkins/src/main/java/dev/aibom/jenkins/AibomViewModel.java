package dev.aibom.jenkins;

import java.util.List;
import java.util.Map;

/** What the build-page views show, computed from the stored action data; plain Java, unit-tested without Jenkins. */
public final class AibomViewModel {
    private final AibomBuildAction data;

    public AibomViewModel(AibomBuildAction data) {
        this.data = data;
    }

    /** {@code AI-BOM controls: 2 failed, 0 could not be checked, 1 waived, 40 passed (completeness 93%)} */
    public String getHeadline() {
        Map<String, Integer> counts = data.getCounts();
        return "AI-BOM controls: " + counts.getOrDefault("fail", 0) + " failed, " + counts.getOrDefault("error", 0)
                + " could not be checked, " + counts.getOrDefault("waived", 0) + " waived, "
                + counts.getOrDefault("pass", 0) + " passed (completeness " + data.getCompleteness() + "%)";
    }

    public String getOutcome() {
        return switch (data.getOutcome()) {
            case "FAIL" -> "Failed";
            case "UNSTABLE" -> "Unstable";
            default -> "Passed";
        };
    }

    public String getSignature() {
        return data.getSignature();
    }

    public List<AibomBuildAction.Row> getFindings() {
        return data.getFindings();
    }

    /** A report the build page links: what it is and its path under the build's {@code artifact/}. */
    public record Link(String label, String path) {
    }

    private static final Map<String, String> LABELS = new java.util.LinkedHashMap<>();

    static {
        LABELS.put("html", "HTML report");
        LABELS.put("markdown", "Markdown summary");
        LABELS.put("junit", "JUnit XML");
        LABELS.put("sarif", "SARIF");
        LABELS.put("json", "JSON report");
        LABELS.put("spdx3", "SPDX 3.0");
        LABELS.put("bom", "BOM");
    }

    /**
     * The archived files, HTML report first, each a link relative to the build's page ({@code artifact/...}), then
     * the pages of the junit and warnings-ng plugins where the reports were published ({@code testReport/},
     * {@code aibom-sarif/}); empty when nothing was archived or published.
     */
    public List<Link> getLinks() {
        List<Link> links = new java.util.ArrayList<>();
        if (data.isArchived()) {
            LABELS.forEach((kind, label) -> {
                String path = data.getReports().get(kind);
                if (path != null) {
                    links.add(new Link(label, "artifact/" + path.replace('\\', '/')));
                }
            });
        }
        if (data.getPublished().contains("junit")) {
            links.add(new Link("Test results", "testReport/"));
        }
        if (data.getPublished().contains("sarif")) {
            links.add(new Link("Issues", Publishing.SARIF_ID + "/"));
        }
        return links;
    }

    /** The HTML report's path in the workspace (archive it to open it from the build). */
    public String getHtmlReport() {
        return data.getReports().getOrDefault("html", "");
    }

    public String getBom() {
        return data.getReports().getOrDefault("bom", "");
    }

    public boolean isClean() {
        return data.getFindings().isEmpty();
    }
}
