package dev.aibom.jenkins;

import dev.aibom.core.job.PipelineResult;
import hudson.model.Run;
import jenkins.model.RunAction2;

/**
 * The build page's AI-BOM summary and findings. Only the small {@link PipelineResult} is stored with the build (it
 * is serialised with the build record, so it survives a restart); the pages bind to {@link #getView()}.
 */
public class AibomBuildAction implements RunAction2 {
    private final PipelineResult result;
    private transient Run<?, ?> run;

    public AibomBuildAction(PipelineResult result) {
        this.result = result;
    }

    public PipelineResult getResult() {
        return result;
    }

    public AibomViewModel getView() {
        return new AibomViewModel(result);
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
