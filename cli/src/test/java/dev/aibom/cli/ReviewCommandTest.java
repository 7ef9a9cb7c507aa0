package dev.aibom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aibom review}: the first lines say who, whether and by which key it is signed, and what it lists. */
class ReviewCommandTest {
    private static final String ACME_KEY = "6e8abde8d01ce9a8a48232db7700c5b8f72fcb9ff9681179f4d054b184ea2d76";

    @TempDir
    Path temp;
    Path review;
    Path bom;
    Path register;

    @BeforeEach
    void delivery() {
        review = Fixtures.supplierReview(temp);
        bom = review.resolve("acme-fraud-scoring.cdx.json");
        register = review.resolve("suppliers.yaml");
    }

    private Cli.Run review(Path file, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "review";
        args[1] = file.toString();
        args[2] = "--suppliers";
        args[3] = register.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(concat(args, "--reports", temp.resolve("reports").toString(), "--today", "2026-11-27"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aSignedBomOfARegisteredSupplierPassesAndSaysWhoSignedIt() {
        Cli.Run run = review(bom);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().subList(0, 5)).containsExactly(
                "aibom: reviewing " + bom,
                "aibom: supplier: ACME ML GmbH, registered as 'acme' (approved)",
                "aibom: signature: signed by ACME ML GmbH's registered key " + ACME_KEY + ": VALID",
                "aibom: contents: CycloneDX 1.6 BOM of system acme-fraud-scoring-api 3.2.0: 1 model, 1 dataset and"
                        + " 0 services",
                "aibom: inputs: policy: built-in review policy; supplier register " + register + "; waivers: none"
                        + " (--waivers not set)");
        assertThat(run.out()).contains("aibom: reports: " + temp.resolve("reports/aibom-report.html"));
        assertThat(run.err()).isEmpty();
        assertThat(temp.resolve("reports/aibom-report.css")).exists();
    }

    @Test
    void anUnsignedBomFailsAndEveryFindingSaysWhoseClaimItIs() throws Exception {
        ObjectNode unsigned = Fixtures.read(bom);
        unsigned.remove("signature");
        Path file = Fixtures.write(temp.resolve("unsigned.cdx.json"), unsigned);
        Cli.Run run = review(file);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.outLines().subList(0, 3)).containsExactly(
                "aibom: reviewing " + file,
                "aibom: supplier: ACME ML GmbH, registered as 'acme' (approved)",
                "aibom: signature: unsigned");
        assertThat(run.errLines()).contains("aibom: ERROR [A.10.3] supplier-bom-signed: the BOM of supplier"
                + " 'ACME ML GmbH' is not signed [claimed in an unsigned BOM of ACME ML GmbH]");
    }

    @Test
    void aBomChangedAfterSigningIsAnErrorThatSaysSo() throws Exception {
        Files.writeString(bom, Files.readString(bom).replace("\"0.91\"", "\"0.99\""));
        Cli.Run run = review(bom);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.outLines().get(2)).isEqualTo("aibom: signature: INVALID: the content was changed after"
                + " signing: the signature does not match the signed content under the key it names (key " + ACME_KEY
                + ", registered for ACME ML GmbH)");
        // the error is the tampering, not a misleading "not signed with a registered key"
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("aibom: ERROR [A.10.3]"
                + " supplier-bom-signed: the BOM's signature is INVALID: the content was changed after signing"));
        assertThat(run.err()).doesNotContain("is not signed with a key registered");
    }

    @Test
    void aThirdPartyBomWithoutAibomPropertiesIsJudgedByTheReviewPolicy() throws Exception {
        Path[] keys = Fixtures.keys(temp.resolve("keys"), "other-tool");
        Path file = Fixtures.write(temp.resolve("third-party.cdx.json"),
                Fixtures.withoutAibomProperties(Fixtures.read(bom)).without("signature"));
        Fixtures.sign(file, keys[0], false);
        register = Fixtures.register(temp.resolve("register/suppliers.yaml"), "acme", "ACME ML GmbH",
                "https://acme-ml.example.com", keys[1]);
        String fingerprint = KeyFingerprint.of(KeyLoader.publicKeys(keys[1]).get(0)).hex();
        Cli.Run run = review(file);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.outLines().subList(0, 3)).containsExactly(
                "aibom: reviewing " + file,
                "aibom: supplier: ACME ML GmbH, registered as 'acme' (approved)",
                "aibom: signature: signed by ACME ML GmbH's registered key " + fingerprint + ": VALID");
        // life cycle and approvals are aibom properties: not required of another tool's BOM
        assertThat(run.err()).doesNotContain("model-lifecycle-allowed", "model-approval", "data-quality");
        // but leaving the risk level out does not avoid the attestation: the one error
        assertThat(run.err().lines().filter(l -> l.startsWith("aibom: ERROR [")).toList()).containsExactly(
                "aibom: ERROR [A.10.2, A.10.3] supplier-attestation: the BOM of a system whose risk level the BOM does"
                        + " not state carries no ISO/IEC 42001 attestation (declarations: none) [claimed in the BOM"
                        + " signed by ACME ML GmbH]");

        // procurement that accepts such BOMs says so in its policy
        Path policy = Files.writeString(temp.resolve("review-policy.yaml"), new String(
                dev.aibom.core.control.Policy.class.getClassLoader().getResourceAsStream(
                dev.aibom.core.control.Policy.REVIEW_RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8) + "  supplier-attestation: { riskLevels: [high, unacceptable] }\n");
        Cli.Run accepted = review(file, "--policy", policy.toString());
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
    }

    @Test
    void aPlainSoftwareSbomSaysItHasNoAiComponentsAndFailsOnlyWhenRequired() throws Exception {
        Path sbom = Fixtures.plainSoftwareSbom(temp);
        Cli.Run run = review(sbom);
        assertThat(run.outLines().subList(0, 4)).containsExactly(
                "aibom: reviewing " + sbom,
                "aibom: supplier: the BOM names no supplier (metadata.supplier, metadata.manufacturer)",
                "aibom: signature: unsigned",
                "aibom: contents: CycloneDX 1.6 BOM of system aibom-cli 0.1.0-SNAPSHOT: no AI components (no model,"
                        + " dataset or service) - a software SBOM, not an AI-BOM");
        assertThat(run.errLines()).contains("aibom: WARNING [A.4.2] ai-components-present: this BOM contains no AI"
                + " components: no model (machine-learning-model), dataset (data) or service, so the AI controls had"
                + " nothing to judge; it is a software SBOM, not an AI-BOM [claimed in an unsigned BOM of an unnamed"
                + " supplier]");
        Cli.Run required = review(sbom, "--require-ai-components");
        assertThat(required.exitCode()).isEqualTo(3);
        assertThat(required.errLines()).anySatisfy(line -> assertThat(line).startsWith("aibom: ERROR [A.4.2]"
                + " ai-components-present: this BOM contains no AI components"));
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void aCycloneDx17BomIsReadAndReviewed() throws Exception {
        Path v17 = Fixtures.cycloneDx17();
        Cli.Run run = review(v17, "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3); // unsigned, no supplier
        assertThat(run.errLines().subList(0, 4)).containsExactly(
                // printed as resolved: ../shared may be a symbolic link
                "aibom: reviewing " + v17.toRealPath(),
                "aibom: supplier: the BOM names no supplier (metadata.supplier, metadata.manufacturer)",
                "aibom: signature: unsigned",
                "aibom: contents: CycloneDX 1.7 BOM: 1 model, 0 datasets and 0 services");
        JsonNode json = run.json();
        assertThat(json.get("kind").asText()).isEqualTo("review");
        assertThat(json.at("/subject/specVersion").asText()).isEqualTo("1.7");
        assertThat(json.at("/subject/models").asInt()).isEqualTo(1);
        assertThat(json.get("outcome").asText()).isEqualTo("fail");
        assertThat(json.at("/signature/state").asText()).isEqualTo("unsigned");
    }

    @Test
    void jsonOutputIsOneDocumentOnStdoutWithTheDocumentedFields() {
        Cli.Run run = review(bom, "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("kind").asText()).isEqualTo("review");
        assertThat(json.get("outcome").asText()).isEqualTo("pass");
        assertThat(json.at("/subject/supplier").asText()).isEqualTo("ACME ML GmbH");
        assertThat(json.at("/subject/supplierStatus").asText()).isEqualTo("registered as 'acme' (approved)");
        assertThat(json.at("/subject/system").asText()).isEqualTo("acme-fraud-scoring-api");
        assertThat(json.at("/subject/date").asText()).isEqualTo("2026-11-27");
        assertThat(json.at("/signature/state").asText()).isEqualTo("valid-trusted");
        assertThat(json.at("/signature/signedBy").asText()).isEqualTo("ACME ML GmbH");
        assertThat(json.get("policy").asText()).isEqualTo("built-in review policy");
        assertThat(json.get("findings").size()).isEqualTo(json.at("/counts/pass").asInt()
                + json.at("/counts/not-applicable").asInt() + json.at("/counts/fail").asInt()
                + json.at("/counts/waived").asInt() + json.at("/counts/error").asInt());
        // people's lines went to stderr
        assertThat(run.errLines().get(0)).isEqualTo("aibom: reviewing " + bom);
    }

    /** stdout is the JSON report, streamed as the report file is: the same text. */
    @Test
    void jsonOnStdoutIsTheJsonReportFile() throws Exception {
        Cli.Run run = review(bom, "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(temp.resolve("reports/aibom-report.json")));
    }

    @Test
    void theSupplierRegisterIsRequired() {
        Cli.Run run = Cli.run("review", bom.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("aibom: Missing required option: '--suppliers=FILE|URL'");
    }
}
