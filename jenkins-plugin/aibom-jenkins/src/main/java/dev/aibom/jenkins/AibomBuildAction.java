package dev.aibom.jenkins;

import dev.aibom.core.job.PipelineResult;
import hudson.model.Run;
import jenkins.model.RunAction2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build page's AI-BOM summary and findings. Jenkins stores actions with the build record (XStream), so the
 * action keeps a small copy of the result in plain classes with plain fields, which XStream writes and reads back
 * after a restart (records it cannot). The pages bind to {@link #getView()}.
 */
public class AibomBuildAction implements RunAction2 {
    private String outcome;
    private LinkedHashMap<String, Integer> counts;
    private int completeness;
    private String signature;
    private String summary;
    private ArrayList<Row> findings;
    private LinkedHashMap<String, String> reports;
    private boolean archived;
    private ArrayList<String> published;
    private transient Run<?, ?> run;

    /** One finding, as stored with the build. */
    public static final class Row {
        private String status;
        private String severity;
        private String annexA;
        private String control;
        private String component;
        private String message;

        Row(PipelineResult.FindingRow row) {
            this.status = row.status();
            this.severity = row.severity();
            this.annexA = row.annexA();
            this.control = row.control();
            this.component = row.component();
            this.message = row.message();
        }

        public String getStatus() {
            return status;
        }

        public String getSeverity() {
            return severity;
        }

        public String getAnnexA() {
            return annexA;
        }

        public String getControl() {
            return control;
        }

        public String getComponent() {
            return component;
        }

        public String getMessage() {
            return message;
        }
    }

    public AibomBuildAction(PipelineResult result) {
        this(result, false, List.of());
    }

    /**
     * @param archived  whether the BOM and the reports were archived with the build (the pages link them then)
     * @param published the reports published through other plugins ({@code junit}, {@code sarif})
     */
    public AibomBuildAction(PipelineResult result, boolean archived, List<String> published) {
        this.archived = archived;
        this.published = new ArrayList<>(published);
        this.outcome = result.outcome().name();
        this.counts = new LinkedHashMap<>(result.counts());
        this.completeness = result.completeness();
        this.signature = result.signature().line();
        this.summary = result.summary();
        this.findings = new ArrayList<>();
        result.findings().forEach(row -> findings.add(new Row(row)));
        this.reports = new LinkedHashMap<>(result.reports());
    }

    public String getOutcome() {
        return outcome;
    }

    public Map<String, Integer> getCounts() {
        return counts;
    }

    public int getCompleteness() {
        return completeness;
    }

    public String getSignature() {
        return signature;
    }

    public String getSummary() {
        return summary;
    }

    public List<Row> getFindings() {
        return findings;
    }

    public boolean isArchived() {
        return archived;
    }

    /** What was published through the junit and warnings-ng plugins; empty for builds kept before there was any. */
    public List<String> getPublished() {
        return published == null ? List.of() : published;
    }

    public Map<String, String> getReports() {
        return reports;
    }

    public AibomViewModel getView() {
        return new AibomViewModel(this);
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return "AI-BOM";
    }

    @Override
    public String getUrlName() {
        return "aibom";
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }
}
