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
 * {@code aibomUpload(bom: 'aibom/aibom.cdx.json', url: 'https://dtrack.example.com', credentialsId: 'dependency-track',
 * trustedKeys: 'keys/aibom-signing.pub.pem', autoCreate: true, parent: 'Retail Credit', synchronous: true)}:
 * uploads the signed AI-BOM to Dependency-Track and, synchronous, gates on the project's policy violations there;
 * returns the outcome, the token, the project and the counts per state.
 *
 * <p>The settings of the upload job, for the Pipeline step and the freestyle build step alike
 * ({@link AibomUploadBuilder} holds one of these).
 */
public class AibomUploadStep extends Step implements Serializable, JobExecution.Job {
    private static final long serialVersionUID = 2L;

    private final String bom;
    private String url;
    private String credentialsId;
    private String apiKeyVariable = "AIBOM_DT_API_KEY";
    private String projectUuid;
    private String projectName;
    private String projectVersion;
    private boolean autoCreate;
    private String parent;
    private boolean synchronous;
    private int timeoutSeconds = 300;
    private boolean allowPlainHttp;
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
    }

    public String getBom() {
        return bom;
    }

    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        this.url = url;
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

    public String getProjectUuid() {
        return projectUuid;
    }

    @DataBoundSetter
    public void setProjectUuid(String projectUuid) {
        this.projectUuid = projectUuid;
    }

    public String getProjectName() {
        return projectName;
    }

    @DataBoundSetter
    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getProjectVersion() {
        return projectVersion;
    }

    @DataBoundSetter
    public void setProjectVersion(String projectVersion) {
        this.projectVersion = projectVersion;
    }

    public boolean isAutoCreate() {
        return autoCreate;
    }

    @DataBoundSetter
    public void setAutoCreate(boolean autoCreate) {
        this.autoCreate = autoCreate;
    }

    public String getParent() {
        return parent;
    }

    @DataBoundSetter
    public void setParent(String parent) {
        this.parent = parent;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    @DataBoundSetter
    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    @DataBoundSetter
    public void setTimeoutSeconds(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    @DataBoundSetter
    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
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
