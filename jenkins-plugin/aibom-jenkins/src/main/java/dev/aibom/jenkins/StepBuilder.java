package dev.aibom.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import jenkins.tasks.SimpleBuildStep;

import java.io.IOException;

/**
 * What the freestyle build steps share: each is its Pipeline step's settings and runs that step's job, the one code
 * path ({@link JobExecution.Job#perform}). Each keeps its own field and getter of its step's type, so that its form
 * ({@code <f:property field="settings"/>}) and a saved job bind it by that type.
 */
public abstract class StepBuilder extends Builder implements SimpleBuildStep {
    /** The settings (the step), or null in a job saved without them. */
    abstract JobExecution.Job job();

    /** The build step's symbol, for messages: {@code aibomBuilder}. */
    abstract String symbol();

    @Override
    public final void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        JobExecution.Job job = job();
        if (job == null) {
            throw new AbortException(symbol() + ": the build step has no settings; configure it again.");
        }
        job.perform(run, workspace, env, launcher, listener, null);
    }

    /** The descriptor the build steps share: every kind of project may use them. */
    public abstract static class Descriptor extends BuildStepDescriptor<Builder> {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }
    }
}
