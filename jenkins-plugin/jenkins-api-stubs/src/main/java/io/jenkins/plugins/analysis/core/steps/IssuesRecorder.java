// Compile-time stub: declares the members aibom uses with the signatures of warnings-ng 12.9996.va_151fb_d6d757.
// Never packaged. For the tests, perform records what it was asked to scan (StubPublished).
package io.jenkins.plugins.analysis.core.steps;

import dev.aibom.jenkins.stubs.StubPublished;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Recorder;
import io.jenkins.plugins.analysis.core.model.ReportScanningTool;
import io.jenkins.plugins.analysis.core.model.Tool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

public class IssuesRecorder extends Recorder {
    private List<Tool> analysisTools = new ArrayList<>();

    public IssuesRecorder() {
        super();
    }

    public void setTools(final List<Tool> tools) {
        this.analysisTools = new ArrayList<>(tools);
    }

    public List<Tool> getTools() {
        return new ArrayList<>(analysisTools);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public boolean perform(final AbstractBuild<?, ?> build, final Launcher launcher, final BuildListener listener)
            throws InterruptedException, IOException {
        for (Tool tool : analysisTools) {
            StubPublished.record(new StubPublished.Call("warnings-ng", build,
                    ((ReportScanningTool) tool).getPattern(), "id=" + tool.getId() + " name=" + tool.getName()));
        }
        listener.getLogger().println("[Static Analysis] Searching for all files in workspace that match the pattern");
        return true;
    }
}
