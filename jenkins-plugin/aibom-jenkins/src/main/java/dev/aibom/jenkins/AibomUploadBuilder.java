package dev.aibom.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

import java.io.IOException;

/**
 * The freestyle build step of {@link AibomUploadStep}: the same settings and the same {@link AibomUploadStep#perform}.
 * Its form shows the step's fields ({@code <f:property field="settings"/>}), with the step's help texts: one set of
 * fields, defaults and help for both.
 */
public class AibomUploadBuilder extends Builder implements SimpleBuildStep {
    private final AibomUploadStep settings;

    @DataBoundConstructor
    public AibomUploadBuilder(AibomUploadStep settings) {
        this.settings = settings;
    }

    /** The settings, shared with the Pipeline step {@link AibomUploadStep}. */
    public AibomUploadStep getSettings() {
        return settings;
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        if (settings == null) {
            throw new hudson.AbortException("aibomUploadBuilder: the build step has no settings; configure it again.");
        }
        settings.perform(run, workspace, env, launcher, listener, null);
    }

    @Extension
    @Symbol("aibomUploadBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Upload the signed AI-BOM to Dependency-Track";
        }
    }
}
