package dev.aibom.core.declare;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.TestJobs;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Procurement requires a signed ISO/IEC 42001 attestation in the BOM of a high-risk supplier system. */
class SupplierAttestationTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path temp;

    private Path example() {
        return TestFiles.copyTree(TestFiles.example("supplier-attestation"), temp.resolve("example"));
    }

    private static Finding attestation(EvaluationResult result) {
        return result.findings().stream().filter(f -> f.control().equals("supplier-attestation")).findFirst()
                .orElseThrow();
    }

    @Test
    void aSignedAttestationByTheRegisteredKeyPassesAndIsShown() throws Exception {
        Path dir = example();
        List<String> lines = new ArrayList<>();
        var review = TestJobs.review(dir.resolve("meridian-bureau-score.cdx.json"), dir.resolve("suppliers.yaml"),
                TODAY, Log.of(lines::add));
        Finding finding = attestation(review.evaluation());
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.message()).startsWith("ISO/IEC 42001 attestation by Meridian Credit Data Ltd (15 of 15"
                + " requirements met), affirmed by Priya Natarajan (Head of Model Governance), signed by Meridian"
                + " Credit Data Ltd's registered key ");
        assertThat(review.evaluation().outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
        assertThat(lines).contains("declarations: attestation to ISO/IEC 42001:2023 Annex A by Meridian Credit Data"
                + " Ltd (first party): 15 requirements, 15 met, 0 partly, 0 not met; 33 claims, 33 pieces of"
                + " evidence; affirmed by Priya Natarajan (Head of Model Governance)");
        assertThat(review.header().declarations()).isPresent();
        // verify reads the BOM without keeping its components, which the claims are about: the same line, not one
        // that finds every claim's target missing (it said "28 references or answers that do not hold")
        List<String> verified = new ArrayList<>();
        dev.aibom.core.job.VerifyJob.run(new dev.aibom.core.job.VerifyJob.Request(
                dir.resolve("meridian-bureau-score.cdx.json"), dev.aibom.core.job.Trust.keys(List.of(
                        dir.resolve("keys/meridian.pub.pem"))), true, java.util.Optional.empty(), "--skip-files",
                ReadLimits.DEFAULT), Log.of(verified::add), dev.aibom.core.hash.HashListener.NONE);
        assertThat(verified).contains("declarations: attestation to ISO/IEC 42001:2023 Annex A by Meridian Credit"
                + " Data Ltd (first party): 15 requirements, 15 met, 0 partly, 0 not met; 33 claims, 33 pieces of"
                + " evidence; affirmed by Priya Natarajan (Head of Model Governance)");
        String html = new String(dev.aibom.core.report.HtmlReport.render(review.evaluation(), review.header()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>What the supplier declares</h2>", "<strong>A.10.3</strong> Suppliers are held"
                + " to the organisation&#39;s approach to responsible AI", "Priya Natarajan");
    }

    @Test
    void aChangedAffirmationBreaksTheSignatureAndTheAttestationBindsNoOne() throws Exception {
        Path dir = example();
        Path bom = dir.resolve("meridian-bureau-score.cdx.json");
        ObjectNode tree = (ObjectNode) BomJson.MAPPER.readTree(bom.toFile());
        ((ObjectNode) tree.at("/declarations/affirmation/signatories/0")).put("role", "Chief Executive Officer");
        Files.write(bom, BomJson.pretty(tree));
        EvaluationResult result = TestJobs.review(bom, dir.resolve("suppliers.yaml"), TODAY, Log.NONE).evaluation();
        assertThat(attestation(result).message()).startsWith("the ISO/IEC 42001 attestation, affirmed by Priya"
                + " Natarajan (Chief Executive Officer), is not in a BOM signed with a key the register lists for the"
                + " supplier, so it binds no one");
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @Test
    void aHighRiskBomWithoutDeclarationsFailsAndALimitedRiskOneNeedsNone() throws Exception {
        Path dir = example();
        Path bom = dir.resolve("meridian-bureau-score.cdx.json");
        ObjectNode tree = (ObjectNode) BomJson.MAPPER.readTree(bom.toFile());
        tree.remove("declarations");
        tree.remove("definitions");
        tree.remove("signature");
        Files.write(bom, BomJson.pretty(tree));
        EvaluationResult result = TestJobs.review(bom, dir.resolve("suppliers.yaml"), TODAY, Log.NONE).evaluation();
        assertThat(attestation(result).message()).startsWith("the BOM of a high-risk system carries no ISO/IEC"
                + " 42001 attestation (declarations: none)");

        Path acme = TestFiles.example("supplier-review");
        EvaluationResult limited = TestJobs.review(acme.resolve("acme-fraud-scoring.cdx.json"),
                acme.resolve("suppliers.yaml"), TODAY, Log.NONE).evaluation();
        assertThat(attestation(limited).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(attestation(limited).message()).startsWith("the system's risk level is limited (an attestation is"
                + " required for: high, unacceptable, unstated)");
    }

    // ------------------------------------------------------------------ judged by content, not by presence

    /**
     * The example's BOM with {@code change} applied to its declarations, signed again with a new key that the
     * register (rewritten) lists for Meridian: the signature holds, so what is judged is the content.
     */
    private Path resigned(java.util.function.Consumer<ObjectNode> change) throws Exception {
        Path dir = example();
        Path bom = dir.resolve("meridian-bureau-score.cdx.json");
        ObjectNode tree = (ObjectNode) BomJson.MAPPER.readTree(bom.toFile());
        tree.remove("signature");
        change.accept(tree);
        Files.write(bom, BomJson.pretty(tree));
        Path key = Files.createTempDirectory(temp, "key").resolve("new.pem");
        Path pub = dir.resolve("keys/meridian.pub.pem");
        Files.delete(pub);
        dev.aibom.core.job.KeygenJob.run(new dev.aibom.core.job.KeygenJob.Request(
                dev.aibom.core.sign.KeyPairs.Type.EC_P256, key, pub, java.util.Optional.empty(), false), Log.NONE);
        dev.aibom.core.job.SignJob.run(new dev.aibom.core.job.SignJob.Request(bom, bom,
                dev.aibom.core.job.KeySpec.file(key), dev.aibom.core.sign.SignOptions.defaults(), "--key",
                java.util.Map.of(), ReadLimits.DEFAULT), Log.NONE);
        return bom;
    }

    private Finding reviewed(Path bom) throws Exception {
        return attestation(TestJobs.review(bom, bom.resolveSibling("suppliers.yaml"), TODAY, Log.NONE).evaluation());
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void theResignedExampleStillPasses() throws Exception {
        Finding finding = reviewed(resigned(tree -> { }));
        assertThat(finding.status()).as(finding.message()).isEqualTo(Status.PASS);
    }

    @Test
    void aSignatoryWithoutANameAffirmsNothing() throws Exception {
        for (String blank : new String[]{"", "   ", "\u200b", "\u00a0\u2003", "\u202e"}) {
            Finding finding = reviewed(resigned(tree -> at(tree, "/declarations/affirmation/signatories/0")
                    .put("name", blank)));
            assertThat(finding.status()).isEqualTo(Status.FAIL);
            assertThat(finding.message()).as("name '" + blank + "'").startsWith("the ISO/IEC 42001 attestation is"
                    + " affirmed by no one named (declarations.affirmation)");
        }
    }

    @Test
    void aRequirementMappedWithoutAnAnswerFails() throws Exception {
        Finding finding = reviewed(resigned(tree -> {
            ObjectNode entry = at(tree, "/declarations/attestations/0/map/0");
            entry.remove("claims");
            entry.remove("conformance");
            entry.remove("confidence");
        }));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).startsWith("the ISO/IEC 42001 attestation signed by Meridian Credit Data Ltd"
                + " does not hold (14 of 15 requirements met): requirement A.4.2 is mapped but not answered: no"
                + " conformance score, no claim, no counter-claim (/declarations/attestations/0/map/0)");
    }

    @Test
    void aRequirementTheSupplierItselfSaysIsNotMetFailsUnlessThePolicyDoesNotRequireIt() throws Exception {
        Path bom = resigned(tree -> {
            at(tree, "/declarations/attestations/0/map/0/conformance").put("score", 0.5);
            at(tree, "/declarations/attestations/0/map/1").putArray("counterClaims").add("claim:2");
        });
        Finding finding = reviewed(bom);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("(13 of 15 requirements met): the supplier states requirement A.4.2"
                + " as not met (conformance 50%); the supplier states requirement ");
        assertThat(finding.message()).contains("as not met (conformance 100%, 1 counter-claim)");

        Path policy = Files.writeString(temp.resolve("review-policy.yaml"), """
                includeDefaults: true
                controls:
                  supplier-attestation: { requirementsMet: { high: [A.10.3, A.6.2.4], default: [all] } }
                """);
        EvaluationResult lenient = dev.aibom.core.job.ReviewJob.run(new dev.aibom.core.job.ReviewJob.Request(bom,
                dev.aibom.core.job.Judging.builder(TODAY)
                        .register(dev.aibom.core.job.Input.configured("suppliers",
                                bom.resolveSibling("suppliers.yaml").toString()))
                        .policy(dev.aibom.core.job.Input.configured("policy", policy.toString()))
                        .build().withRegisterTimeout(java.time.Duration.ofSeconds(5))),
                Log.NONE, dev.aibom.core.hash.HashListener.NONE).evaluation();
        assertThat(attestation(lenient).status()).as(attestation(lenient).message()).isEqualTo(Status.PASS);
    }

    @Test
    void everyReferenceMustResolveAndOnlyWhatResolvesIsCounted() throws Exception {
        List<String> lines = new ArrayList<>();
        Path bom = resigned(tree -> {
            at(tree, "/declarations/attestations/0/map/0").putArray("claims").add("claim:does-not-exist");
            at(tree, "/declarations/attestations/0/map/1").put("requirement", "iso-iec-42001-2023:A.99.9");
            at(tree, "/declarations/claims/1").putArray("evidence").add("evidence:nowhere");
            at(tree, "/declarations/claims/2").put("target", "model:not-in-this-bom");
        });
        EvaluationResult result = TestJobs.review(bom, bom.resolveSibling("suppliers.yaml"), TODAY,
                Log.of(lines::add)).evaluation();
        Finding finding = attestation(result);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains(
                "requirement A.4.2 names claim 'claim:does-not-exist', which is not among the declarations' claims"
                        + " (/declarations/attestations/0/map/0)",
                "the attestation answers requirement 'iso-iec-42001-2023:A.99.9', which the BOM does not define"
                        + " (definitions.standards) (/declarations/attestations/0/map/1/requirement)",
                "claim 'claim:2' names evidence 'evidence:nowhere', which is not among the declarations' evidence"
                        + " (/declarations/claims/1/evidence)",
                "claim 'claim:3' is about 'model:not-in-this-bom', which is not in the BOM"
                        + " (/declarations/claims/2/target)");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("declarations: attestation to ISO/IEC"
                + " 42001:2023 Annex A by Meridian Credit Data Ltd (first party): 15 requirements, 13 met, 0 partly,"
                + " 2 not met; 32 claims, 31 pieces of evidence; 4 references or answers that do not hold;"));
    }

    @Test
    void evidenceThatHasExpiredAtReviewTimeFails() throws Exception {
        Finding finding = reviewed(resigned(tree -> at(tree, "/declarations/evidence/0")
                .put("expires", "2026-06-30T23:59:59Z")));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("evidence 'evidence:1' expired on 2026-06-30T23:59:59Z"
                + " (/declarations/evidence/0/expires)");
        Finding current = reviewed(resigned(tree -> at(tree, "/declarations/evidence/0")
                .put("expires", "2026-11-23T23:59:59Z")));
        assertThat(current.status()).as(current.message()).isEqualTo(Status.PASS);
    }
}
