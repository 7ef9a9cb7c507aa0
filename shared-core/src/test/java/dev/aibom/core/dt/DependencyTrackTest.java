package dev.aibom.core.dt;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.UploadJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upload and the synchronous gate against WireMock serving Dependency-Track 4.14.3's request and response shapes
 * ({@code BomResource}, {@code EventResource}, {@code ProjectResource}, {@code PolicyViolationResource},
 * {@code MetricsResource}), and every fault the issue names.
 */
public class DependencyTrackTest {
    public static final String KEY = "odt_SECRET_api_key_never_logged_4711";
    public static final String TOKEN = "3f2a6c1e-8b7d-4e5f-9a0b-1c2d3e4f5a6b";
    public static final String PROJECT = "6a1b9d3e-0f4c-4f2e-9a57-3c1d2b4e5f60";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    WireMockServer server;
    Path bom;
    final List<String> lines = new ArrayList<>();
    final Log log = Log.of(lines::add, w -> lines.add("WARN " + w), e -> lines.add("ERROR " + e));

    @BeforeEach
    void start() throws Exception {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        bom = Files.copy(TestFiles.example("supplier-attestation").resolve("meridian-bureau-score.cdx.json"),
                temp.resolve("meridian-bureau-score.cdx.json"));
    }

    @AfterEach
    void stop() {
        server.stop();
        assertThat(String.join("\n", lines)).doesNotContain(KEY);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    DependencyTrackOptions options(Duration timeout) {
        return new DependencyTrackOptions(url(), KEY, false, timeout, Duration.ofMillis(50), Duration.ofSeconds(3));
    }

    /** Meridian's public key: the example BOM is signed with its private half. */
    public static Trust trust() {
        return Trust.keys(List.of(TestFiles.example("supplier-attestation").resolve("keys/meridian.pub.pem")));
    }

    static ProjectTarget byName(boolean autoCreate) {
        return new ProjectTarget(null, "meridian-bureau-score", "5.1.0", autoCreate, "Retail Credit@2026");
    }

    UploadJob.Result upload(ProjectTarget target, boolean synchronous) throws AibomException {
        return UploadJob.run(new UploadJob.Request(bom, target, options(Duration.ofSeconds(5)), trust(), synchronous, ReadLimits.DEFAULT), log);
    }

    // --- the shapes Dependency-Track 4.14.3 answers with ---

    /** {@code BomUploadResponse}. */
    public static void accepts(WireMockServer server) {
        server.stubFor(put(urlEqualTo("/api/v1/bom")).withHeader("X-Api-Key", equalTo(KEY))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"token\":\"" + TOKEN + "\"}")));
    }

    /** {@code IsTokenBeingProcessedResponse}: processing, then done. */
    public static void processes(WireMockServer server) {
        server.stubFor(get(urlEqualTo("/api/v1/event/token/" + TOKEN)).inScenario("processing")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("done")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"processing\":true}")));
        server.stubFor(get(urlEqualTo("/api/v1/event/token/" + TOKEN)).inScenario("processing")
                .whenScenarioStateIs("done")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"processing\":false}")));
    }

    /** {@code Project} as {@code GET /api/v1/project/lookup} returns it. */
    public static void knowsProject(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo("/api/v1/project/lookup")).withQueryParam("name",
                        equalTo("meridian-bureau-score")).withQueryParam("version", equalTo("5.1.0"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"name":"meridian-bureau-score","version":"5.1.0","classifier":"APPLICATION",
                         "uuid":"%s","active":true,"isLatest":false,
                         "parent":{"name":"Retail Credit","version":"2026","uuid":"0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"},
                         "lastBomImport":1795737600000,"lastBomImportFormat":"CycloneDX 1.6"}
                        """.formatted(PROJECT))));
    }

    /** A {@code PolicyViolation} as {@code GET /api/v1/violation/project/{uuid}} returns it. */
    public static String violation(String state, String policy, String type, String component, String subject,
                                   String value) {
        return """
                {"type":"%s","timestamp":1795737600000,"uuid":"%s",
                 "component":{"uuid":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","group":"meridian","name":"%s",
                              "version":"5.1.0","classifier":"MACHINE_LEARNING_MODEL"},
                 "policyCondition":{"uuid":"5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b","operator":"MATCHES",
                                    "subject":"%s","value":"%s",
                                    "policy":{"uuid":"7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d","name":"%s",
                                              "operator":"ANY","violationState":"%s","includeChildren":false,
                                              "onlyLatestProjectVersion":false}},
                 "analysis":{"analysisState":"NOT_SET","isSuppressed":false}}
                """.formatted(type, java.util.UUID.nameUUIDFromBytes((policy + component).getBytes()), component,
                subject, value, policy, state);
    }

    /** The project's violations, and metrics that count the same (as Dependency-Track's own do). */
    public static void violations(WireMockServer server, String... violations) {
        server.stubFor(get(urlEqualTo("/api/v1/violation/project/" + PROJECT)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Total-Count", String.valueOf(violations.length))
                .withBody("[" + String.join(",", violations) + "]")));
        int[] counts = new int[3];
        for (String violation : violations) {
            for (int i = 0; i < 3; i++) {
                if (violation.contains("\"violationState\":\"" + new String[]{"FAIL", "WARN", "INFO"}[i] + "\"")) {
                    counts[i]++;
                }
            }
        }
        metrics(server, counts[0], counts[1], counts[2]);
    }

    /** {@code ProjectMetrics} counting one violation of each state. */
    public static void metrics(WireMockServer server) {
        metrics(server, 1, 1, 1);
    }

    /** {@code ProjectMetrics}. */
    public static void metrics(WireMockServer server, int fail, int warn, int info) {
        server.stubFor(get(urlEqualTo("/api/v1/metrics/project/" + PROJECT + "/current")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"critical":0,"high":1,"medium":2,"low":0,"unassigned":0,"vulnerabilities":3,
                         "vulnerableComponents":1,"components":4,"suppressed":0,"findingsTotal":3,
                         "findingsAudited":0,"findingsUnaudited":3,"inheritedRiskScore":14.0,
                         "policyViolationsFail":%d,"policyViolationsWarn":%d,"policyViolationsInfo":%d,
                         "policyViolationsTotal":%d,"firstOccurrence":1795737600000,"lastOccurrence":1795737600000}
                        """.formatted(fail, warn, info, fail + warn + info))));
    }

    // --- the tests ---

    @Test
    void theSynchronousGateFailsOnFailViolationsAndListsTheOthers() throws Exception {
        accepts(server);
        processes(server);
        knowsProject(server);
        violations(server,
                violation("INFO", "Model cards reviewed", "OPERATIONAL", "bureau-score", "COORDINATES", "*"),
                violation("FAIL", "No unapproved models", "OPERATIONAL", "bureau-score", "COORDINATES",
                        "{\\\"name\\\":\\\"bureau-score\\\"}"),
                violation("WARN", "Copyleft", "LICENSE", "bureau-score", "LICENSE_GROUP", "Copyleft"));
        metrics(server);

        UploadJob.Result result = upload(byName(true), true);

        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(result.projectUuid()).isEqualTo(PROJECT);
        assertThat(result.token()).isEqualTo(TOKEN);
        assertThat(result.violations()).extracting(Violation::state).containsExactly(ViolationState.FAIL,
                ViolationState.WARN, ViolationState.INFO);
        assertThat(result.currentMetrics()).map(ProjectMetrics::vulnerabilities).contains(3);
        assertThat(lines).containsExactly(
                "Dependency-Track: uploading meridian-bureau-score.cdx.json (" + Files.size(bom) + " bytes, signed)"
                        + " to " + url() + ", project 'meridian-bureau-score' version '5.1.0' (created if missing),"
                        + " parent 'Retail Credit@2026'",
                "Dependency-Track: accepted, processing token " + TOKEN,
                "Dependency-Track: processed after 0 s",
                "Dependency-Track: project " + PROJECT + ": 4 components, 3 vulnerabilities (0 critical, 1 high, 2"
                        + " medium, 0 low), inherited risk score 14",
                "ERROR Dependency-Track: FAIL policy 'No unapproved models' (OPERATIONAL) on"
                        + " meridian/bureau-score@5.1.0: COORDINATES MATCHES {\"name\":\"bureau-score\"}",
                "WARN Dependency-Track: WARN policy 'Copyleft' (LICENSE) on meridian/bureau-score@5.1.0:"
                        + " LICENSE_GROUP MATCHES Copyleft",
                "Dependency-Track: INFO policy 'Model cards reviewed' (OPERATIONAL) on meridian/bureau-score@5.1.0:"
                        + " COORDINATES MATCHES *",
                "ERROR Dependency-Track: 3 policy violations (1 FAIL, 1 WARN, 1 INFO) in project " + PROJECT + " at "
                        + url() + ": FAILED");

        // the request is BomSubmitRequest: the signed file's bytes, base64, with the project and its parent
        LoggedRequest sent = server.findAll(putRequestedFor(urlEqualTo("/api/v1/bom"))).get(0);
        assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");
        JsonNode body = JSON.readTree(sent.getBodyAsString());
        assertThat(body.get("projectName").asText()).isEqualTo("meridian-bureau-score");
        assertThat(body.get("projectVersion").asText()).isEqualTo("5.1.0");
        assertThat(body.get("autoCreate").asBoolean()).isTrue();
        assertThat(body.get("parentName").asText()).isEqualTo("Retail Credit");
        assertThat(body.get("parentVersion").asText()).isEqualTo("2026");
        assertThat(body.has("project")).isFalse();
        assertThat(Base64.getDecoder().decode(body.get("bom").asText())).isEqualTo(Files.readAllBytes(bom));
        server.verify(getRequestedFor(urlEqualTo("/api/v1/violation/project/" + PROJECT))
                .withHeader("X-Api-Key", equalTo(KEY)));
    }

    @Test
    void warnViolationsAloneMakeItUnstableAndNoneLetItPass() throws Exception {
        accepts(server);
        processes(server);
        violations(server, violation("WARN", "Copyleft", "LICENSE", "bureau-score", "LICENSE_GROUP", "Copyleft"));
        server.stubFor(get(urlEqualTo("/api/v1/metrics/project/" + PROJECT + "/current"))
                .willReturn(aResponse().withStatus(204)));
        ProjectTarget byUuid = new ProjectTarget(PROJECT, null, null, false, null);
        UploadJob.Result unstable = upload(byUuid, true);
        assertThat(unstable.outcome()).isEqualTo(EvaluationResult.Outcome.UNSTABLE);
        assertThat(lines).contains("Dependency-Track: project " + PROJECT + ": no metrics computed yet (the violation"
                        + " list is not cross-checked)",
                "WARN Dependency-Track: 1 policy violation (0 FAIL, 1 WARN, 0 INFO) in project " + PROJECT + " at "
                        + url() + ": UNSTABLE");
        JsonNode body = JSON.readTree(server.findAll(putRequestedFor(urlEqualTo("/api/v1/bom"))).get(0)
                .getBodyAsString());
        assertThat(body.get("project").asText()).isEqualTo(PROJECT);
        assertThat(body.has("projectName")).isFalse();
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/project/lookup")));

        server.resetScenarios();
        violations(server);
        lines.clear();
        UploadJob.Result clean = upload(byUuid, true);
        assertThat(clean.outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
        assertThat(lines).last().isEqualTo("Dependency-Track: no policy violations in project " + PROJECT + " at "
                + url() + ": passed");
    }

    @Test
    void withoutSynchronousItUploadsAndSaysThePoliciesAreNotPartOfTheVerdict() throws Exception {
        accepts(server);
        UploadJob.Result result = upload(new ProjectTarget(null, null, null, false, null), false);
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
        assertThat(result.synchronous()).isFalse();
        assertThat(lines.get(0)).isEqualTo("Dependency-Track: project not set: using the system's name and version,"
                + " 'meridian-bureau-score' version '5.1.0'");
        assertThat(lines).last().isEqualTo("Dependency-Track: uploaded to " + url() + " (project"
                + " 'meridian-bureau-score' version '5.1.0'); not waiting for its processing (synchronous is off), so"
                + " its policies are not part of this verdict");
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/event/token/" + TOKEN)));
    }

    private void answersUpload(int status, String contentType, String body) {
        server.stubFor(put(urlEqualTo("/api/v1/bom")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    @Test
    void aMissingProjectWithoutAutoCreateSaysHowToFixIt() {
        answersUpload(404, "text/plain", "The project could not be found.");
        assertThatThrownBy(() -> upload(byName(false), true)).isInstanceOf(AibomException.class).hasMessage(
                "Dependency-Track at " + url() + " has no project 'meridian-bureau-score' version '5.1.0', and"
                        + " autoCreate is off: create the project in Dependency-Track, or turn on autoCreate (the API"
                        + " key then needs PROJECT_CREATION_UPLOAD).");
        answersUpload(404, "text/plain", "The parent component could not be found.");
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("The parent project 'Retail Credit@2026'"
                + " does not exist in Dependency-Track at " + url() + ": create it first (a parent project per"
                + " business unit), or correct the name.");
    }

    @Test
    void aBadOrUnderPrivilegedKeyNamesTheMissingPermission() {
        answersUpload(401, "text/plain", "");
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("Dependency-Track at " + url() + " does not"
                + " accept the API key (HTTP 401): check the key (Administration, Access Management, Teams, API Keys"
                + " in Dependency-Track) and where the build takes it from.");
        answersUpload(401, "text/plain", "The principal does not have permission to create project.");
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("The Dependency-Track API key may not create"
                + " projects, and project 'meridian-bureau-score' version '5.1.0' does not exist: give the key's team"
                + " the PROJECT_CREATION_UPLOAD permission, or create the project in Dependency-Track.");
        answersUpload(403, "text/plain", ""); // Alpine's AuthorizationFilter: 403, no body
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("The Dependency-Track API key may not upload"
                + " BOMs (HTTP 403): its team lacks the BOM_UPLOAD permission. Give the team BOM_UPLOAD"
                + " (Administration, Access Management, Teams) and run again.");
        answersUpload(403, "text/plain", "Access to the specified project is forbidden");
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("The Dependency-Track API key's team may not"
                + " access project 'meridian-bureau-score' version '5.1.0' (HTTP 403, portfolio access control):"
                + " grant the team access to the project in Dependency-Track.");

        accepts(server);
        processes(server);
        server.stubFor(get(urlEqualTo("/api/v1/violation/project/" + PROJECT)).willReturn(aResponse()
                .withStatus(403)));
        assertThatThrownBy(() -> upload(new ProjectTarget(PROJECT, null, null, false, null), true)).hasMessage(
                "The Dependency-Track API key may not read the project's policy violations (HTTP 403): its team"
                        + " lacks the VIEW_POLICY_VIOLATION permission. Give the team VIEW_POLICY_VIOLATION"
                        + " (Administration, Access Management, Teams) and run again.");
        server.resetScenarios();
        server.stubFor(get(urlPathEqualTo("/api/v1/project/lookup")).willReturn(aResponse().withStatus(403)));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("The Dependency-Track API key may not look"
                + " the project up (HTTP 403): its team lacks the VIEW_PORTFOLIO permission. Give the team"
                + " VIEW_PORTFOLIO (Administration, Access Management, Teams) and run again.");
    }

    @Test
    void anInvalidBomAndATooLargeOneAreReportedAsDependencyTrackSaysThem() {
        answersUpload(400, "application/problem+json", """
                {"type":"about:blank","status":400,"title":"The uploaded BOM is invalid",
                 "detail":"Schema validation failed","errors":["$.components[0].type: does not have a value in the enumeration"]}
                """);
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("Dependency-Track at " + url() + " rejected"
                + " the BOM (HTTP 400): The uploaded BOM is invalid: Schema validation failed ($.components[0].type:"
                + " does not have a value in the enumeration). Check the BOM with aibom validate.");
        answersUpload(413, "text/html", "<html><body>413 Request Entity Too Large</body></html>");
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessageStartingWith("Dependency-Track at " + url()
                + ", or a proxy in front of it, refused the BOM as too large (HTTP 413; ").hasMessageEndingWith(
                " bytes sent): raise the request size limit of the server or proxy (e.g. nginx"
                        + " client_max_body_size).");
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimes() throws Exception {
        server.stubFor(put(urlEqualTo("/api/v1/bom")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("better").willReturn(aResponse().withStatus(503)));
        server.stubFor(put(urlEqualTo("/api/v1/bom")).inScenario("flaky").whenScenarioStateIs("better")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"token\":\"" + TOKEN + "\"}")));
        assertThat(upload(byName(true), false).token()).isEqualTo(TOKEN);

        answersUpload(500, "text/plain", "java.lang.NullPointerException");
        assertThatThrownBy(() -> upload(byName(true), false)).hasMessage("The Dependency-Track API at " + url()
                + "/api/v1/bom answered HTTP 500 3 times. Try again later.");
        server.verify(1 + 3 + 1, putRequestedFor(urlEqualTo("/api/v1/bom")));
    }

    @Test
    void aServerThatDoesNotAnswerInTimeOrDropsTheConnectionFailsTheGate() {
        server.stubFor(put(urlEqualTo("/api/v1/bom")).willReturn(aResponse().withFixedDelay(5000)
                .withBody("{\"token\":\"" + TOKEN + "\"}")));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("The Dependency-Track API at " + url()
                + "/api/v1/bom did not answer completely within 3 s. Check the URL and the network.");
        server.stubFor(put(urlEqualTo("/api/v1/bom")).willReturn(aResponse().withFault(
                Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessageStartingWith("The Dependency-Track API at "
                + url() + "/api/v1/bom cannot be reached: ");
    }

    @Test
    void aProcessingTokenThatNeverFinishesIsATimeoutNotAPass() {
        accepts(server);
        server.stubFor(get(urlEqualTo("/api/v1/event/token/" + TOKEN)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"processing\":true}")));
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(bom, byName(true),
                options(Duration.ofSeconds(1)), trust(), true, ReadLimits.DEFAULT), log)).hasMessage("Dependency-Track at " + url() + " was still"
                + " processing the BOM after 1 s (token " + TOKEN + "): the gate cannot pass without its verdict."
                + " Raise timeoutSeconds, or look at the project in Dependency-Track.");
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/api/v1/event/token/" + TOKEN))).size())
                .isBetween(5, 25);
    }

    @Test
    void malformedAnswersAreErrorsNotPasses() {
        accepts(server);
        server.stubFor(get(urlEqualTo("/api/v1/event/token/" + TOKEN)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"processing\":")));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("Dependency-Track at " + url() + " answered"
                + " HTTP 200 with something other than the processing status as its API documents it"
                + " ('{\"processing\":'): check that the URL is the base URL of Dependency-Track's API server (4.12"
                + " or later), not of its front end or a proxy's error page.");

        server.resetAll();
        server.stubFor(put(urlEqualTo("/api/v1/bom")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<!doctype html><title>Dependency-Track</title>")));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessageContaining("with something other than the"
                + " upload's processing token");

        server.resetAll();
        accepts(server);
        processes(server);
        knowsProject(server);
        metrics(server);
        violations(server, violation("BLOCK", "Odd", "OPERATIONAL", "bureau-score", "COORDINATES", "*"));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("Dependency-Track at " + url() + " sent a"
                + " policy violation whose state is 'BLOCK' (not FAIL, WARN or INFO): the gate cannot judge it. Check"
                + " the policy 'Odd' in Dependency-Track.");

        server.resetScenarios();
        server.stubFor(get(urlEqualTo("/api/v1/violation/project/" + PROJECT)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("X-Total-Count", "120")
                .withBody("[" + violation("INFO", "Cards", "OPERATIONAL", "bureau-score", "COORDINATES", "*") + "]")));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("Dependency-Track at " + url() + " reports"
                + " 120 policy violations for project " + PROJECT + " but sent 1: the gate cannot judge a partial"
                + " list. Check the server (and any proxy) and try again.");
    }

    @Test
    void onlyASignedBomThatVerifiesIsSent() throws Exception {
        accepts(server);
        ObjectNode tree = (ObjectNode) JSON.readTree(bom.toFile());
        tree.remove("signature");
        Path unsigned = Files.write(temp.resolve("unsigned.cdx.json"), JSON.writeValueAsBytes(tree));
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(unsigned, byName(true),
                options(Duration.ofSeconds(5)), trust(), false, ReadLimits.DEFAULT), log)).hasMessage(unsigned + " is not signed: sign it before"
                + " the upload (generate, declare, sign, upload), so that what Dependency-Track stores is bound to"
                + " your key.");
        String tampered = Files.readString(bom).replace("\"5.1.0\"", "\"5.1.1\"");
        Path changed = Files.writeString(temp.resolve("changed.cdx.json"), tampered);
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(changed, byName(true),
                options(Duration.ofSeconds(5)), trust(), false, ReadLimits.DEFAULT), log)).hasMessageStartingWith(changed + " does not verify (")
                .hasMessageEndingWith("): it changed after it was signed. Do not upload it; generate and sign it"
                        + " again.");
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(temp.resolve("missing.cdx.json"), byName(true),
                options(Duration.ofSeconds(5)), trust(), false, ReadLimits.DEFAULT), log)).hasMessageContaining("missing.cdx.json")
                .hasMessageContaining("does not exist");
        server.verify(0, putRequestedFor(urlEqualTo("/api/v1/bom")));
    }

    @Test
    void aBomSignedWithAKeyNobodyTrustsIsNotSentAndATrustSetIsRequired() throws Exception {
        accepts(server);
        Path otherKey = temp.resolve("other.pub.pem");
        dev.aibom.core.job.KeygenJob.run(new dev.aibom.core.job.KeygenJob.Request(
                dev.aibom.core.sign.KeyPairs.Type.EC_P256, temp.resolve("other.pem"), otherKey,
                java.util.Optional.empty(), false), dev.aibom.core.Log.NONE);
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(bom, byName(true), options(Duration.ofSeconds(5)),
                Trust.keys(List.of(otherKey)), false, ReadLimits.DEFAULT), log)).hasMessageStartingWith(bom + " is signed, but not with a"
                + " trusted key (").hasMessageEndingWith("): it is not sent. Sign it with the key the trust set names,"
                + " or add the signer's public key to trustedKeys if it may upload.");
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(bom, byName(true), options(Duration.ofSeconds(5)),
                Trust.NONE, false, ReadLimits.DEFAULT), log)).hasMessage("No trusted key or CA root is given, so whether " + bom + " is"
                + " signed by someone who may put it into Dependency-Track cannot be said: give the public key (or CA"
                + " root) its signature must verify with, as for verify (trustedKeys, caRoots).");
        server.verify(0, putRequestedFor(urlEqualTo("/api/v1/bom")));
        upload(byName(true), false);
        server.verify(1, putRequestedFor(urlEqualTo("/api/v1/bom")));
    }

    @Test
    void aViolationListWithoutItsTotalOrThatDisagreesWithTheMetricsIsAnError() throws Exception {
        accepts(server);
        processes(server);
        knowsProject(server);
        server.stubFor(get(urlEqualTo("/api/v1/violation/project/" + PROJECT)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("[]")));
        metrics(server, 0, 0, 0);
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("Dependency-Track at " + url() + " sent 0"
                + " policy violations for project " + PROJECT + " without their total (X-Total-Count): the gate"
                + " cannot tell a whole list from a partial one. Check the server (and any proxy) and try again.");

        server.resetScenarios();
        violations(server);
        metrics(server, 2, 0, 0);
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(bom, byName(true), options(Duration.ofMillis(400)),
                trust(), true, ReadLimits.DEFAULT), log)).hasMessage("Dependency-Track at " + url() + " lists 0 FAIL, 0 WARN and 0 INFO"
                + " policy violations for project " + PROJECT + ", but its metrics count 2 FAIL, 0 WARN and 0 INFO"
                + " (still after 0 s): the gate cannot judge a list that disagrees with the project's own count. Look"
                + " at the project in Dependency-Track, and try again.");

        // metrics that catch up within the timeout are waited for
        server.resetScenarios();
        server.stubFor(get(urlEqualTo("/api/v1/metrics/project/" + PROJECT + "/current")).inScenario("metrics")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("updated").willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("{\"components\":4,"
                                + "\"policyViolationsFail\":0,\"policyViolationsWarn\":0,\"policyViolationsInfo\":0}")));
        server.stubFor(get(urlEqualTo("/api/v1/metrics/project/" + PROJECT + "/current")).inScenario("metrics")
                .whenScenarioStateIs("updated").willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"components\":4,\"policyViolationsFail\":1,\"policyViolationsWarn\":0,"
                                + "\"policyViolationsInfo\":0}")));
        server.stubFor(get(urlEqualTo("/api/v1/violation/project/" + PROJECT)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("X-Total-Count", "1")
                .withBody("[" + violation("FAIL", "No unapproved models", "OPERATIONAL", "bureau-score",
                        "COORDINATES", "*") + "]")));
        assertThat(upload(byName(true), true).outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    /**
     * The metrics' violation counts are what the list is cross-checked against: a count that is missing, text, a
     * fraction or negative would read as 0 and let an empty list agree. Each is an error naming the field.
     */
    @Test
    void metricsWhoseViolationCountsAreNotCountsAreAnErrorNotAnAgreement() throws Exception {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("{\"components\":4,\"policyViolationsWarn\":0,\"policyViolationsInfo\":0}", "missing");
        answers.put("{\"policyViolationsFail\":\"2\",\"policyViolationsWarn\":0,\"policyViolationsInfo\":0}",
                "'\"2\"'");
        answers.put("{\"policyViolationsFail\":0.5,\"policyViolationsWarn\":0,\"policyViolationsInfo\":0}", "'0.5'");
        answers.put("{\"policyViolationsFail\":-1,\"policyViolationsWarn\":0,\"policyViolationsInfo\":0}", "'-1'");
        answers.put("{\"policyViolationsFail\":4294967296,\"policyViolationsWarn\":0,\"policyViolationsInfo\":0}",
                "'4294967296'");
        answers.put("{\"policyViolationsFail\":null,\"policyViolationsWarn\":0,\"policyViolationsInfo\":0}",
                "'null'");
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            server.resetAll();
            accepts(server);
            processes(server);
            knowsProject(server);
            violations(server);
            server.stubFor(get(urlEqualTo("/api/v1/metrics/project/" + PROJECT + "/current")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody(answer.getKey())));
            assertThatThrownBy(() -> upload(byName(true), true)).as(answer.getKey()).hasMessage("Dependency-Track at "
                    + url() + " sent project metrics whose policyViolationsFail is " + answer.getValue() + ", not a"
                    + " count: the gate cannot cross-check the policy violations against it. Check that the URL is"
                    + " the base URL of Dependency-Track's API server (4.12 or later).");
        }
    }

    @Test
    void theKeyTravelsOverPlainHttpOnlyToLoopbackOrOnAnExplicitLoggedOptIn() throws Exception {
        accepts(server);
        URI byName = URI.create("http://localhost:" + server.port());
        assertThatThrownBy(() -> UploadJob.run(new UploadJob.Request(bom, byName(true), new DependencyTrackOptions(
                byName, KEY, false, Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(3)), trust(), false, ReadLimits.DEFAULT),
                log))
                .hasMessage("The Dependency-Track URL " + byName + " is refused: it is plain http; use https, so that"
                        + " nothing can be changed on the way (plain http is accepted only for a literal loopback"
                        + " address such as 127.0.0.1 or [::1]). The API key travels with every request. On a network"
                        + " you trust, allow plain http explicitly (allowPlainHttp).");
        server.verify(0, putRequestedFor(urlEqualTo("/api/v1/bom")));

        UploadJob.run(new UploadJob.Request(bom, byName(true), new DependencyTrackOptions(byName, KEY, true,
                Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(3)), trust(), false, ReadLimits.DEFAULT), log);
        assertThat(lines.get(0)).isEqualTo("WARN Dependency-Track: sending the API key over plain http to " + byName
                + ", as allowPlainHttp asks: anyone on the way can read it and change what is sent. Use https.");
        server.verify(1, putRequestedFor(urlEqualTo("/api/v1/bom")));
    }

    @Test
    void anUploadIsNotRedirectedAndTheOptionsNeverShowTheKey() {
        server.stubFor(put(urlEqualTo("/api/v1/bom")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "https://elsewhere.example.com/api/v1/bom")));
        assertThatThrownBy(() -> upload(byName(true), true)).hasMessage("The Dependency-Track API at " + url()
                + "/api/v1/bom answered with a redirect to https://elsewhere.example.com/api/v1/bom; data is not sent"
                + " on to another address. If that is the right one, configure it.");
        assertThat(options(Duration.ofSeconds(1)).toString()).doesNotContain(KEY);
        assertThatThrownBy(() -> new DependencyTrackOptions(url(), "two words", false, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1))).hasMessage("the Dependency-Track API key is blank or"
                + " contains spaces or control characters");
        assertThatThrownBy(() -> new ProjectTarget("not-a-uuid", null, null, false, null)).hasMessageStartingWith(
                "the project UUID 'not-a-uuid' is not a UUID");
        assertThatThrownBy(() -> new ProjectTarget(null, "x", null, false, null)).hasMessage("name the"
                + " Dependency-Track project: its UUID, or its name and version (or neither, for the system's name and"
                + " version)");
    }
}
