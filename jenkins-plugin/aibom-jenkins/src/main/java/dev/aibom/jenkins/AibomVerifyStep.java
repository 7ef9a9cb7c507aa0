package dev.aibom.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * {@code aibomVerify(bom: 'supplier/acme.cdx.json', trustedKeys: 'keys/', suppliers: 'suppliers.yaml')}:
 * procurement's review of a BOM someone else made; returns counts per status.
 *
 * <p>The settings of the review job, for the Pipeline step and the freestyle build step alike
 * ({@link AibomVerifyBuilder} holds one of these).
 */
public class AibomVerifyStep extends JudgingStep {
    private static final long serialVersionUID = 2L;

    private final String bom;

    @DataBoundConstructor
    public AibomVerifyStep(String bom) {
        setOutputDirectory("aibom-review");
        this.bom = bom;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new JobExecution(context, this);
    }

    /** The review, wherever it was configured. */
    @Override
    public Map<String, Object> perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher,
                                TaskListener listener, FlowNode node) throws IOException, InterruptedException {
        return AibomRunner.review(run, workspace, launcher, listener, Parameters.review(this, env),
                Parameters.maxBomSize(getMaxBomSize(), "aibomVerify"), isArchiveReports(), isPublishReports(),
                node);
    }

    @Extension
    public static final class DescriptorImpl extends JudgingStep.Descriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, FlowNode.class);
        }

        @Override
        public String getFunctionName() {
            return "aibomVerify";
        }

        @Override
        public String getDisplayName() {
            return "Verify and review an AI-BOM made by someone else";
        }
    }

    public String getBom() {
        return bom;
    }

}
