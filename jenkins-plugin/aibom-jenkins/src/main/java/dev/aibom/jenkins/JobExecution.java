package dev.aibom.jenkins;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/** The one execution of every aibom Pipeline step: it takes the build's context and calls the step's job. */
final class JobExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;
    private final Job job;

    /** A step's settings that can run its job, in a Pipeline or a freestyle build alike. */
    interface Job extends Serializable {
        Map<String, Object> perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher,
                                    TaskListener listener, FlowNode node) throws IOException, InterruptedException;
    }

    JobExecution(StepContext context, Job job) {
        super(context);
        this.job = job;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        EnvVars env = context.get(EnvVars.class);
        return job.perform(context.get(Run.class), context.get(FilePath.class), env == null ? new EnvVars() : env,
                context.get(Launcher.class), context.get(TaskListener.class), context.get(FlowNode.class));
    }
}
