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
 * {@code aibom(descriptorFile: 'aibom.yaml', sign: true, keyCredentialsId: 'aibom-signing-key',
 * passphraseCredentialsId: 'aibom-signing-passphrase', failOn: 'error', unstableOn: 'warning',
 * scanPaths: 'target/app.jar, models', formats: 'default, markdown')}: generates, optionally signs, checks, reports
 * and archives the reports; returns counts per status.
 *
 * <p>The settings of the generate-and-check job, for the Pipeline step and the freestyle build step alike
 * ({@link AibomBuilder} holds one of these): one set of fields, defaults, help texts and one {@link #perform}.
 */
public class AibomStep extends Step implements Serializable, JobExecution.Job {
    private static final long serialVersionUID = 2L;

    // "descriptor" would collide with Describable#getDescriptor()
    private String descriptorFile = "aibom.yaml";
    private String policy;
    private String suppliers;
    private String waivers;
    private boolean sign;
    private String keyCredentialsId;
    private String passphraseCredentialsId;
    private String keyFile;
    private String trustedKeys;
    private String passphraseVariable = "AIBOM_KEY_PASSPHRASE";
    private String outputDirectory = "aibom";
    private String formats;
    private String exportFormats;
    private boolean archiveReports = true;
    private boolean publishReports = true;
    private String failOn;
    private String unstableOn;
    private String scanPaths;
    private boolean declare;
    private String signatory;
    private String signatoryRole;
    private String assessor;
    private String maxBomSize;
    private String registerTimeoutSeconds;
    private boolean requireAiComponents;

    @DataBoundConstructor
    public AibomStep() {
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new JobExecution(context, this);
    }

    /** The job, wherever it was configured: the step's execution and the freestyle builder both end here. */
    @Override
    public Map<String, Object> perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher,
                                TaskListener listener, FlowNode node) throws IOException, InterruptedException {
        return AibomRunner.perform(run, workspace, launcher, listener, Parameters.pipeline(this, env, run),
                Parameters.maxBomSize(maxBomSize, "aibom"), archiveReports, publishReports,
                node);
    }


    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, EnvVars.class,
                    FlowNode.class);
        }

        @Override
        public String getFunctionName() {
            return "aibom";
        }

        @Override
        public String getDisplayName() {
            return "Generate, sign and check the AI-BOM";
        }
    }

    public String getDescriptorFile() {
        return descriptorFile;
    }

    @DataBoundSetter
    public void setDescriptorFile(String descriptorFile) {
        this.descriptorFile = descriptorFile;
    }

    public String getPolicy() {
        return policy;
    }

    @DataBoundSetter
    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public String getSuppliers() {
        return suppliers;
    }

    @DataBoundSetter
    public void setSuppliers(String suppliers) {
        this.suppliers = suppliers;
    }

    public String getWaivers() {
        return waivers;
    }

    @DataBoundSetter
    public void setWaivers(String waivers) {
        this.waivers = waivers;
    }

    public boolean isSign() {
        return sign;
    }

    @DataBoundSetter
    public void setSign(boolean sign) {
        this.sign = sign;
    }

    public String getKeyCredentialsId() {
        return keyCredentialsId;
    }

    @DataBoundSetter
    public void setKeyCredentialsId(String keyCredentialsId) {
        this.keyCredentialsId = keyCredentialsId;
    }

    public String getPassphraseCredentialsId() {
        return passphraseCredentialsId;
    }

    @DataBoundSetter
    public void setPassphraseCredentialsId(String passphraseCredentialsId) {
        this.passphraseCredentialsId = passphraseCredentialsId;
    }

    public String getKeyFile() {
        return keyFile;
    }

    @DataBoundSetter
    public void setKeyFile(String keyFile) {
        this.keyFile = keyFile;
    }

    public String getTrustedKeys() {
        return trustedKeys;
    }

    @DataBoundSetter
    public void setTrustedKeys(String trustedKeys) {
        this.trustedKeys = trustedKeys;
    }

    public String getPassphraseVariable() {
        return passphraseVariable;
    }

    @DataBoundSetter
    public void setPassphraseVariable(String passphraseVariable) {
        this.passphraseVariable = passphraseVariable;
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

    public String getExportFormats() {
        return exportFormats;
    }

    @DataBoundSetter
    public void setExportFormats(String exportFormats) {
        this.exportFormats = exportFormats;
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

    public String getScanPaths() {
        return scanPaths;
    }

    @DataBoundSetter
    public void setScanPaths(String scanPaths) {
        this.scanPaths = scanPaths;
    }

    public boolean isDeclare() {
        return declare;
    }

    @DataBoundSetter
    public void setDeclare(boolean declare) {
        this.declare = declare;
    }

    public String getSignatory() {
        return signatory;
    }

    @DataBoundSetter
    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getSignatoryRole() {
        return signatoryRole;
    }

    @DataBoundSetter
    public void setSignatoryRole(String signatoryRole) {
        this.signatoryRole = signatoryRole;
    }

    public String getAssessor() {
        return assessor;
    }

    @DataBoundSetter
    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public String getRegisterTimeoutSeconds() {
        return registerTimeoutSeconds;
    }

    @DataBoundSetter
    public void setRegisterTimeoutSeconds(String registerTimeoutSeconds) {
        this.registerTimeoutSeconds = registerTimeoutSeconds;
    }

    public boolean isRequireAiComponents() {
        return requireAiComponents;
    }

    @DataBoundSetter
    public void setRequireAiComponents(boolean requireAiComponents) {
        this.requireAiComponents = requireAiComponents;
    }

    public String getMaxBomSize() {
        return maxBomSize;
    }

    @DataBoundSetter
    public void setMaxBomSize(String maxBomSize) {
        this.maxBomSize = maxBomSize;
    }
}
