package dev.aibom.core.declare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.TestJobs;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.Status;
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
}
