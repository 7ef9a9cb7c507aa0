package dev.aibom.jenkins;

import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

import java.io.Serializable;

/**
 * The settings the two steps that judge a BOM share ({@link AibomStep} checks the build's own, {@link AibomVerifyStep}
 * reviews a supplier's): the policy, register, waivers and trusted keys, the reports and where they go, the levels
 * that fail the build or make it unstable, and the limits. One declaration, so that the two cannot drift apart; each
 * step keeps its own help texts (they say "build" or "review").
 */
public abstract class JudgingStep extends Step implements Serializable, JobExecution.Job {
    private static final long serialVersionUID = 1L;

    private String trustedKeys;
    private String suppliers;
    private String policy;
    private String waivers;
    private String outputDirectory;
    private String formats;
    private boolean archiveReports = true;
    private boolean publishReports = true;
    private String failOn;
    private String unstableOn;
    private boolean requireAiComponents;
    private String maxBomSize;
    private String registerTimeoutSeconds;

    /** @param outputDirectory where the reports go by default, relative to the workspace */
    protected JudgingStep(String outputDirectory) {
        this.outputDirectory = outputDirectory;
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

    /** Report formats, comma-separated ({@code html, json, junit, markdown, sarif, all, default}). */
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

    public String getMaxBomSize() {
        return maxBomSize;
    }

    @DataBoundSetter
    public void setMaxBomSize(String maxBomSize) {
        this.maxBomSize = maxBomSize;
    }

    public String getRegisterTimeoutSeconds() {
        return registerTimeoutSeconds;
    }

    @DataBoundSetter
    public void setRegisterTimeoutSeconds(String registerTimeoutSeconds) {
        this.registerTimeoutSeconds = registerTimeoutSeconds;
    }
}
