package dev.aibom.jenkins;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step of {@link AibomVerifyStep}: the same settings and the same {@link AibomVerifyStep#perform}.
 * Its form shows the step's fields ({@code <f:property field="settings"/>}), with the step's help texts: one set of
 * fields, defaults and help for both.
 */
public class AibomVerifyBuilder extends StepBuilder {
    private final AibomVerifyStep settings;

    @DataBoundConstructor
    public AibomVerifyBuilder(AibomVerifyStep settings) {
        this.settings = settings;
    }

    /** The settings, shared with the Pipeline step {@link AibomVerifyStep}. */
    public AibomVerifyStep getSettings() {
        return settings;
    }

    @Override
    JobExecution.Job job() {
        return settings;
    }

    @Override
    String symbol() {
        return "aibomVerifyBuilder";
    }

    @Extension
    @Symbol("aibomVerifyBuilder")
    public static final class DescriptorImpl extends StepBuilder.Descriptor {
        @Override
        public String getDisplayName() {
            return "Verify and review an AI-BOM made by someone else";
        }
    }
}
