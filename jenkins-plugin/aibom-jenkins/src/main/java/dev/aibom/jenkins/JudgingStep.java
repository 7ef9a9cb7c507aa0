package dev.aibom.jenkins;

import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundSetter;

import java.util.List;

/**
 * The settings the two steps that judge a BOM share ({@link AibomStep} checks the build's own, {@link AibomVerifyStep}
 * reviews a supplier's): the policy, register, waivers and trusted keys, the reports and where they go, and the
 * limits. One declaration, so that the two cannot drift apart; each step keeps its own help texts for these (they
 * say "build" or "review"). The options every front end offers alike (failOn, unstableOn, ...) come from
 * {@link JudgingStepSettings}, generated at build time from the core's declaration with their help files.
 */
public abstract class JudgingStep extends JudgingStepSettings implements JobExecution.Job {
    private static final long serialVersionUID = 1L;

    private String trustedKeys;
    private String suppliers;
    private String policy;
    private String waivers;
    private String outputDirectory;
    private String formats;
    private boolean archiveReports = true;
    private boolean publishReports = true;
    private String maxBomSize;

    /**
     * No arguments, so that a generated settings base can stand between this and a step
     * ({@code SigningStepSettings}); each step sets its default output folder in its constructor.
     */
    protected JudgingStep() {
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

    public String getMaxBomSize() {
        return maxBomSize;
    }

    @DataBoundSetter
    public void setMaxBomSize(String maxBomSize) {
        this.maxBomSize = maxBomSize;
    }

    /** The descriptor both judging steps share: their forms show the generated options from {@link #getOptionFields}. */
    public abstract static class Descriptor extends StepDescriptor {
        /** The options generated from the core's declaration, in form order (config.jelly loops over them). */
        public List<FormField> getOptionFields() {
            return JudgingStepSettings.FORM;
        }
    }
}
