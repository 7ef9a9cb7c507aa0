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

/**
 * The freestyle build step for Dependency-Track: the same fields and the same {@link AibomRunner#upload} as the
 * {@code aibomUpload} Pipeline step. Bind the API key with the Credentials Binding wrapper.
 */
public class AibomUploadBuilder extends Builder implements SimpleBuildStep {
    private String bom = "aibom/aibom.cdx.json";
    private String url;
    private String apiKeyVariable = "AIBOM_DT_API_KEY";
    private String projectUuid;
    private String projectName;
    private String projectVersion;
    private boolean autoCreate;
    private String parent;
    private boolean synchronous;
    private int timeoutSeconds = 300;
    private boolean allowPlainHttp;

    private String maxBomSize;
    private String trustedKeys;
    private String caRoots;

    @DataBoundConstructor
    public AibomUploadBuilder() {
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        AibomRunner.upload(run, workspace, listener, Parameters.upload("aibomUploadBuilder", env.expand(bom),
                env.expand(url), apiKeyVariable, env.expand(projectUuid), env.expand(projectName),
                env.expand(projectVersion), autoCreate, env.expand(parent), synchronous, timeoutSeconds,
                allowPlainHttp, env.expand(trustedKeys), env.expand(caRoots), env), Parameters.maxBomSize(maxBomSize, "aibomUploadBuilder"), "aibomUploadBuilder",
                null);
    }

    @Extension
    @Symbol("aibomUploadBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Upload the signed AI-BOM to Dependency-Track";
        }
    }

    public String getBom() {
        return bom;
    }

    @DataBoundSetter
    public void setBom(String bom) {
        this.bom = bom;
    }

    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        this.url = url;
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

    public String getMaxBomSize() {
        return maxBomSize;
    }

    @DataBoundSetter
    public void setMaxBomSize(String maxBomSize) {
        this.maxBomSize = maxBomSize;
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
}
