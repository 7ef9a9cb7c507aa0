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
import org.kohsuke.stapler.DataBoundSetter;

import java.io.IOException;

/** The freestyle build step: the same fields and the same {@link AibomRunner#perform} as the Pipeline step. */
public class AibomBuilder extends Builder implements SimpleBuildStep {
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
    public AibomBuilder() {
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        AibomRunner.perform(run, workspace, listener, Parameters.pipeline(descriptorFile, policy, suppliers, waivers, sign,
                env.expand(keyFile), passphraseVariable, outputDirectory, failOn, unstableOn, env.expand(scanPaths), env)
                .withDeclare(Parameters.declare(declare, signatory, signatoryRole, assessor)),
                Parameters.maxBomSize(maxBomSize, "aibom"), null);
    }

    @Extension
    @Symbol("aibomBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
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
