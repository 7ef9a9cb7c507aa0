package dev.aibom.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code aibomUpload(bom: 'aibom/aibom.cdx.json', url: 'https://dtrack.example.com', credentialsId: 'dependency-track',
 * trustedKeys: 'keys/aibom-signing.pub.pem', autoCreate: true, parent: 'Retail Credit', synchronous: true)}:
 * uploads the signed AI-BOM to Dependency-Track and, synchronous, gates on the project's policy violations there;
 * returns the outcome, the token, the project and the counts per state.
 *
 * <p>The settings of the upload job, for the Pipeline step and the freestyle build step alike
 * ({@link AibomUploadBuilder} holds one of these). Where the BOM goes and how the upload gates (url, project,
 * synchronous, timeoutSeconds, ...) are the options every front end offers alike, from
 * {@link DependencyTrackStepSettings}, generated at build time from the core's declaration with their help files.
 */
public class AibomUploadStep extends DependencyTrackStepSettings implements JobExecution.Job {
    private static final long serialVersionUID = 3L;

    private final String bom;
    private String credentialsId;
    private String apiKeyVariable = "AIBOM_DT_API_KEY";
    private String trustedKeys;
    private String caRoots;
    private String maxBomSize;

    @DataBoundConstructor
    public AibomUploadStep(String bom) {
        this.bom = bom;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new JobExecution(context, this);
    }

    /** The upload, wherever it was configured. */
    @Override
    public Map<String, Object> perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher,
                                       TaskListener listener, FlowNode node) throws IOException, InterruptedException {
        return AibomRunner.upload(run, workspace, listener, Parameters.upload(this, env, run),
                Parameters.maxBomSize(maxBomSize, "aibomUpload"), "aibomUpload", node);
    }


    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, FlowNode.class);
        }

        @Override
        public String getFunctionName() {
            return "aibomUpload";
        }

        @Override
        public String getDisplayName() {
            return "Upload the signed AI-BOM to Dependency-Track";
        }

        /** The options generated from the core's declaration, in form order (config.jelly loops over them). */
        public List<FormField> getOptionFields() {
            return DependencyTrackStepSettings.FORM;
        }
    }

    public String getBom() {
        return bom;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    public String getApiKeyVariable() {
        return apiKeyVariable;
    }

    @DataBoundSetter
    public void setApiKeyVariable(String apiKeyVariable) {
        this.apiKeyVariable = apiKeyVariable;
    }

    public String getTrustedKeys() {
        return trustedKeys;
    }

    @DataBoundSetter
    public void setTrustedKeys(String trustedKeys) {
        this.trustedKeys = trustedKeys;
    }

    public String getCaRoots() {
        return caRoots;
    }

    @DataBoundSetter
    public void setCaRoots(String caRoots) {
        this.caRoots = caRoots;
    }

    public String getMaxBomSize() {
        return maxBomSize;
    }

    @DataBoundSetter
    public void setMaxBomSize(String maxBomSize) {
        this.maxBomSize = maxBomSize;
    }
}
