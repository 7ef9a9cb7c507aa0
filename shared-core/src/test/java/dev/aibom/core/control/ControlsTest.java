package dev.aibom.core.control;

import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.control.Finding;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.TestFiles;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;
import dev.aibom.core.sign.VerificationPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.aibom.core.control.ControlScenarios.TODAY;
import static dev.aibom.core.control.ControlScenarios.component;
import static dev.aibom.core.control.ControlScenarios.evaluate;
import static dev.aibom.core.control.ControlScenarios.finding;
import static dev.aibom.core.control.ControlScenarios.only;
import static dev.aibom.core.control.ControlScenarios.removeProperty;
import static dev.aibom.core.control.ControlScenarios.setProperty;
import static dev.aibom.core.control.ControlScenarios.waiver;
import static org.assertj.core.api.Assertions.assertThat;

/** Every built-in control passing, failing, waived and (where it can be) not applicable, on the core's own BOM. */
class ControlsTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SCORER = "model:credit-pd-logreg";
    private static final String HUB = "model:all-MiniLM-L6-v2";
    private static final String CENTROIDS = "model:loan-purpose-centroids";
    private static final String SAMPLE = "dataset:credit-applications-sample";
    private static final String BUREAU = "dataset:bureau-features";
    private static final String LLM = "service:openai-chat-completions";
    private static final String SYSTEM = "system:credit-risk-scorer";

    @TempDir
    Path temp;
    Path project;
    ObjectNode bom;
    SupplierRegister register;

    @BeforeEach
    void setUp() throws Exception {
        project = ControlScenarios.exampleProject(temp);
        bom = ControlScenarios.exampleBom(project);
        register = ControlScenarios.exampleRegister(project);
    }

    private EvaluationResult run(String control) {
        return evaluate(control, bom, Optional.of(register));
    }

    private void assertWaivable(String control, String ref) {
        assertWaivable(control, ref, ref, TODAY);
    }

    /** The failing finding of {@code control} on {@code ref} becomes WAIVED under a waiver for {@code pattern}. */
    private void assertWaivable(String control, String pattern, String ref, LocalDate today) {
        EvaluationResult waived = evaluate(only(control), bom, Optional.of(register), Optional.empty(),
                Optional.empty(), false, today, waiver(control, pattern, "2028-12-31"));
        Finding finding = finding(waived, ref);
        assertThat(finding.status()).isEqualTo(Status.WAIVED);
        assertThat(finding.line()).endsWith("(waived: by Dana Whitfield until 2028-12-31: accepted risk)");
    }

    @Test
    void theExampleIsCleanUnderTheDefaultPolicyExceptForItsWaivedCertification() throws Exception {
        EvaluationResult result = evaluate(ControlScenarios.defaults(), bom, Optional.of(register), Optional.empty(),
                Optional.empty(), false, TODAY, Waivers.load(project.resolve("waivers.yaml"), ControlScenarios.REGISTRY));
        assertThat(result.findings()).filteredOn(f -> f.status() == Status.FAIL || f.status() == Status.ERROR)
                .isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.status() == Status.WAIVED).singleElement()
                .satisfies(f -> assertThat(f.control()).isEqualTo("supplier-certifications"));
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
        assertThat(result.completeness().percent()).isEqualTo(100);
    }

    @Test
    void systemIntendedUse() {
        assertThat(finding(run("system-intended-use"), SYSTEM).status()).isEqualTo(Status.PASS);
        removeProperty((ObjectNode) bom.at("/metadata/component"), AibomProperties.SYSTEM_INTENDED_USE);
        ((ObjectNode) component(bom, SCORER).at("/modelCard/considerations")).remove("useCases");
        ((ObjectNode) component(bom, HUB).at("/modelCard/considerations")).remove("useCases");
        ((ObjectNode) component(bom, CENTROIDS).at("/modelCard/considerations")).remove("useCases");
        Finding failed = finding(run("system-intended-use"), SYSTEM);
        assertThat(failed.status()).isEqualTo(Status.FAIL);
        assertThat(failed.line()).isEqualTo("[A.9.4] system-intended-use: system 'credit-risk-scorer' does not declare"
                + " its intended use (set intendedUse)");
        assertWaivable("system-intended-use", SYSTEM);
    }

    @Test
    void systemHighRiskEvidence() {
        assertThat(finding(run("system-high-risk-evidence"), SYSTEM).status()).isEqualTo(Status.PASS);
        removeProperty((ObjectNode) bom.at("/metadata/component"), AibomProperties.SYSTEM_HUMAN_OVERSIGHT);
        assertThat(finding(run("system-high-risk-evidence"), SYSTEM).message()).isEqualTo("high-risk system"
                + " 'credit-risk-scorer' does not reference human-oversight measures (humanOversight)");
        assertWaivable("system-high-risk-evidence", "system:*", SYSTEM, TODAY);
        setProperty((ObjectNode) bom.at("/metadata/component"), AibomProperties.SYSTEM_RISK_LEVEL, "limited");
        assertThat(finding(run("system-high-risk-evidence"), SYSTEM).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void systemRiskAcceptableCannotBeWaived() throws Exception {
        assertThat(finding(run("system-risk-acceptable"), SYSTEM).status()).isEqualTo(Status.PASS);
        setProperty((ObjectNode) bom.at("/metadata/component"), AibomProperties.SYSTEM_RISK_LEVEL, "unacceptable");
        Finding failed = finding(run("system-risk-acceptable"), SYSTEM);
        assertThat(failed.status()).isEqualTo(Status.FAIL);
        assertThat(failed.severity()).isEqualTo(Severity.ERROR);
        Path waivers = Files.writeString(temp.resolve("waivers.yaml"), "waivers:\n  - control: system-risk-acceptable\n"
                + "    component: '*'\n    reason: r\n    approvedBy: a\n    expires: 2030-01-01\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Waivers.load(waivers, ControlScenarios.REGISTRY)).hasMessageContaining(
                waivers + ":2:5: waivers[0].control: control 'system-risk-acceptable' cannot be waived.");
        // leaving the level out is no way past it, nor past the controls that depend on it
        removeProperty((ObjectNode) bom.at("/metadata/component"), AibomProperties.SYSTEM_RISK_LEVEL);
        Finding unstated = finding(run("system-risk-acceptable"), SYSTEM);
        assertThat(unstated.status()).isEqualTo(Status.FAIL);
        assertThat(unstated.message()).isEqualTo("system 'credit-risk-scorer' declares no risk level, so whether it"
                + " may be built or used, and which controls its level calls for, cannot be judged: declare it"
                + " (riskLevel in the descriptor's system: minimal, limited, high or unacceptable;"
                + " aibom:system:riskLevel in the BOM)");
        // a supplier's BOM states it in an aibom property only: its review asks for an attestation instead
        EvaluationResult reviewed = evaluate(only("system-risk-acceptable"), bom, Optional.of(register),
                Optional.empty(), Optional.empty(), true, TODAY, Waivers.none());
        assertThat(finding(reviewed, SYSTEM).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void supplierDeclared() {
        assertThat(run("supplier-declared").findings()).allMatch(f -> f.status() == Status.PASS).hasSize(6);
        component(bom, BUREAU).remove("supplier");
        assertThat(finding(run("supplier-declared"), BUREAU).line()).isEqualTo("[A.10.2] supplier-declared: dataset"
                + " 'bureau-features' names no supplier");
        assertWaivable("supplier-declared", BUREAU);
    }

    @Test
    void supplierRegistered() throws Exception {
        assertThat(run("supplier-registered").findings()).allMatch(f -> f.status() == Status.PASS);
        // match by name, not by aibom id: a supplier BOM has no aibom properties
        removeProperty(component(bom, BUREAU), AibomProperties.SUPPLIER_ID);
        assertThat(finding(run("supplier-registered"), BUREAU).status()).isEqualTo(Status.PASS);
        ((ObjectNode) component(bom, BUREAU).get("supplier")).put("name", "ACME ML").putArray("url");
        assertThat(finding(run("supplier-registered"), BUREAU).line()).isEqualTo("[A.10.3] supplier-registered:"
                + " dataset 'bureau-features' supplier 'ACME ML' is not in the supplier register");
        assertWaivable("supplier-registered", "dataset:bureau-*", BUREAU, TODAY);
        assertThat(evaluate("supplier-registered", bom, Optional.empty()).findings())
                .allMatch(f -> f.status() == Status.NOT_APPLICABLE && f.message().equals("no supplier register is"
                        + " configured"));
    }

    private SupplierRegister registerWith(String from, String to) throws Exception {
        Path file = temp.resolve("register-" + Math.abs((from + to).hashCode()) + ".yaml");
        Files.writeString(file, Files.readString(project.resolve("suppliers.yaml")).replace(from, to));
        return SupplierRegister.load(file.toString(), java.time.Duration.ofSeconds(5));
    }

    @Test
    void supplierStatus() throws Exception {
        assertThat(run("supplier-status").findings()).allMatch(f -> f.status() == Status.PASS);
        register = registerWith("id: meridian\n    names: [Meridian Credit Data Ltd, Meridian Credit Data]\n"
                + "    urls: [https://www.meridian-credit.example.com]\n    status: approved",
                "id: meridian\n    names: [Meridian Credit Data Ltd, Meridian Credit Data]\n"
                        + "    urls: [https://www.meridian-credit.example.com]\n    status: suspended");
        assertThat(finding(run("supplier-status"), BUREAU).line()).isEqualTo("[A.10.3] supplier-status: dataset"
                + " 'bureau-features' supplier 'Meridian Credit Data Ltd' is suspended (allowed: approved, conditional)");
        assertWaivable("supplier-status", BUREAU);
        assertThat(evaluate("supplier-status", bom, Optional.empty()).findings())
                .allMatch(f -> f.status() == Status.NOT_APPLICABLE);
    }

    @Test
    void supplierAssessmentCurrent() {
        assertThat(run("supplier-assessment-current").findings()).allMatch(f -> f.status() == Status.PASS);
        EvaluationResult later = evaluate(only("supplier-assessment-current"), bom, Optional.of(register),
                Optional.empty(), Optional.empty(), false, LocalDate.parse("2028-01-10"), Waivers.none());
        assertThat(finding(later, LLM).message()).isEqualTo("service 'openai-chat-completions' supplier 'OpenAI,"
                + " L.L.C.' assessment expired on 2027-12-31 (last assessed 2026-05-10)");
        assertThat(finding(later, BUREAU).message()).isEqualTo("dataset 'bureau-features' supplier 'Meridian Credit"
                + " Data Ltd' assessment expired on 2028-01-01 (last assessed 2026-07-01)");
        assertThat(finding(later, SAMPLE).status()).isEqualTo(Status.PASS);
        assertWaivable("supplier-assessment-current", "*", LLM, LocalDate.parse("2028-01-10"));
    }

    @Test
    void supplierCertifications() {
        EvaluationResult result = run("supplier-certifications");
        assertThat(finding(result, SCORER).status()).isEqualTo(Status.PASS);
        assertThat(finding(result, HUB).line()).isEqualTo("[A.10.3] supplier-certifications: model"
                + " 'all-MiniLM-L6-v2' supplier 'sentence-transformers (UKP Lab, TU Darmstadt)' lacks ISO/IEC 42001"
                + " (required for risk level high)");
        assertWaivable("supplier-certifications", HUB);
        setProperty((ObjectNode) bom.at("/metadata/component"), AibomProperties.SYSTEM_RISK_LEVEL, "minimal");
        assertThat(finding(run("supplier-certifications"), HUB).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void supplierApprovedForType() throws Exception {
        assertThat(run("supplier-approved-for-type").findings()).allMatch(f -> f.status() == Status.PASS);
        register = registerWith("approvedFor: [service]", "approvedFor: [model]");
        assertThat(finding(run("supplier-approved-for-type"), LLM).message()).isEqualTo("service"
                + " 'openai-chat-completions' supplier 'OpenAI, L.L.C.' is not approved for services (approved for:"
                + " model)");
        assertWaivable("supplier-approved-for-type", LLM);
    }

    @Test
    void modelLifecycleAllowed() {
        assertThat(run("model-lifecycle-allowed").findings()).allMatch(f -> f.status() == Status.PASS).hasSize(3);
        setProperty(component(bom, SCORER), AibomProperties.MODEL_LIFECYCLE, "retired");
        Finding failed = finding(run("model-lifecycle-allowed"), SCORER);
        assertThat(failed.line()).isEqualTo("[A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'credit-pd-logreg' is"
                + " retired (allowed: validated, approved, deployed)");
        assertThat(failed.evidence()).startsWith("/components/0/properties/");
        assertWaivable("model-lifecycle-allowed", SCORER);
        removeProperty(component(bom, SCORER), AibomProperties.MODEL_LIFECYCLE);
        assertThat(finding(run("model-lifecycle-allowed"), SCORER).message()).isEqualTo("model 'credit-pd-logreg'"
                + " records no life-cycle stage (aibom:model:lifecycle)");
        // a BOM without models: nothing to evaluate
        ((ArrayNode) bom.get("components")).removeAll();
        assertThat(run("model-lifecycle-allowed").findings()).isEmpty();
    }

    @Test
    void modelVerificationEvidence() {
        assertThat(run("model-verification-evidence").findings()).allMatch(f -> f.status() == Status.PASS);
        EvaluationResult strict = evaluate(only("model-verification-evidence", Map.of("thresholds",
                        JSON.objectNode().put("auc", 0.77)), Severity.ERROR), bom, Optional.of(register),
                Optional.empty(), Optional.empty(), false, TODAY, Waivers.none());
        assertThat(finding(strict, SCORER).message()).isEqualTo("model 'credit-pd-logreg': auc 0.764 (applicants aged"
                + " 18-25) is below 0.77");
        assertThat(finding(strict, HUB).status()).isEqualTo(Status.PASS);
        ((ObjectNode) component(bom, HUB).get("modelCard")).remove("quantitativeAnalysis");
        assertThat(finding(run("model-verification-evidence"), HUB).message())
                .isEqualTo("model 'all-MiniLM-L6-v2' records no performance metrics");
        assertWaivable("model-verification-evidence", HUB);
    }

    @Test
    void modelApproval() {
        assertThat(run("model-approval").findings()).allMatch(f -> f.status() == Status.PASS);
        EvaluationResult old = evaluate(only("model-approval"), bom, Optional.of(register), Optional.empty(),
                Optional.empty(), false, LocalDate.parse("2027-11-01"), Waivers.none());
        assertThat(finding(old, SCORER).message()).isEqualTo("model 'credit-pd-logreg': approval by Dana Whitfield on"
                + " 2026-10-02 is older than 365 days");
        EvaluationResult roles = evaluate(only("model-approval", Map.of("roles", JSON.arrayNode().add("CRO")),
                Severity.ERROR), bom, Optional.of(register), Optional.empty(), Optional.empty(), false, TODAY,
                Waivers.none());
        assertThat(finding(roles, SCORER).message()).isEqualTo("model 'credit-pd-logreg': approval by Dana Whitfield"
                + " (Head of Model Risk) is not by one of the roles CRO");
        removeProperty(component(bom, HUB), AibomProperties.MODEL_APPROVAL + "0:by");
        assertThat(finding(run("model-approval"), HUB).message()).isEqualTo("model 'all-MiniLM-L6-v2' records no"
                + " approval");
        assertWaivable("model-approval", HUB);
    }

    @Test
    void modelDocumentation() {
        assertThat(run("model-documentation").findings()).allMatch(f -> f.status() == Status.PASS);
        ((ObjectNode) component(bom, SCORER).at("/modelCard/considerations")).remove("technicalLimitations");
        ((ObjectNode) component(bom, SCORER).at("/modelCard/modelParameters")).remove("task");
        assertThat(finding(run("model-documentation"), SCORER).line()).isEqualTo("[A.6.2.7] model-documentation:"
                + " model 'credit-pd-logreg' model card lacks task, limitations");
        assertWaivable("model-documentation", SCORER);
    }

    @Test
    void dataProvenance() {
        assertThat(run("data-provenance").findings()).allMatch(f -> f.status() == Status.PASS).hasSize(2);
        ObjectNode sample = component(bom, SAMPLE);
        removeProperty(sample, AibomProperties.DATA_PROVENANCE);
        ((ObjectNode) sample.at("/data/0")).remove(List.of("description", "governance"));
        assertThat(finding(run("data-provenance"), SAMPLE).message()).isEqualTo("dataset 'credit-applications-sample'"
                + " does not record where it came from (provenance or a URL) or an owner, custodian or steward");
        assertWaivable("data-provenance", SAMPLE);
    }

    @Test
    void dataLicense() {
        assertThat(run("data-license").findings()).allMatch(f -> f.status() == Status.PASS);
        component(bom, BUREAU).remove("licenses");
        assertThat(finding(run("data-license"), BUREAU).message()).isEqualTo("dataset 'bureau-features' names no"
                + " licence");
        assertWaivable("data-license", BUREAU);
    }

    @Test
    void dataQuality() {
        assertThat(run("data-quality").findings()).allMatch(f -> f.status() == Status.PASS);
        removeProperty(component(bom, BUREAU), AibomProperties.DATA_QUALITY_CHECK);
        assertThat(finding(run("data-quality"), BUREAU).message()).isEqualTo("dataset 'bureau-features' records no"
                + " data quality checks");
        assertWaivable("data-quality", BUREAU);
    }

    @Test
    void dataPersonal() {
        assertThat(run("data-personal").findings()).allMatch(f -> f.status() == Status.PASS);
        removeProperty(component(bom, BUREAU), AibomProperties.DATA_LAWFUL_BASIS);
        assertThat(finding(run("data-personal"), BUREAU).message()).isEqualTo("dataset 'bureau-features' holds"
                + " personal data but has no lawful basis");
        ObjectNode sample = component(bom, SAMPLE);
        removeProperty(sample, AibomProperties.DATA_PERSONAL_DATA);
        ((ObjectNode) sample.at("/data/0")).remove("sensitiveData");
        assertThat(finding(run("data-personal"), SAMPLE).message()).isEqualTo("dataset 'credit-applications-sample'"
                + " does not declare whether it holds personal data");
        assertWaivable("data-personal", SAMPLE);
    }

    @Test
    void hashesPresent() {
        assertThat(run("hashes-present").findings()).allMatch(f -> f.status() == Status.PASS).hasSize(5);
        component(bom, HUB).remove("hashes");
        assertThat(finding(run("hashes-present"), HUB).line()).isEqualTo("[A.6.2.3] hashes-present: model"
                + " 'all-MiniLM-L6-v2' has no SHA-256 or stronger hash");
        assertWaivable("hashes-present", HUB);
    }

    @Test
    void hashesMatch() throws Exception {
        assertThat(run("hashes-match").findings()).allMatch(f -> f.status() == Status.NOT_APPLICABLE
                && f.message().equals("the files are not at hand to check"));
        Files.writeString(project.resolve("data/credit-applications-sample.csv"), "changed\n");
        ArtifactIntegrity.Report integrity = ArtifactIntegrity.check(bom, project, HashListener.NONE);
        EvaluationResult result = evaluate(only("hashes-match"), bom, Optional.of(register), Optional.empty(),
                Optional.of(integrity), false, TODAY, Waivers.none());
        assertThat(finding(result, SCORER).status()).isEqualTo(Status.PASS);
        assertThat(finding(result, SAMPLE).message()).isEqualTo("dataset 'credit-applications-sample' files do not"
                + " match the BOM: mismatch data/credit-applications-sample.csv");
        assertThat(finding(result, HUB).status()).isEqualTo(Status.NOT_APPLICABLE);
        EvaluationResult waived = evaluate(only("hashes-match"), bom, Optional.of(register), Optional.empty(),
                Optional.of(integrity), false, TODAY, waiver("hashes-match", SAMPLE, "2027-01-01"));
        assertThat(finding(waived, SAMPLE).status()).isEqualTo(Status.WAIVED);
    }

    @Test
    void bomSigned() throws Exception {
        var pair = KeyPairs.generate(KeyPairs.Type.EC_P256);
        SigningKey key = new SigningKey(pair.getPrivate(), pair.getPublic(), List.of());
        VerificationPolicy trusting = VerificationPolicy.trusting(List.of(key.publicKey())).withRequireSignature(false);
        Path signedFile = temp.resolve("signed.json");
        Files.write(signedFile, BomJson.pretty(BomSignatures.sign(new dev.aibom.core.bom.BomReader(dev.aibom.core.io.ReadLimits.DEFAULT)
                .read(project.resolve("target/bom.json")), key, SignOptions.defaults())));
        var signed = new dev.aibom.core.bom.BomReader(dev.aibom.core.io.ReadLimits.DEFAULT).read(signedFile);
        EvaluationResult pass = evaluate(only("bom-signed"), signed.tree(), Optional.empty(),
                Optional.of(BomSignatures.verify(signed, trusting)), Optional.empty(), false, TODAY, Waivers.none());
        assertThat(finding(pass, "").message()).isEqualTo("the BOM is signed by 1 trusted signer(s)");
        EvaluationResult unsigned = evaluate(only("bom-signed"), bom, Optional.empty(), Optional.of(BomSignatures
                .verify(new dev.aibom.core.bom.BomReader(dev.aibom.core.io.ReadLimits.DEFAULT).read(project.resolve("target/bom.json")), trusting)),
                Optional.empty(), false, TODAY, Waivers.none());
        assertThat(finding(unsigned, "").line()).isEqualTo("[A.10.3] bom-signed: the BOM is not signed");
        assertThat(finding(run("bom-signed"), "").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void licenseAllowed() {
        assertThat(run("license-allowed").findings()).noneMatch(f -> f.status() == Status.FAIL);
        EvaluationResult denied = evaluate(only("license-allowed", Map.of("deny", JSON.arrayNode().add("apache-2.0")),
                Severity.ERROR), bom, Optional.of(register), Optional.empty(), Optional.empty(), false, TODAY,
                Waivers.none());
        assertThat(finding(denied, HUB).line()).isEqualTo("[A.10.3, A.7.3] license-allowed: model 'all-MiniLM-L6-v2'"
                + " uses denied licence Apache-2.0");
        EvaluationResult allowList = evaluate(only("license-allowed", Map.of("allow", JSON.arrayNode().add("MIT")),
                Severity.ERROR), bom, Optional.of(register), Optional.empty(), Optional.empty(), false, TODAY,
                Waivers.none());
        assertThat(finding(allowList, HUB).message()).isEqualTo("model 'all-MiniLM-L6-v2' uses licence Apache-2.0,"
                + " which is not on the allow list");
        assertThat(finding(run("license-allowed"), LLM).status()).isEqualTo(Status.NOT_APPLICABLE);
        // with an allow list, naming no licence is no way past it
        assertThat(finding(allowList, LLM).line()).isEqualTo("[A.10.3, A.7.3] license-allowed: service '"
                + finding(allowList, LLM).name() + "' names no licence, so it cannot be shown to be on the allow list"
                + " (MIT)");
        assertThat(finding(allowList, LLM).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void expiredAndUnusedWaiversAreFindingsThemselves() {
        setProperty(component(bom, SCORER), AibomProperties.MODEL_LIFECYCLE, "retired");
        Waivers waivers = new Waivers("waivers.yaml", List.of(
                ControlScenarios.waiverOf("model-lifecycle-allowed", SCORER, "legacy", "Dana", "2026-11-01", 3),
                ControlScenarios.waiverOf("data-quality", "dataset:nothing-*", "n/a", "Dana", "2027-01-01", 9)));
        EvaluationResult result = evaluate(ControlScenarios.defaults(), bom, Optional.of(register), Optional.empty(),
                Optional.empty(), false, TODAY, waivers);
        assertThat(result.findings()).filteredOn(f -> f.control().equals("model-lifecycle-allowed")
                && f.component().equals(SCORER)).singleElement().satisfies(f -> assertThat(f.status())
                .isEqualTo(Status.FAIL));
        assertThat(result.findings()).filteredOn(f -> f.control().equals("waiver-expired")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("the waiver for model-lifecycle-allowed on"
                        + " 'model:credit-pd-logreg' (waivers.yaml, line 3) expired on 2026-11-01; renew it or fix"
                        + " the violation"));
        assertThat(result.findings()).filteredOn(f -> f.control().equals("waiver-unused")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("the waiver for data-quality on 'dataset:nothing-*'"
                            + " (waivers.yaml, line 9) matches no violation; remove it");
                });
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(result.summary(FailOn.ERROR)).contains("\n  ERROR [A.6.2.5, A.6.2.6] model-lifecycle-allowed:"
                + " model 'credit-pd-logreg' is retired (allowed: validated, approved, deployed)");
    }

    @Test
    void failOnAndUnstableOnDecideTheOutcome() {
        removeProperty(component(bom, BUREAU), AibomProperties.DATA_QUALITY_CHECK); // a warning-level violation
        EvaluationResult result = evaluate(ControlScenarios.defaults(), bom, Optional.of(register), Optional.empty(),
                Optional.empty(), false, TODAY, waiver("supplier-certifications", HUB, "2027-06-30"));
        assertThat(result.outcome(FailOn.ERROR, Optional.empty())).isEqualTo(EvaluationResult.Outcome.PASS);
        assertThat(result.outcome(FailOn.ERROR, Optional.of(Severity.WARNING)))
                .isEqualTo(EvaluationResult.Outcome.UNSTABLE);
        assertThat(result.outcome(FailOn.WARNING, Optional.empty())).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(result.outcome(FailOn.NEVER, Optional.empty())).isEqualTo(EvaluationResult.Outcome.PASS);
    }

    @Test
    void aControlThatCannotBeEvaluatedIsAnErrorNotAPass() {
        EvaluationResult result = evaluate(only("supplier-bom-signed"), bom, Optional.empty(), Optional.empty(),
                Optional.empty(), true, TODAY, Waivers.none());
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.ERROR);
            assertThat(f.message()).isEqualTo("cannot check the supplier's signature: no supplier register is"
                    + " configured");
        });
        assertThat(result.outcome(FailOn.ERROR, Optional.empty())).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void theSpecificationsMachineLearningSampleIsEvaluatedSensibly() throws Exception {
        var sample = new dev.aibom.core.bom.BomReader(dev.aibom.core.io.ReadLimits.DEFAULT).read(TestFiles.conformance()
                .resolve("cyclonedx-spec/test-resources/1.6/valid-machine-learning-1.6.json"));
        EvaluationResult result = evaluate(ControlScenarios.defaults(), sample.tree(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, TODAY, Waivers.none());
        // the one thing the build policy cannot judge: the sample records no file of its model, so what loads it
        // is out of reach (the review policy, for a supplier's BOM, makes that not applicable)
        assertThat(result.findings()).filteredOn(f -> f.status() == Status.ERROR).isNotEmpty().allSatisfy(f -> {
            assertThat(f.control()).isEqualTo("model-format-safe");
            assertThat(f.message()).contains(" could not be evaluated: the BOM records no file of it");
        });
        assertThat(result.findings()).filteredOn(f -> f.control().equals("model-lifecycle-allowed")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).endsWith("records no life-cycle stage"
                        + " (aibom:model:lifecycle)"));
        assertThat(result.findings()).filteredOn(f -> f.control().equals("supplier-registered"))
                .allMatch(f -> f.status() == Status.NOT_APPLICABLE);
        assertThat(result.completeness().percent()).isBetween(0, 99);
    }
}
