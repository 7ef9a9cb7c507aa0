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
import org.kohsuke.stapler.DataBoundSetter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code aibom(descriptorFile: 'aibom.yaml', sign: true, keyCredentialsId: 'aibom-signing-key',
 * passphraseCredentialsId: 'aibom-signing-passphrase', failOn: 'error', unstableOn: 'warning',
 * scanPaths: 'target/app.jar, models', formats: 'default, markdown')}: generates, optionally signs, checks, reports
 * and archives the reports; returns counts per status.
 *
 * <p>The settings of the generate-and-check job, for the Pipeline step and the freestyle build step alike
 * ({@link AibomBuilder} holds one of these): one set of fields, defaults, help texts and one {@link #perform}. How
 * it signs ({@code algorithm}, {@code signers}) and how it judges ({@code failOn}, ...) are the options every front end
 * offers alike, from the generated {@link SigningStepSettings} and {@link JudgingStepSettings}; so is who declares
 * ({@link DeclaringStepSettings}) and how the BOM is generated ({@link GeneratingStepSettings}).
 */
public class AibomStep extends GeneratingStepSettings {
    private static final long serialVersionUID = 2L;

    // "descriptor" would collide with Describable#getDescriptor()
    private String descriptorFile = "aibom.yaml";
    private boolean sign;
    private String keyCredentialsId;
    private String passphraseCredentialsId;
    private String keyFile;
    private String passphraseVariable = "AIBOM_KEY_PASSPHRASE";
    private String exportFormats;
    private String scanPaths;
    private boolean declare;

    @DataBoundConstructor
    public AibomStep() {
        setOutputDirectory("aibom");
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
                Parameters.maxBomSize(getMaxBomSize(), "aibom"), isArchiveReports(), isPublishReports(),
                node);
    }

    @Extension
    public static final class DescriptorImpl extends JudgingStep.Descriptor {
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

        /** How to sign (algorithm, signers), generated from the core's declaration; config.jelly shows them. */
        public List<FormField> getSigningFields() {
            return SigningStepSettings.FORM;
        }

        /** How to generate (sha512, hashThreads, hubUrl, offline, specVersion), generated likewise. */
        public List<FormField> getGeneratingFields() {
            return GeneratingStepSettings.FORM;
        }

        /** Who declares (signatory, signatoryRole, assessor, affirmation), generated likewise. */
        public List<FormField> getDeclaringFields() {
            return DeclaringStepSettings.FORM;
        }
    }

    public String getDescriptorFile() {
        return descriptorFile;
    }

    @DataBoundSetter
    public void setDescriptorFile(String descriptorFile) {
        this.descriptorFile = descriptorFile;
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

    public String getPassphraseVariable() {
        return passphraseVariable;
    }

    @DataBoundSetter
    public void setPassphraseVariable(String passphraseVariable) {
        this.passphraseVariable = passphraseVariable;
    }

    public String getExportFormats() {
        return exportFormats;
    }

    @DataBoundSetter
    public void setExportFormats(String exportFormats) {
        this.exportFormats = exportFormats;
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

}
