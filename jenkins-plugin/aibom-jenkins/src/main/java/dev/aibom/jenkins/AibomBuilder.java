package dev.aibom.jenkins;

import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step of {@link AibomStep}: the same settings and the same {@link AibomStep#perform}.
 * Its form shows the step's fields ({@code <f:property field="settings"/>}), with the step's help texts: one set of
 * fields, defaults and help for both.
 */
public class AibomBuilder extends StepBuilder {
    private final AibomStep settings;

    @DataBoundConstructor
    public AibomBuilder(AibomStep settings) {
        this.settings = settings;
    }

    /** The settings, shared with the Pipeline step {@link AibomStep}. */
    public AibomStep getSettings() {
        return settings;
    }

    @Override
    JobExecution.Job job() {
        return settings;
    }

    @Override
    String symbol() {
        return "aibomBuilder";
    }

    @Extension
    @Symbol("aibomBuilder")
    public static final class DescriptorImpl extends StepBuilder.Descriptor {
        @Override
        public String getDisplayName() {
            return "Generate, sign and check the AI-BOM";
        }
    }
}
