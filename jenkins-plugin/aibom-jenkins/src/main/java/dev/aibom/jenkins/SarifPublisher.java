package dev.aibom.jenkins;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.TaskListener;
import io.jenkins.plugins.analysis.core.model.Tool;
import io.jenkins.plugins.analysis.core.steps.IssuesRecorder;
import io.jenkins.plugins.analysis.warnings.Sarif;
import jenkins.util.BuildListenerAdapter;

import java.io.IOException;
import java.util.List;

/**
 * warnings-ng's recorder for aibom's SARIF report, in a freestyle build. Loaded only when warnings-ng is installed
 * ({@link Publishing#installed}): the only class that names it.
 */
final class SarifPublisher {
    private SarifPublisher() {
    }

    static void publish(AbstractBuild<?, ?> build, Launcher launcher, TaskListener listener, String path)
            throws IOException, InterruptedException {
        Sarif sarif = new Sarif();
        sarif.setPattern(path);
        sarif.setId(Publishing.SARIF_ID);
        sarif.setName("aibom");
        IssuesRecorder recorder = new IssuesRecorder();
        recorder.setTools(List.<Tool>of(sarif));
        recorder.perform(build, launcher, BuildListenerAdapter.wrap(listener));
    }
}
