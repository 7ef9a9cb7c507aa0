package dev.aibom.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * {@code aibomVerify(bom: 'supplier/acme.cdx.json', trustedKeys: 'keys/', suppliers: 'suppliers.yaml')}:
 * procurement's review of a BOM someone else made; returns counts per status.
 *
 * <p>The settings of the review job, for the Pipeline step and the freestyle build step alike
 * ({@link AibomVerifyBuilder} holds one of these).
 */
public class AibomVerifyStep extends Step implements Serializable, JobExecution.Job {
    private static final long serialVersionUID = 2L;

    private final String bom;
    private String trustedKeys;
    private String suppliers;
    private String policy;
    private String waivers;
    private String outputDirectory = "aibom-review";
    private String formats;
    private boolean archiveReports = true;
    private boolean publishReports = true;
    private String failOn;
    private String unstableOn;
    private boolean requireAiComponents;
    private String maxBomSize;
    private String registerTimeoutSeconds;

    @DataBoundConstructor
    public AibomVerifyStep(String bom) {
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
                Parameters.maxBomSize(maxBomSize, "aibomVerify"), archiveReports, publishReports,
                node);
    }


    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
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

    public String getTrustedKeys() {
        return trustedKeys;
    }

    @DataBoundSetter
    public void setTrustedKeys(String trustedKeys) {
        this.trustedKeys = trustedKeys;
    }

    public String getSuppliers() {
        return suppliers;
    }

    @DataBoundSetter
    public void setSuppliers(String suppliers) {
        this.suppliers = suppliers;
    }

    public String getPolicy() {
        return policy;
    }

    @DataBoundSetter
    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public String getWaivers() {
        return waivers;
    }

    @DataBoundSetter
    public void setWaivers(String waivers) {
        this.waivers = waivers;
    }

    public String getOutputDirectory() {
        return outputDirectory;
    }

    @DataBoundSetter
    public void setOutputDirectory(String outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    public String getFormats() {
        return formats;
    }

    @DataBoundSetter
    public void setFormats(String formats) {
        this.formats = formats;
    }

    public boolean isArchiveReports() {
        return archiveReports;
    }

    @DataBoundSetter
    public void setArchiveReports(boolean archiveReports) {
        this.archiveReports = archiveReports;
    }

    public boolean isPublishReports() {
        return publishReports;
    }

    @DataBoundSetter
    public void setPublishReports(boolean publishReports) {
        this.publishReports = publishReports;
    }

    public String getFailOn() {
        return failOn;
    }

    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = failOn;
    }

    public String getUnstableOn() {
        return unstableOn;
    }

    @DataBoundSetter
    public void setUnstableOn(String unstableOn) {
        this.unstableOn = unstableOn;
    }

    public boolean isRequireAiComponents() {
        return requireAiComponents;
    }

    @DataBoundSetter
    public void setRequireAiComponents(boolean requireAiComponents) {
        this.requireAiComponents = requireAiComponents;
    }

    public String getRegisterTimeoutSeconds() {
        return registerTimeoutSeconds;
    }

    @DataBoundSetter
    public void setRegisterTimeoutSeconds(String registerTimeoutSeconds) {
        this.registerTimeoutSeconds = registerTimeoutSeconds;
    }

    public String getMaxBomSize() {
        return maxBomSize;
    }

    @DataBoundSetter
    public void setMaxBomSize(String maxBomSize) {
        this.maxBomSize = maxBomSize;
    }
}
