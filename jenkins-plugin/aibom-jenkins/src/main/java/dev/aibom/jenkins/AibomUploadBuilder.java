package dev.aibom.jenkins;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step of {@link AibomUploadStep}: the same settings and the same {@link AibomUploadStep#perform}.
 * Its form shows the step's fields ({@code <f:property field="settings"/>}), with the step's help texts: one set of
 * fields, defaults and help for both.
 */
public class AibomUploadBuilder extends StepBuilder {
    private final AibomUploadStep settings;

    @DataBoundConstructor
    public AibomUploadBuilder(AibomUploadStep settings) {
        this.settings = settings;
    }

    /** The settings, shared with the Pipeline step {@link AibomUploadStep}. */
    public AibomUploadStep getSettings() {
        return settings;
    }

    @Override
    JobExecution.Job job() {
        return settings;
    }

    @Override
    String symbol() {
        return "aibomUploadBuilder";
    }

    @Extension
    @Symbol("aibomUploadBuilder")
    public static final class DescriptorImpl extends StepBuilder.Descriptor {
        @Override
        public String getDisplayName() {
            return "Upload the signed AI-BOM to Dependency-Track";
        }
    }
}
