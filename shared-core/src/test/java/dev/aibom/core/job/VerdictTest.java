package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.control.SignatureVerdict;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Verdicts that cannot be talked into passing: identity comes from the standard fields and the signature, invalid
 * signatures are always errors, ambiguous documents are refused, untrusted text cannot forge log lines.
 */
class VerdictTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path temp;
    SigningKey acme;
    SigningKey cheap;
    Path register;

    @BeforeEach
    void setUp() throws Exception {
        acme = key();
        cheap = key();
        Files.writeString(temp.resolve("acme.pub.pem"), pem(acme));
        Files.writeString(temp.resolve("cheap.pub.pem"), pem(cheap));
        register = Files.writeString(temp.resolve("suppliers.yaml"), """
                suppliers:
                  - id: acme
                    names: [ACME ML GmbH]
                    urls: [https://acme-ml.example.com]
                    status: approved
                    lastAssessment: 2026-06-01
                    reassessEvery: P12M
                    certifications: [ISO/IEC 42001]
                    approvedFor: [model, dataset]
                    publicKeys: [acme.pub.pem]
                  - id: cheap
                    names: [Cheap Models Ltd]
                    urls: [https://cheap-models.example.com]
                    status: approved
                    lastAssessment: 2026-06-01
                    reassessEvery: P12M
                    approvedFor: [model]
                    publicKeys: [cheap.pub.pem]
                  - id: internal
                    names: [Northwind Bank]
                    status: approved
                    lastAssessment: 2026-06-01
                    reassessEvery: P12M
                    approvedFor: [model, dataset, service]
                """);
    }

    private static SigningKey key() {
        var pair = KeyPairs.generate(KeyPairs.Type.EC_P256);
        return new SigningKey(pair.getPrivate(), pair.getPublic(), List.of());
    }

    private static String pem(SigningKey key) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(key.publicKey());
        }
        return out.toString();
    }

    private ObjectNode supplierBom() throws Exception {
        Path source = Path.of(getClass().getResource("/controls/acme-supplier-bom.json").toURI());
        return (ObjectNode) BomJson.MAPPER.readTree(Files.readString(source));
    }

    private Path write(ObjectNode bom, Optional<SigningKey> signer, SignOptions options) throws Exception {
        Path file = temp.resolve("bom-" + System.nanoTime() + ".cdx.json");
        Files.write(file, BomJson.pretty(bom));
        if (signer.isPresent()) {
            LoadedBom loaded = new BomReader(ReadLimits.DEFAULT).read(file);
            Files.write(file, BomJson.pretty(BomSignatures.sign(loaded, signer.get(), options)));
        }
        return file;
    }

    private Path write(ObjectNode bom, Optional<SigningKey> signer) throws Exception {
        return write(bom, signer, SignOptions.defaults());
    }

    private ReviewJob.Result review(Path bom, Optional<Path> policy, Optional<Path> waivers) throws Exception {
        return ReviewJob.run(new ReviewJob.Request(bom, Judging.builder(TODAY)
                .register(Input.configured("--suppliers", register.toString()))
                .policy(policy.map(p -> Input.configured("--policy", p.toString())).orElse(Input.none("--policy")))
                .waivers(waivers.map(p -> Input.configured("--waivers", p.toString()))
                        .orElse(Input.none("--waivers")))
                .build().withRegisterTimeout(Duration.ofSeconds(5))), Log.NONE, HashListener.NONE);
    }

    private CheckJob.Result check(Path bom, Trust trust, Optional<Path> waivers) throws Exception {
        return CheckJob.run(new CheckJob.Request(bom, judging()
                .register(Input.configured("--suppliers", register.toString()))
                .waivers(waivers.map(p -> Input.configured("--waivers", p.toString()))
                        .orElse(Input.none("--waivers")))
                .trust(trust).build(), Optional.empty()), Log.NONE, HashListener.NONE);
    }

    private static Finding finding(EvaluationResult result, String control, String component) {
        return result.findings().stream().filter(f -> f.control().equals(control) && f.component().equals(component))
                .findFirst().orElseThrow(() -> new AssertionError("no " + control + " for " + component));
    }

    // ------------------------------------------------------------------ identity

    @Test
    void aSelfAssertedSupplierIdDoesNotBeatTheStandardSupplierField() throws Exception {
        ObjectNode bom = supplierBom();
        ObjectNode model = (ObjectNode) bom.get("components").get(0);
        model.putObject("supplier").put("name", "Evil Models Ltd");
        model.putArray("properties").addObject().put("name", "aibom:supplier:id").put("value", "internal");
        EvaluationResult result = check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation();
        Finding registered = finding(result, "supplier-registered", "acme-fraud-gbm");
        assertThat(registered.status()).isEqualTo(Status.FAIL);
        assertThat(registered.message()).isEqualTo("model 'acme-fraud-gbm' supplier 'Evil Models Ltd' is not in the"
                + " supplier register, and its aibom:supplier:id 'internal' (Northwind Bank) does not agree with it");
        // certifications and approvals are never judged against the supplier the hint names
        for (String control : List.of("supplier-status", "supplier-assessment-current", "supplier-approved-for-type")) {
            assertThat(finding(result, control, "acme-fraud-gbm").status()).isEqualTo(Status.NOT_APPLICABLE);
        }
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @Test
    void aRegisteredNameWhoseHintNamesAnotherSupplierIsAConflict() throws Exception {
        ObjectNode bom = supplierBom();
        ObjectNode dataset = (ObjectNode) bom.get("components").get(1);
        dataset.putArray("properties").addObject().put("name", "aibom:supplier:id").put("value", "cheap");
        Finding registered = finding(check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation(),
                "supplier-registered", "acme-transactions-2025");
        assertThat(registered.line()).isEqualTo("[A.10.3] supplier-registered: dataset 'acme-transactions-2025'"
                + " supplier 'ACME ML GmbH' is registered as 'acme', but its aibom:supplier:id says 'cheap'");
    }

    @Test
    void aLookAlikeNameIsNotAMatchEvenWithTheRightWebAddress() throws Exception {
        ObjectNode bom = supplierBom();
        ObjectNode model = (ObjectNode) bom.get("components").get(0);
        // Cyrillic А and С and Е in "АСМЕ ML GmbH"
        model.putObject("supplier").put("name", "\\u0410\\u0421\\u041cЕ ML GmbH").putArray("url")
                .add("https://acme-ml.example.com/models");
        Finding registered = finding(check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation(),
                "supplier-registered", "acme-fraud-gbm");
        assertThat(registered.status()).isEqualTo(Status.FAIL);
        assertThat(registered.message()).isEqualTo("model 'acme-fraud-gbm' supplier '\\u0410\\u0421\\u041cЕ ML GmbH'"
                + " mixes letters of several scripts (Cyrillic, Latin), as look-alike names do");

        // a plain other name with the registered supplier's address: a conflict, not a match
        model.putObject("supplier").put("name", "ACME Machine Learning").putArray("url")
                .add("https://www.acme-ml.example.com/");
        assertThat(finding(check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation(),
                "supplier-registered", "acme-fraud-gbm").message()).isEqualTo("model 'acme-fraud-gbm' supplier"
                + " 'ACME Machine Learning' is not in the supplier register, but its web address"
                + " https://www.acme-ml.example.com/ belongs to registered supplier 'acme' (ACME ML GmbH); a name that"
                + " disagrees with its address is not a match");

        // names match after NFKC, white space and case normalisation
        model.putObject("supplier").put("name", "  ａｃｍｅ   ml  GMBH ");
        assertThat(finding(check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation(),
                "supplier-registered", "acme-fraud-gbm").status()).isEqualTo(Status.PASS);
    }

    // ------------------------------------------------------------------ reviews: who signed what

    @Test
    void theSignerIsJudgedAndNamedAndWhatItClaimsForOthersIsItsClaim() throws Exception {
        // signed with the registered key of an uncertified supplier; the components claim the certified one
        ObjectNode bom = supplierBom();
        ((ObjectNode) bom.get("metadata")).putObject("supplier").put("name", "Cheap Models Ltd");
        ((ObjectNode) bom.at("/metadata/component")).putArray("properties").addObject()
                .put("name", "aibom:system:riskLevel").put("value", "high");
        ReviewJob.Result result = review(write(bom, Optional.of(cheap)), Optional.empty(), Optional.empty());
        String fingerprint = KeyFingerprint.of(cheap.publicKey()).hex();
        assertThat(result.signature().line()).isEqualTo("signed by Cheap Models Ltd's registered key " + fingerprint
                + ": VALID");
        String claim = " [claimed in the BOM signed by Cheap Models Ltd]";
        // the signer itself goes through the supplier controls
        assertThat(finding(result.evaluation(), "supplier-certifications", "").line()).isEqualTo("[A.10.3]"
                + " supplier-certifications: the BOM's signer 'Cheap Models Ltd' lacks ISO/IEC 42001 (required for"
                + " risk level high)" + claim);
        assertThat(finding(result.evaluation(), "supplier-approved-for-type", "").message()).isEqualTo("the BOM's"
                + " signer 'Cheap Models Ltd' is not approved for datasets (approved for: model)" + claim);
        // a component naming another registered supplier is the signer's claim, and says so
        assertThat(finding(result.evaluation(), "supplier-registered", "acme-fraud-gbm").message()).isEqualTo("model"
                + " 'acme-fraud-gbm' supplier 'ACME ML GmbH' is registered as 'acme'" + claim);
        assertThat(finding(result.evaluation(), "supplier-bom-signed", "").status()).isEqualTo(Status.PASS);
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @Test
    void aBomSignedByOneSupplierButNamingAnotherFails() throws Exception {
        ReviewJob.Result result = review(write(supplierBom(), Optional.of(cheap)), Optional.empty(), Optional.empty());
        assertThat(finding(result.evaluation(), "supplier-bom-signed", "").message()).isEqualTo("the BOM is signed by"
                + " Cheap Models Ltd's registered key " + KeyFingerprint.of(cheap.publicKey()) + ", but it names ACME"
                + " ML GmbH as its supplier [claimed in the BOM signed by Cheap Models Ltd]");
    }

    // ------------------------------------------------------------------ signatures

    @Test
    void aBomChangedAfterSigningIsAnErrorThatNoPolicyOrWaiverLowers() throws Exception {
        Path signed = write(supplierBom(), Optional.of(acme));
        Files.writeString(signed, Files.readString(signed).replace("\"0.91\"", "\"0.99\""));
        Path waivers = Files.writeString(temp.resolve("waivers.yaml"), """
                waivers:
                  - control: bom-signed
                    component: BOM
                    reason: we trust them
                    approvedBy: nobody
                    expires: 2030-01-01
                """);
        CheckJob.Result result = check(signed, Trust.keys(List.of(temp.resolve("acme.pub.pem"))), Optional.of(waivers));
        Finding signedFinding = finding(result.evaluation(), "bom-signed", "");
        assertThat(signedFinding.status()).isEqualTo(Status.FAIL);
        assertThat(signedFinding.severity()).isEqualTo(Severity.ERROR); // bom-signed is a warning by default
        assertThat(signedFinding.message()).startsWith("the BOM's signature is INVALID: /signature: ES256 key "
                + KeyFingerprint.of(acme.publicKey()) + ": INVALID, untrusted (the content was changed after"
                + " signing");
        assertThat(result.signature().state()).isEqualTo(SignatureVerdict.State.INVALID);
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);

        ReviewJob.Result reviewed = review(signed, Optional.empty(), Optional.empty());
        assertThat(finding(reviewed.evaluation(), "supplier-bom-signed", "").message()).isEqualTo("the BOM's signature"
                + " is INVALID: the content was changed after signing: the signature does not match the signed"
                + " content under the key it names (key " + KeyFingerprint.of(acme.publicKey())
                + ", registered for ACME ML GmbH) [claimed in a BOM of ACME ML GmbH whose signature is INVALID]");
        assertThat(reviewed.signature().line()).startsWith("INVALID: the content was changed after signing");
    }

    @Test
    void oneInvalidSignerAmongValidOnesAndAnInvalidNestedSignatureFail() throws Exception {
        // two signers: the registered one, then a second whose value is broken
        Path file = write(supplierBom(), Optional.of(acme), SignOptions.defaults().withMultipleSigners(true));
        LoadedBom once = new BomReader(ReadLimits.DEFAULT).read(file);
        ObjectNode twice = BomSignatures.sign(once, cheap, SignOptions.defaults().withMultipleSigners(true));
        ((ObjectNode) twice.at("/signature/signers/1")).put("value", twice.at("/signature/signers/0/value").asText());
        Files.write(file, BomJson.pretty(twice));
        ReviewJob.Result result = review(file, Optional.empty(), Optional.empty());
        assertThat(result.signature().state()).isEqualTo(SignatureVerdict.State.INVALID);
        assertThat(finding(result.evaluation(), "supplier-bom-signed", "").severity()).isEqualTo(Severity.ERROR);
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);

        // an invalid signature on a component
        ObjectNode bom = supplierBom();
        ObjectNode model = (ObjectNode) bom.get("components").get(0);
        ObjectNode signedModel = dev.aibom.core.sign.JsfSigner.sign(model, acme, SignOptions.defaults());
        signedModel.put("version", "9.9.9");
        ((ArrayNode) bom.get("components")).set(0, signedModel);
        CheckJob.Result nested = check(write(bom, Optional.empty()), Trust.keys(List.of(temp.resolve("acme.pub.pem"))),
                Optional.empty());
        assertThat(finding(nested.evaluation(), "bom-signed", "").message()).startsWith("the BOM's signature is"
                + " INVALID: /components/0/signature: ES256 key ");
        assertThat(finding(nested.evaluation(), "bom-signed", "").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void signatureControlsCannotBeWaivedByWildcard() throws Exception {
        for (String control : List.of("bom-signed", "supplier-bom-signed")) {
            Path waivers = Files.writeString(temp.resolve(control + ".yaml"), "waivers:\n  - control: " + control
                    + "\n    component: '*'\n    reason: r\n    approvedBy: a\n    expires: 2030-01-01\n");
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> review(
                    write(supplierBom(), Optional.empty()), Optional.empty(), Optional.of(waivers)));
            assertThat(error.problems()).extracting(dev.aibom.core.Problem::format).containsExactly(waivers
                    + ":3:5: waivers[0].component: control '" + control + "' can only be waived for one component"
                    + " named exactly, not with '*'. Fix: name the component (its bom-ref or name) without '*'.");
        }
    }

    // ------------------------------------------------------------------ unambiguous input

    @Test
    void conflictingDuplicatePropertiesAreAFindingAndNeverAPass() throws Exception {
        ObjectNode bom = supplierBom();
        ArrayNode properties = ((ObjectNode) bom.get("components").get(0)).putArray("properties");
        properties.addObject().put("name", "aibom:model:lifecycle").put("value", "approved");
        properties.addObject().put("name", "aibom:model:lifecycle").put("value", "retired");
        EvaluationResult result = check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation();
        assertThat(finding(result, "properties-unambiguous", "acme-fraud-gbm").line()).isEqualTo("[A.6.2.3]"
                + " properties-unambiguous: model 'acme-fraud-gbm' states conflicting values for"
                + " aibom:model:lifecycle (approved, retired)");
        Finding lifecycle = result.findings().stream().filter(f -> f.control().equals("model-lifecycle-allowed"))
                .findFirst().orElseThrow();
        assertThat(lifecycle.status()).isEqualTo(Status.ERROR);
        assertThat(lifecycle.message()).isEqualTo("control could not be evaluated: model 'acme-fraud-gbm' has"
                + " conflicting values for aibom:model:lifecycle: approved, retired");
    }

    @Test
    void aReferenceToNothingFailsTheCheckAndNoPolicyLowersIt() throws Exception {
        ObjectNode bom = supplierBom();
        EvaluationResult clean = check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation();
        assertThat(finding(clean, "references-resolve", "").status()).isEqualTo(Status.PASS);
        String model = bom.get("components").get(0).path("bom-ref").asText();
        ArrayNode dependencies = bom.putArray("dependencies");
        dependencies.addObject().put("ref", model).putArray("dependsOn").add("ghost-library");
        dependencies.addObject().put("ref", "phantom");
        ObjectNode card = ((ObjectNode) bom.get("components").get(0)).putObject("modelCard");
        card.putObject("modelParameters").putArray("datasets").addObject().put("ref", "unlisted-data");
        EvaluationResult result = check(write(bom, Optional.empty()), Trust.NONE, Optional.empty()).evaluation();
        Finding unresolved = finding(result, "references-resolve", "");
        assertThat(unresolved.status()).isEqualTo(Status.FAIL);
        assertThat(unresolved.severity()).isEqualTo(Severity.ERROR);
        assertThat(unresolved.message()).isEqualTo("3 references name nothing in the BOM:"
                + " /dependencies/0/dependsOn/0 'ghost-library'; /dependencies/1/ref 'phantom';"
                + " /components/0/modelCard/modelParameters/datasets/0/ref 'unlisted-data'");
        assertThat(unresolved.evidence()).isEqualTo("/dependencies/0/dependsOn/0");
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        // fixed: a policy cannot switch it off or lower it
        Path lenient = Files.writeString(temp.resolve("lenient.yaml"), "controls:\n  references-resolve:\n"
                + "    enabled: false\n");
        assertThatThrownBy(() -> dev.aibom.core.control.Policy.load(lenient,
                dev.aibom.core.control.ControlRegistry.builtIn())).hasMessageContaining("references-resolve");
    }

    @Test
    void aBomThatRepeatsABomRefIsRefused() throws Exception {
        ObjectNode bom = supplierBom();
        ((ObjectNode) bom.get("components").get(1)).put("bom-ref", "acme-fraud-gbm");
        Path file = write(bom, Optional.empty());
        assertThatThrownBy(() -> new BomReader(ReadLimits.DEFAULT).read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + ":68:7: /components/1/bom-ref: the bom-ref 'acme-fraud-gbm' is also used"
                        + " at /components/0; bom-refs must be unique, or findings, waivers and dependencies could"
                        + " attach to the wrong component. Fix: ask the supplier for a BOM with unique bom-refs.");
    }

    // ------------------------------------------------------------------ consoles

    @Test
    void untrustedTextCannotForgeLogLines() throws Exception {
        ObjectNode bom = supplierBom();
        ((ObjectNode) bom.get("components").get(0)).putObject("supplier")
                .put("name", "Evil\n[INFO] BUILD SUCCESS\u001b[32m\u0007\u202e\u0000");
        List<String> lines = new ArrayList<>();
        CheckJob.run(new CheckJob.Request(write(bom, Optional.empty()), judging()
                .register(Input.configured("--suppliers", register.toString())).build(), Optional.empty()),
                Log.console(lines::add, lines::add), HashListener.NONE);
        assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("aibom: ERROR [A.10.3] supplier-registered:"
                + " model 'acme-fraud-gbm' supplier 'Evil\\n[INFO] BUILD SUCCESS\\e[32m\\u0007\\u202e\\u0000'"
                + " contains an invisible or control character (U+000A), as look-alike names do"));
        assertThat(String.join("\n", lines)).doesNotContain("\u001b", "\u0007", "\u202e", "\u0000")
                .doesNotContain("\n[INFO] BUILD SUCCESS");
    }

    // ------------------------------------------------------------------ fail closed

    @Test
    void aConfiguredInputThatDoesNotExistIsAnErrorNamingTheParameter() throws Exception {
        Path bom = write(supplierBom(), Optional.empty());
        Path missing = temp.resolve("procurement/suppliers.yaml");
        assertThatThrownBy(() -> CheckJob.run(new CheckJob.Request(bom, judging()
                .register(Input.configured("--suppliers", missing.toString())).build(), Optional.empty()),
                Log.NONE, HashListener.NONE)).isInstanceOf(dev.aibom.core.AibomException.class).hasMessage(
                "--suppliers: the supplier register " + missing + " does not exist. Point --suppliers at the supplier"
                        + " register, or remove the setting.");
        // no register at all, and the default policy needs one: not 18 "not applicable"
        assertThatThrownBy(() -> CheckJob.run(new CheckJob.Request(bom, judging()
                .register(Input.byDefault("--suppliers", temp.resolve("none/suppliers.yaml"))).build(),
                Optional.empty()), Log.NONE, HashListener.NONE)).hasMessage("--suppliers: no supplier register is"
                + " configured (the default " + temp.resolve("none/suppliers.yaml") + " does not exist), but the"
                + " policy (built-in default policy) enables controls that need it: supplier-approved-for-type,"
                + " supplier-assessment-current, supplier-certifications, supplier-registered, supplier-status. Point"
                + " --suppliers at procurement's suppliers.yaml (or its https URL), or disable these controls in the"
                + " policy.");
        // a policy that disables them needs no register
        Path policy = Files.writeString(temp.resolve("p.yaml"), "controls:\n" + String.join("", List.of(
                "supplier-approved-for-type", "supplier-assessment-current", "supplier-certifications",
                "supplier-registered", "supplier-status").stream().map(c -> "  " + c + ": { enabled: false }\n")
                .toList()));
        List<String> lines = new ArrayList<>();
        CheckJob.run(new CheckJob.Request(bom, judging().policy(Input.configured("--policy", policy.toString()))
                .build(), Optional.empty()), Log.console(lines::add, lines::add), HashListener.NONE);
        // after the line that says no discovery ran (nothing was named to look into)
        assertThat(lines.get(1)).isEqualTo("aibom: inputs: policy " + policy + "; supplier register: none (--suppliers"
                + " not set); waivers: none (--waivers not set)");
    }

    @Test
    void anApprovalRecordIsReadStrictly() throws Exception {
        Path record = Files.writeString(temp.resolve("approval.json"), "{\"type\": \"aibom-approval\","
                + " \"decision\": \"rejected\", \"decision\": \"approved\"}");
        assertThatThrownBy(() -> dev.aibom.core.sign.ApprovalRecord.read(record)).hasMessageContaining(record
                + ":1:62: the key 'decision' appears twice in one object; a reader and a signature verifier could see"
                + " different values, so the approval record is refused.");
        Files.writeString(record, "{\"type\": \"aibom-approval\"} {\"decision\": \"approved\"}");
        assertThatThrownBy(() -> dev.aibom.core.sign.ApprovalRecord.read(record)).hasMessageContaining(
                "there is data after the end of the JSON document.");
    }

    /** Judging as the command line sets it up: its parameter names, nothing configured, a short register timeout. */
    private static JudgingBuilder judging() {
        return Judging.builder(TODAY).policy(Input.none("--policy")).register(Input.none("--suppliers"))
                .waivers(Input.none("--waivers"))
                .settings(JudgingSettings.DEFAULTS.withRegisterTimeout(Duration.ofSeconds(5)));
    }
}
