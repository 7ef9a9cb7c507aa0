// Compile-time stub: declares the members aibom uses with the signatures of the junit plugin 1402.va_87fd3d15dc3.
// Never packaged. For the tests, perform records what it was asked to publish (StubPublished).
package hudson.tasks.junit;

import dev.aibom.jenkins.stubs.StubPublished;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Recorder;
import jenkins.tasks.SimpleBuildStep;

import java.io.IOException;

public class JUnitResultArchiver extends Recorder implements SimpleBuildStep {
    private final String testResults;
    private boolean allowEmptyResults;
    private boolean skipMarkingBuildUnstable;

    public JUnitResultArchiver(String testResults) {
        this.testResults = testResults;
    }

    public String getTestResults() {
        return testResults;
    }

    public final void setAllowEmptyResults(boolean allowEmptyResults) {
        this.allowEmptyResults = allowEmptyResults;
    }

    public void setSkipMarkingBuildUnstable(boolean skipMarkingBuildUnstable) {
        this.skipMarkingBuildUnstable = skipMarkingBuildUnstable;
    }

    public boolean isSkipMarkingBuildUnstable() {
        return skipMarkingBuildUnstable;
    }

    @Override
    public void perform(Run build, FilePath workspace, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        if (!workspace.child(testResults).exists()) {
            throw new hudson.AbortException("No test report files were found. Configuration error?");
        }
        StubPublished.record(new StubPublished.Call("junit", build, testResults,
                "skipMarkingBuildUnstable=" + skipMarkingBuildUnstable + " allowEmptyResults=" + allowEmptyResults));
        listener.getLogger().println("Recording test results");
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }
}
