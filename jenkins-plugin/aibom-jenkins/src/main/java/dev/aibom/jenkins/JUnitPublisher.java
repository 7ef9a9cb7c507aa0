package dev.aibom.jenkins;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.junit.JUnitResultArchiver;

import java.io.IOException;

/**
 * The junit plugin's recorder for aibom's JUnit XML. Loaded only when the junit plugin is installed
 * ({@link Publishing#installed}): the only class that names it.
 */
final class JUnitPublisher {
    private JUnitPublisher() {
    }

    static void publish(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener, String path)
            throws IOException, InterruptedException {
        JUnitResultArchiver archiver = new JUnitResultArchiver(path);
        // the verdict sets the build result (failOn, unstableOn), not the count of failed test cases
        archiver.setSkipMarkingBuildUnstable(true);
        archiver.perform(run, workspace, launcher, listener);
    }
}
