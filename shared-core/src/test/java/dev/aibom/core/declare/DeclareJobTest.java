package dev.aibom.core.declare;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.bom.DeclarationSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.NeedsConformance;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.BomSchema;
import dev.aibom.core.bom.OfficialSchema;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.DeclareJob;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.KeySpec;
import dev.aibom.core.job.SignJob;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.VerifyJob;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ISO/IEC 42001 declarations written into the example's BOM, signed with it, and read back. */
class DeclareJobTest {
    static final DeclareOptions DANA = new DeclareOptions("", "Dana Whitfield", "Head of Model Risk", "");

    @TempDir
    Path temp;
    Path project;
    Path bom;
    Path xml;

    @BeforeEach
    void generate() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        bom = project.resolve("target/aibom/aibom.cdx.json");
        xml = project.resolve("target/aibom/aibom.cdx.xml");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.of(xml),
                BomOptions.at(Instant.parse("2026-11-01T00:00:00Z"))), Log.NONE);
    }

    private DeclareJob.Result declare(DeclareOptions options) throws Exception {
        return DeclareJob.run(new DeclareJob.Request(bom, Judging.builder(LocalDate.parse("2026-11-23"))
                .policy(Input.configured("policy", project.resolve("aibom-policy.yaml").toString()))
                .register(Input.configured("suppliers", project.resolve("suppliers.yaml").toString()))
                .waivers(Input.configured("waivers", project.resolve("waivers.yaml").toString()))
                .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.of(project), options, Optional.of(xml)), Log.NONE, HashListener.NONE);
    }

    @Test
    void theAttestationMapsEveryEvaluatedRequirementToClaimsEvidenceAndWaivers() throws Exception {
        List<String> lines = new ArrayList<>();
        DeclareJob.Result result = DeclareJob.run(new DeclareJob.Request(bom, Judging.builder(LocalDate.parse("2026-11-23"))
                .policy(Input.configured("policy", project.resolve("aibom-policy.yaml").toString()))
                .register(Input.configured("suppliers", project.resolve("suppliers.yaml").toString()))
                .waivers(Input.configured("waivers", project.resolve("waivers.yaml").toString()))
                .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.of(project), DANA, Optional.of(xml)), Log.of(lines::add), HashListener.NONE);
        JsonNode tree = BomJson.MAPPER.readTree(bom.toFile());
        assertThat(BomSchema.validateJson(tree, SpecVersion.V1_6)).isEmpty();

        JsonNode standard = tree.at("/definitions/standards/0");
        assertThat(standard.path("name").asText()).isEqualTo("ISO/IEC 42001:2023 Annex A");
        assertThat(standard.path("requirements").findValuesAsText("identifier")).contains("A.4", "A.4.2", "A.10",
                "A.10.3").doesNotContain("A.2.2");
        JsonNode a103 = requirement(standard, "A.10.3");
        assertThat(a103.path("title").asText()).isEqualTo("Suppliers are held to the organisation's approach to"
                + " responsible AI");
        assertThat(a103.path("parent").asText()).isEqualTo("iso-iec-42001-2023:A.10");

        JsonNode declarations = tree.path("declarations");
        assertThat(declarations.at("/assessors/0/organization/name").asText()).isEqualTo("Northwind Bank");
        assertThat(declarations.at("/assessors/0/thirdParty").asBoolean(true)).isFalse();
        assertThat(declarations.at("/affirmation/signatories/0/name").asText()).isEqualTo("Dana Whitfield");
        assertThat(declarations.at("/affirmation/signatories/0/role").asText()).isEqualTo("Head of Model Risk");
        JsonNode map = mapEntry(declarations, "iso-iec-42001-2023:A.10.3");
        // the waived certification finding is a claim, mitigated by the waiver, which is evidence with its expiry
        assertThat(map.at("/conformance/score").asDouble()).isEqualTo(1.0);
        assertThat(map.at("/conformance/rationale").asText()).contains("1 of them by a waiver");
        String waiverRef = map.at("/conformance/mitigationStrategies/0").asText();
        JsonNode waiver = byRef(declarations.path("evidence"), waiverRef);
        assertThat(waiver.path("expires").asText()).isEqualTo("2027-06-30T23:59:59Z");
        assertThat(waiver.at("/author/name").asText()).isEqualTo("Dana Whitfield, Head of Model Risk");
        // an assessment's expiry travels with the evidence of the finding that relies on it
        assertThat(declarations.path("evidence").findValues("expires").stream().map(JsonNode::asText))
                .contains("2028-09-15T23:59:59Z", "2027-12-31T23:59:59Z");
        // claims target the components and say in plain words what holds
        assertThat(declarations.path("claims").findValuesAsText("predicate"))
                .contains("model 'credit-pd-logreg' is approved");
        assertThat(declarations.path("claims").findValuesAsText("target")).contains("model:credit-pd-logreg",
                "system:credit-risk-scorer");
        // the signature controls are judged after signing, by check: not declared
        assertThat(declarations.toString()).doesNotContain("aibom:control:bom-signed");

        assertThat(result.summary().line()).startsWith("attestation to ISO/IEC 42001:2023 Annex A by Northwind"
                + " Bank (first party): ").endsWith("affirmed by Dana Whitfield (Head of Model Risk)");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("declared in " + bom + ": attestation to"));
        assertThat(Files.readString(xml)).contains("<declarations>", "<definitions>");
        assertThat(new BomReader(ReadLimits.DEFAULT).read(bom).tree().has("declarations")).isTrue();
    }

    @Test
    void theSignatureCoversTheDeclarations() throws Exception {
        declare(DANA);
        Path key = temp.resolve("keys/k.pem");
        Path pub = temp.resolve("keys/k.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, pub, Optional.empty());
        SignJob.run(new SignJob.Request(bom, bom, KeySpec.file(key), SignOptions.defaults(), "key", Map.of(), ReadLimits.DEFAULT),
                Log.NONE);
        VerifyJob.Result valid = VerifyJob.run(new VerifyJob.Request(bom, Trust.keys(List.of(pub)), true,
                Optional.of(project), "--base", ReadLimits.DEFAULT), Log.NONE, HashListener.NONE);
        assertThat(valid.passed()).isTrue();

        ObjectNode tree = (ObjectNode) BomJson.MAPPER.readTree(bom.toFile());
        ((ObjectNode) tree.at("/declarations/affirmation/signatories/0")).put("name", "Somebody Else");
        Files.write(bom, BomJson.pretty(tree));
        VerifyJob.Result tampered = VerifyJob.run(new VerifyJob.Request(bom, Trust.keys(List.of(pub)), true,
                Optional.of(project), "--base", ReadLimits.DEFAULT), Log.NONE, HashListener.NONE);
        assertThat(tampered.passed()).isFalse();

        assertThatThrownBy(() -> declare(DANA)).isInstanceOf(AibomException.class).hasMessage(bom + " is already"
                + " signed: declare before signing, so that the signature covers the declarations (generate, declare,"
                + " sign).");
    }

    @Test
    void declaringTwiceOrWithoutASignatoryIsRefused() throws Exception {
        declare(DANA);
        assertThatThrownBy(() -> declare(DANA)).hasMessage(bom + " already has declarations or definitions: declare"
                + " once, on the BOM generate wrote.");
        assertThatThrownBy(() -> new DeclareOptions("", " ", "CRO", "")).hasMessage("a declaration needs the"
                + " signatory's name and role");
    }

    @Test
    @NeedsConformance
    void independentValidatorsAcceptTheDeclaredBom() throws Exception {
        declare(DANA);
        JsonNode tree = BomJson.MAPPER.readTree(bom.toFile());
        assertThat(OfficialSchema.errors(tree, "1.6")).isEmpty();
        Path script = Path.of(DeclareJobTest.class.getResource("validate_cyclonedx.py").toURI());
        Process python = new ProcessBuilder("python3", script.toString(), TestFiles.conformance()
                .resolve("cyclonedx-spec/schema").toString(), bom.toString(), "1.6").redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes());
        assertThat(python.waitFor()).as(output).isZero();
    }

    @Test
    @NeedsConformance
    void theSpecificationsAttestationAndStandardSamplesAreUnderstood() throws Exception {
        Path samples = TestFiles.conformance().resolve("cyclonedx-spec/test-resources/1.6");
        JsonNode attestation = new BomReader(ReadLimits.DEFAULT).read(samples.resolve("valid-attestation-1.6.json")).tree();
        DeclarationSummary summary = DeclarationSummary.of(attestation).orElseThrow();
        assertThat(summary.assessors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Assessors Inc");
            assertThat(a.thirdParty()).isTrue();
        });
        assertThat(summary.attestations()).singleElement().satisfies(a -> {
            assertThat(a.assessor()).isEqualTo("Assessors Inc");
            assertThat(a.requirements()).singleElement().satisfies(r -> {
                assertThat(r.identifier()).isEqualTo("requirement-1"); // the sample does not define it
                assertThat(r.claims()).isEqualTo(1);
                // the sample names a counter-claim it does not list: it does not count, and it is an issue
                assertThat(r.counterClaims()).isZero();
                assertThat(r.unresolved()).containsExactly("counterClaim-1");
                assertThat(r.score()).contains(0.8);
                assertThat(r.met()).isFalse();
            });
        });
        assertThat(summary.issues()).extracting(DeclarationSummary.Issue::message).containsExactly(
                "the attestation answers requirement 'requirement-1', which the BOM does not define"
                        + " (definitions.standards)",
                "requirement requirement-1 names claim 'counterClaim-1', which is not among the declarations' claims",
                "claim 'claim-1' is about 'acme-inc', which is not in the BOM");
        assertThat(summary.claims()).isEqualTo(1);
        assertThat(summary.evidence()).isEqualTo(3);
        assertThat(summary.expiredOn(LocalDate.parse("2026-11-23"))).extracting(DeclarationSummary.EvidenceItem::ref)
                .containsExactly("evidence-1", "counterEvidence-1", "mitigationStrategy-1");
        assertThat(summary.affirmation().orElseThrow().signatories()).extracting(DeclarationSummary.Signatory::name)
                .containsExactly("Tom", "Jerry");
        JsonNode standard = new BomReader(ReadLimits.DEFAULT).read(samples.resolve("valid-standard-1.6.json")).tree();
        assertThat(standard.at("/definitions/standards/0/requirements")).hasSize(3);
        assertThat(DeclarationSummary.of(standard)).isEmpty();
    }

    @Test
    void thePublishedStandardIsWhatAibomWrites() throws Exception {
        Path committed = TestFiles.repositoryRoot().resolve("docs/standards/iso-iec-42001-annex-a.cdx.json");
        byte[] expected = BomJson.pretty(StandardDefinition.document());
        assertThat(committed).as("docs/standards/iso-iec-42001-annex-a.cdx.json").exists();
        assertThat(Files.readString(committed)).as("regenerate docs/standards/iso-iec-42001-annex-a.cdx.json")
                .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(BomSchema.validateJson(StandardDefinition.document(), SpecVersion.V1_6)).isEmpty();
        for (JsonNode requirement : StandardDefinition.document().at("/definitions/standards/0/requirements")) {
            assertThat(requirement.path("title").asText()).as(requirement.toString()).isNotBlank();
        }
    }

    static JsonNode requirement(JsonNode standard, String id) {
        for (JsonNode requirement : standard.path("requirements")) {
            if (requirement.path("identifier").asText().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError("no requirement " + id);
    }

    static JsonNode mapEntry(JsonNode declarations, String requirement) {
        for (JsonNode entry : declarations.at("/attestations/0/map")) {
            if (entry.path("requirement").asText().equals(requirement)) {
                return entry;
            }
        }
        throw new AssertionError("no map entry for " + requirement);
    }

    static JsonNode byRef(JsonNode array, String ref) {
        for (JsonNode item : array) {
            if (item.path("bom-ref").asText().equals(ref)) {
                return item;
            }
        }
        throw new AssertionError("no " + ref);
    }
}
