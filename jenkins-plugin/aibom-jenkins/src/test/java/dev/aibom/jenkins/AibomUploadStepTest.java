package dev.aibom.jenkins;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.aibom.core.TestFiles;
import dev.aibom.core.dt.DependencyTrackTest;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.aibom.core.dt.DependencyTrackTest.KEY;
import static dev.aibom.core.dt.DependencyTrackTest.PROJECT;
import static dev.aibom.core.dt.DependencyTrackTest.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code aibomUpload} and the freestyle uploader against WireMock serving Dependency-Track's shapes. */
class AibomUploadStepTest {
    @TempDir
    Path temp;
    Path workspace;
    WireMockServer server;
    StubJenkins.TestRun run;
    StubJenkins.Listener listener;

    @BeforeEach
    void setUp() throws Exception {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        workspace = Files.createDirectories(temp.resolve("ws"));
        Files.createDirectories(workspace.resolve("aibom"));
        Files.copy(TestFiles.example("supplier-attestation").resolve("meridian-bureau-score.cdx.json"),
                workspace.resolve("aibom/aibom.cdx.json"));
        Files.createDirectories(workspace.resolve("keys"));
        Files.copy(TestFiles.example("supplier-attestation").resolve("keys/meridian.pub.pem"),
                workspace.resolve("keys/meridian.pub.pem"));
        run = new StubJenkins.TestRun();
        listener = new StubJenkins.Listener();
        DependencyTrackTest.accepts(server);
        DependencyTrackTest.processes(server);
        DependencyTrackTest.knowsProject(server);
        DependencyTrackTest.metrics(server);
    }

    @AfterEach
    void stop() {
        server.stop();
        assertThat(listener.text()).doesNotContain(KEY);
    }

    private AibomUploadStep step() {
        AibomUploadStep step = new AibomUploadStep("aibom/aibom.cdx.json");
        step.setUrl("http://127.0.0.1:" + server.port());
        step.setAutoCreate(true);
        step.setParent("Retail Credit");
        step.setSynchronous(true);
        step.setTrustedKeys("keys/meridian.pub.pem");
        return step;
    }

    private StubJenkins.Context start(AibomUploadStep step, EnvVars env) throws Exception {
        StubJenkins.Context context = new StubJenkins.Context(run, workspace, listener, env);
        step.start(context).start();
        return context;
    }

    @Test
    void aWarnViolationMarksTheBuildAndTheStageUnstableAndReturnsTheCounts() throws Exception {
        DependencyTrackTest.violations(server, violation("WARN", "Copyleft", "LICENSE", "bureau-score",
                "LICENSE_GROUP", "Copyleft"), violation("INFO", "Cards", "OPERATIONAL", "bureau-score",
                "COORDINATES", "*"));
        StubJenkins.Context context = start(step(), new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY)));
        assertThat(context.failure).isNull();
        assertThat(context.success).isEqualTo(Map.of("outcome", "UNSTABLE", "token", DependencyTrackTest.TOKEN,
                "project", PROJECT, "info", 1, "warn", 1, "fail", 0));
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(context.node.getAction(org.jenkinsci.plugins.workflow.actions.WarningAction.class).getMessage())
                .isEqualTo("aibomUpload: Dependency-Track: 2 policy violations (0 FAIL, 1 WARN, 1 INFO) in project "
                        + PROJECT + " at http://127.0.0.1:" + server.port() + ": UNSTABLE");
        assertThat(listener.text()).contains("aibom: WARNING Dependency-Track: WARN policy 'Copyleft' (LICENSE) on"
                + " meridian/bureau-score@5.1.0: LICENSE_GROUP MATCHES Copyleft");
        server.verify(putRequestedFor(urlEqualTo("/api/v1/bom")).withHeader("X-Api-Key", equalTo(KEY)));
    }

    @Test
    void aFailViolationFailsTheFreestyleBuildWithTheSummary() {
        DependencyTrackTest.violations(server, violation("FAIL", "No unapproved models", "OPERATIONAL",
                "bureau-score", "COORDINATES", "*"));
        AibomUploadStep settings = new AibomUploadStep("aibom/aibom.cdx.json");
        settings.setUrl("http://127.0.0.1:" + server.port());
        settings.setProjectUuid(PROJECT);
        settings.setSynchronous(true);
        settings.setApiKeyVariable("DT_KEY");
        settings.setTrustedKeys("${KEYS}/meridian.pub.pem");
        AibomUploadBuilder builder = new AibomUploadBuilder(settings);
        assertThatThrownBy(() -> builder.perform(run, new FilePath(workspace.toFile()),
                new EnvVars(Map.of("DT_KEY", KEY, "KEYS", "keys")), null, listener)).isInstanceOf(AbortException.class)
                .hasMessage("aibomUpload: Dependency-Track: 1 policy violation (1 FAIL, 0 WARN, 0 INFO) in"
                        + " project " + PROJECT + " at http://127.0.0.1:" + server.port() + ": FAILED");
        assertThat(new AibomUploadBuilder.DescriptorImpl().isApplicable(null)).isTrue();
    }

    @Test
    void aMissingKeyOrUrlIsAnErrorNamingTheParameterAndServerFaultsAreNotAPass() throws Exception {
        StubJenkins.Context noKey = start(step(), new EnvVars());
        assertThat(noKey.failure).isInstanceOf(AbortException.class).hasMessage("aibomUpload: the Dependency-Track API"
                + " key is not set: set credentialsId to a Secret text credential holding it, or bind one to the"
                + " environment variable AIBOM_DT_API_KEY"
                + " (withCredentials([string(credentialsId: '...', variable: 'AIBOM_DT_API_KEY')]) in a Pipeline,"
                + " 'Use secret text(s) or file(s)' in a freestyle job).");
        AibomUploadStep tooSmall = step();
        tooSmall.setMaxBomSize("2K");
        assertThat(start(tooSmall, new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY))).failure).hasMessageContaining(
                "The limit is set to 2048 bytes (maxBomSize)");
        AibomUploadStep badSize = step();
        badSize.setMaxBomSize("lots");
        assertThat(start(badSize, new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY))).failure).hasMessage("aibomUpload:"
                + " parameter 'maxBomSize': 'lots' is not a size: write e.g. 512M, 2G or 300000000.");
        AibomUploadStep noTrust = step();
        noTrust.setTrustedKeys(" ");
        assertThat(start(noTrust, new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY))).failure).hasMessage("aibomUpload:"
                + " the parameter 'trustedKeys' (or 'caRoots') is required: only a BOM whose signature verifies with a"
                + " key you trust is sent to Dependency-Track.");
        AibomUploadStep noUrl = step();
        noUrl.setUrl(" ");
        assertThat(start(noUrl, new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY))).failure).hasMessage(
                "aibomUpload: parameter 'url': not set: give the base URL of Dependency-Track's API server, such as"
                        + " https://dtrack.example.com.");
        AibomUploadStep noWait = step();
        noWait.setTimeoutSeconds(0);
        assertThat(start(noWait, new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY))).failure).hasMessage(
                "aibomUpload: parameter 'timeoutSeconds': '0' is not a whole number of seconds from 1 to 86400.");
        AibomUploadStep both = step();
        both.setProjectUuid("6a1b9d3e-0f4c-4f2e-9a57-3c1d2b4e5f60");
        both.setProjectName("${SYSTEM}");
        both.setProjectVersion("1.0");
        assertThat(start(both, new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY, "SYSTEM", "credit-risk-scorer")))
                .failure).hasMessage("aibomUpload: parameters 'projectUuid', 'projectName', 'projectVersion': name"
                + " the Dependency-Track project by its UUID or by its name and version, not both.");
        AibomUploadStep blankKey = step();
        blankKey.setApiKeyVariable("DT_KEY");
        assertThat(start(blankKey, new EnvVars(Map.of("DT_KEY", "two words"))).failure).hasMessage(
                "aibomUpload: the environment variable DT_KEY: the Dependency-Track API key is blank or contains"
                        + " spaces or control characters.");

        server.resetAll();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlEqualTo("/api/v1/bom"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)));
        StubJenkins.Context forbidden = start(step(), new EnvVars(Map.of("AIBOM_DT_API_KEY", KEY)));
        assertThat(forbidden.failure).isInstanceOf(AbortException.class).hasMessage("aibomUpload: The"
                + " Dependency-Track API key may not upload BOMs (HTTP 403): its team lacks the BOM_UPLOAD permission."
                + " Give the team BOM_UPLOAD (Administration, Access Management, Teams) and run again.");
        assertThat(listener.text()).doesNotContain("\tat ");
    }
}
