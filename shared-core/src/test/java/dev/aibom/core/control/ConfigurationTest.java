package dev.aibom.core.control;

import dev.aibom.control.Severity;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.aibom.core.AibomException;
import dev.aibom.core.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Misconfiguration is an error that names the file and field, never a silent pass. */
class ConfigurationTest {
    private static final String REGISTER = """
            suppliers:
              - id: acme
                names: [ACME ML GmbH]
                status: approved
                lastAssessment: 2026-06-01
                reassessEvery: P12M
                approvedFor: [model]
            """;

    @TempDir
    Path temp;
    WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    /** WireMock's baseUrl says localhost; aibom accepts plain http only for a literal loopback address. */
    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void policyWithUnknownControlBadParameterAndBadSeverity() throws Exception {
        Path policy = Files.writeString(temp.resolve("aibom-policy.yaml"), """
                failOn: sometimes
                controls:
                  model-lifecycle-alowed: { severity: error }
                  model-approval: { maxAgeDays: "a year", approvers: [CRO] }
                  data-quality: { severity: fatal }
                  system-risk-acceptable: { enabled: false }
                """);
        InvalidInputException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> Policy.load(policy, ControlScenarios.REGISTRY));
        assertThat(error.problems()).extracting(dev.aibom.core.Problem::format).containsExactly(
                policy + ":1:1: failOn: 'sometimes' is not an allowed value. Fix: use error, warning or never.",
                policy + ":3:3: controls.model-lifecycle-alowed: unknown control 'model-lifecycle-alowed'. Fix: use one"
                        + " of: " + String.join(", ", ControlScenarios.REGISTRY.ids()) + " (see docs/controls.md).",
                policy + ":4:21: controls.model-approval.maxAgeDays: expected a whole number here. Fix: write how old"
                        + " an approval may be as a whole number.",
                policy + ":4:43: controls.model-approval.approvers: unknown parameter 'approvers' for control"
                        + " 'model-approval'. Fix: the keys allowed here are: enabled, severity, maxAgeDays, roles.",
                policy + ":5:19: controls.data-quality.severity: 'fatal' is not an allowed value. Fix: use error,"
                        + " warning or info.",
                policy + ":6:3: controls.system-risk-acceptable: control 'system-risk-acceptable' cannot be disabled"
                        + " or lowered. Fix: remove it from the policy; A system whose risk level is 'unacceptable'"
                        + " always fails; this cannot be disabled, lowered or waived. One's own system that declares"
                        + " no risk level fails too (leaving it out must not avoid the controls that depend on it); in"
                        + " a review of a supplier's BOM that is not applicable, and supplier-attestation asks for an"
                        + " attestation instead.");
    }

    @Test
    void parametersAreTypedFromTheRuleRecords() throws Exception {
        Path policy = Files.writeString(temp.resolve("aibom-policy.yaml"), """
                controls:
                  supplier-certifications: { required: { high: ISO/IEC 42001 } }
                  model-verification-evidence: { thresholds: { auc: high } }
                  model-approval: { maxAgeDays: -1 }
                  model-documentation: { required: [task, colour] }
                  hashes-present: { algorithms: [SHA-256] }
                  license-allowed: { deny: GPL-3.0-only }
                """);
        InvalidInputException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> Policy.load(policy, ControlScenarios.REGISTRY));
        assertThat(error.problems()).extracting(dev.aibom.core.Problem::format).containsExactly(
                policy + ":2:30: controls.supplier-certifications.required: expected a mapping of names to lists of"
                        + " texts here. Fix: write risk level (or default) -> certifications as a mapping of names"
                        + " to lists of texts.",
                policy + ":3:34: controls.model-verification-evidence.thresholds: expected a mapping of names to"
                        + " numbers here. Fix: write metric type -> minimum value as a mapping of names to numbers.",
                policy + ":4:3: controls.model-approval: maxAgeDays must not be negative, but is -1. Fix: see the"
                        + " parameters of 'model-approval' in docs/controls.md.",
                policy + ":5:3: controls.model-documentation: 'colour' is not a model-card field; use task,"
                        + " architecture, datasets, limitations, useCases, users or ethicalConsiderations. Fix: see"
                        + " the parameters of 'model-documentation' in docs/controls.md.",
                policy + ":6:21: controls.hashes-present.algorithms: unknown parameter 'algorithms' for control"
                        + " 'hashes-present'. Fix: the keys allowed here are: enabled, severity.",
                policy + ":7:22: controls.license-allowed.deny: expected a list of texts here. Fix: write SPDX ids"
                        + " denied as a list of texts.");
    }

    @Test
    void policyOverridesDefaults() throws Exception {
        Path policy = Files.writeString(temp.resolve("p.yaml"), """
                failOn: warning
                controls:
                  data-quality: { enabled: false }
                  model-approval: { severity: warning, maxAgeDays: 30 }
                """);
        Policy loaded = Policy.load(policy, ControlScenarios.REGISTRY);
        assertThat(loaded.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(loaded.controls()).doesNotContainKey("data-quality").containsKey("hashes-present");
        assertThat(loaded.controls().get("model-approval").severity()).isEqualTo(Severity.WARNING);
        assertThat(((dev.aibom.core.control.rules.lifecycle.ModelApproval.Parameters) loaded.controls()
                .get("model-approval").parameters()).maxAgeDays()).isEqualTo(30);
        Path onlyListed = Files.writeString(temp.resolve("q.yaml"), "includeDefaults: false\ncontrols:\n"
                + "  hashes-present: {}\n");
        assertThat(Policy.load(onlyListed, ControlScenarios.REGISTRY).controls()).containsOnlyKeys("hashes-present",
                "waiver-expired", "waiver-unused");
    }

    @Test
    void registerErrorsNameFileAndField() throws Exception {
        Path register = Files.writeString(temp.resolve("suppliers.yaml"), """
                suppliers:
                  - id: acme
                    status: aproved
                    lastAssessment: 2026-06-01
                """);
        assertThatThrownBy(() -> SupplierRegister.load(register.toString(), Duration.ofSeconds(1)))
                .hasMessageContaining(register + ":3:13: suppliers[0].status: 'aproved' is not an allowed value. Fix:"
                        + " use one of: approved, conditional, suspended, rejected.");
        Files.writeString(register, """
                suppliers:
                  - id: acme
                    status: approved
                    lastAssessment: 2026-13-01
                    reassessEvery: yearly
                    approvedFor: [models]
                    publicKeys: [keys/missing.pem]
                """);
        InvalidInputException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> SupplierRegister.load(register.toString(), Duration.ofSeconds(1)));
        assertThat(error.problems()).extracting(dev.aibom.core.Problem::format).containsExactly(
                register + ":4:5: suppliers[0].lastAssessment: '2026-13-01' is not a valid date. Fix: write the date"
                        + " as YYYY-MM-DD.",
                register + ":5:5: suppliers[0].reassessEvery: 'yearly' is not an ISO-8601 period. Fix: write e.g."
                        + " P12M for twelve months or P1Y for a year.",
                register + ":6:19: suppliers[0].approvedFor[0]: 'models' is not a component kind. Fix: use model,"
                        + " dataset or service.",
                register + ":7:18: suppliers[0].publicKeys[0]: Key file " + temp.resolve("keys/missing.pem")
                        + ": the file does not exist. Create it, or point the key file setting at the right path. Fix:"
                        + " give a PEM public key or certificate, inline or as a path relative to the register");
        assertThatThrownBy(() -> SupplierRegister.load(temp.resolve("nope.yaml").toString(), Duration.ofSeconds(1)))
                .hasMessageContaining(temp.resolve("nope.yaml") + ": the file does not exist.");
    }

    @Test
    void waiverErrorsNameFileAndField() throws Exception {
        Path waivers = Files.writeString(temp.resolve("waivers.yaml"), """
                waivers:
                  - control: data-qualty
                    component: dataset:x
                    reason: r
                    approvedBy: a
                    expires: 31/12/2026
                  - control: data-quality
                    component: dataset:x
                """);
        InvalidInputException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> Waivers.load(waivers, ControlScenarios.REGISTRY));
        assertThat(error.problems()).extracting(dev.aibom.core.Problem::format).containsExactly(
                waivers + ":2:5: waivers[0].control: unknown control 'data-qualty'. Fix: use a control id from"
                        + " docs/controls.md.",
                waivers + ":6:5: waivers[0].expires: '31/12/2026' is not a valid date. Fix: write the date as"
                        + " YYYY-MM-DD.",
                waivers + ":7:5: waivers[1].reason: the required key 'reason' is missing or empty. Fix: every waiver"
                        + " needs control, component, reason, approvedBy and expires.",
                waivers + ":7:5: waivers[1].approvedBy: the required key 'approvedBy' is missing or empty. Fix: every"
                        + " waiver needs control, component, reason, approvedBy and expires.",
                waivers + ":7:5: waivers[1].expires: the required key 'expires' is missing or empty. Fix: every"
                        + " waiver needs control, component, reason, approvedBy and expires.");
    }

    @Test
    void registerOverHttpOnLoopback() throws Exception {
        server.stubFor(get(urlEqualTo("/procurement/suppliers.yaml")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/yaml").withBody(REGISTER)));
        String url = base() + "/procurement/suppliers.yaml";
        SupplierRegister register = SupplierRegister.load(url, Duration.ofSeconds(5));
        assertThat(register.suppliers()).extracting(RegisteredSupplier::id).containsExactly("acme");
        assertThat(register.source()).isEqualTo(url);
    }

    @Test
    void registerErrorsOverHttpNameTheUrlAndLine() {
        server.stubFor(get(urlEqualTo("/bad.yaml")).willReturn(aResponse().withStatus(200)
                .withBody(REGISTER.replace("approved", "approvd"))));
        String url = base() + "/bad.yaml";
        assertThatThrownBy(() -> SupplierRegister.load(url, Duration.ofSeconds(5)))
                .hasMessageContaining(url + ":4:13: suppliers[0].status: 'approvd' is not an allowed value.");
    }

    @Test
    void registerHttpFailuresAreClear() throws Exception {
        server.stubFor(get(urlEqualTo("/missing.yaml")).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> SupplierRegister.load(base() + "/missing.yaml", Duration.ofSeconds(5)))
                .isInstanceOf(AibomException.class).hasMessage("The supplier register at " + base()
                        + "/missing.yaml answered HTTP 404. Check the URL.");

        server.stubFor(get(urlEqualTo("/slow.yaml")).willReturn(aResponse().withStatus(200).withBody(REGISTER)
                .withFixedDelay(3000)));
        assertThatThrownBy(() -> SupplierRegister.load(base() + "/slow.yaml", Duration.ofSeconds(1)))
                .hasMessage("The supplier register at " + base() + "/slow.yaml did not answer completely within 1 s."
                        + " Check the URL and the network, or use a local copy.");

        assertThatThrownBy(() -> SupplierRegister.load("http://procurement.example.com/suppliers.yaml",
                Duration.ofSeconds(1))).hasMessage("The supplier register URL"
                + " http://procurement.example.com/suppliers.yaml is refused: it is plain http; use https, so that"
                + " nothing can be changed on the way (plain http is accepted only for a literal loopback address such"
                + " as 127.0.0.1 or [::1]).");
    }
}
