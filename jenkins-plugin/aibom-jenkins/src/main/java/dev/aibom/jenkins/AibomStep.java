package dev.aibom.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * {@code aibom(descriptorFile: 'aibom.yaml', policy: ..., suppliers: ..., waivers: ..., sign: true, keyFile: env.AIBOM_KEY,
 * failOn: 'error', unstableOn: 'warning',
 * scanPaths: 'target/app.jar, models', declare: true, signatory: 'Dana Whitfield', signatoryRole: 'Head of Model Risk')}: generates, optionally signs, checks and reports; returns counts per status.
 */
public class AibomStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    // "descriptor" would collide with Describable#getDescriptor()
    private String descriptorFile = "aibom.yaml";
    private String policy;
    private String suppliers;
    private String waivers;
    private boolean sign;
    private String keyFile;
    private String passphraseVariable = "AIBOM_KEY_PASSPHRASE";
    private String outputDirectory = "aibom";
    private String failOn;
    private String unstableOn;
    private String scanPaths;
    private boolean declare;
    private String signatory;
    private String signatoryRole;
    private String assessor;

    private String maxBomSize;
    @DataBoundConstructor
    public AibomStep() {
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, this);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final AibomStep step;

        Execution(StepContext context, AibomStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            EnvVars env = context.get(EnvVars.class);
            return AibomRunner.perform(context.get(Run.class), context.get(FilePath.class),
                    context.get(TaskListener.class), Parameters.pipeline(step.descriptorFile, step.policy, step.suppliers,
                            step.waivers, step.sign, step.keyFile, step.passphraseVariable, step.outputDirectory,
                            step.failOn, step.unstableOn, step.scanPaths, env == null ? Map.of() : env)
                            .withDeclare(Parameters.declare(step.declare, step.signatory, step.signatoryRole,
                                    step.assessor)),
                    Parameters.maxBomSize(step.maxBomSize, "aibom"), context.get(FlowNode.class));
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, EnvVars.class, FlowNode.class);
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

    public String getOutputDirectory() {
        return outputDirectory;
    }

    @DataBoundSetter
    public void setOutputDirectory(String outputDirectory) {
        this.outputDirectory = outputDirectory;
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

    public String getMaxBomSize() {
        return maxBomSize;
    }

    @DataBoundSetter
    public void setMaxBomSize(String maxBomSize) {
        this.maxBomSize = maxBomSize;
    }
}
