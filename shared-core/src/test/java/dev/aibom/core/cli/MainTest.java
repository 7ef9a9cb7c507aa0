package dev.aibom.core.cli;

import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    @Test
    void generateWritesTheBomAndSaysWhere() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("out/bom.json");
        int code = run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString());
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("aibom: wrote " + bom + " (CycloneDX 1.6, 4 models"
                + " and datasets, 1 services, serialNumber urn:uuid:");
        assertThat(Files.readString(bom)).contains("\"timestamp\": \"2026-01-01T00:00:00Z\"");

        out.reset();
        assertThat(run(Map.of(), "validate", "--bom", bom.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("aibom: " + bom + " is a valid CycloneDX 1.6 BOM"
                + " (4 components, signature: none)\n");
    }

    @Test
    void invalidInputExitsWithOneAndTheMessage() {
        int code = run(Map.of(), "generate", "--descriptor", temp.resolve("missing.yaml").toString(), "--output",
                temp.resolve("bom.json").toString());
        assertThat(code).isEqualTo(Main.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("aibom: Invalid AI-BOM descriptor "
                + temp.resolve("missing.yaml") + ":\n  - " + temp.resolve("missing.yaml") + ": the file does not"
                + " exist.");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("aibom: unknown command 'frobnicate'.");
        assertThat(run(Map.of(), "generate", "--descriptor")).isEqualTo(Main.USAGE);
        assertThat(run(Map.of(), "generate", "--descriptor", "a.yaml", "--output", "b.json", "--timestamp", "yesterday"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'yesterday' is not a timestamp");
    }

    @Test
    void timestampPrecedence() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Main.timestamp("2026-05-01T10:00:00Z", "1", quiet)).contains(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(Main.timestamp(null, "1767225600", quiet)).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(Main.timestamp(null, null, quiet)).isPresent();
    }

    @Test
    void keygenSignAndVerifyEndToEndAndATamperedBomFails() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("bom.json");
        Path key = temp.resolve("keys/k.pem");
        Path pub = temp.resolve("keys/k.pub.pem");
        Map<String, String> env = Map.of("KEY_PASS", "open sesame");
        assertThat(run(env, "generate", "--descriptor", project.resolve("aibom.yaml").toString(), "--output",
                bom.toString(), "--timestamp", "2026-01-01T00:00:00Z")).isZero();
        assertThat(run(env, "keygen", "--private-key", key.toString(), "--public-key", pub.toString(),
                "--passphrase-env", "KEY_PASS")).isZero();
        assertThat(run(env, "sign", "--bom", bom.toString(), "--key", key.toString(), "--passphrase-env",
                "KEY_PASS")).isZero();
        out.reset();
        assertThat(run(env, "verify", "--bom", bom.toString(), "--trusted-key", pub.toString(), "--base",
                project.toString())).isZero();
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("aibom: signature /signature: ES256 key ")
                .contains(": valid, trusted (signature valid; the key is in the trust set)")
                .contains("aibom: files: 5 match the BOM, 0 do not, 1 fetched at deploy time (not checked here)")
                .endsWith("aibom: " + bom + " verified\n");
        assertThat(output + err.toString(StandardCharsets.UTF_8)).doesNotContain("open sesame");

        // a model file changed after signing
        Files.writeString(project.resolve("models/credit-pd-logreg.pmml"), "tampered");
        err.reset();
        assertThat(run(env, "verify", "--bom", bom.toString(), "--trusted-key", pub.toString(), "--base",
                project.toString())).isEqualTo(Main.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("aibom: ERROR verification of " + bom + " FAILED (1"
                + " problem):\naibom: ERROR - file MISMATCH models/credit-pd-logreg.pmml (model:credit-pd-logreg):"
                + " SHA-256 is ");

        // the BOM itself changed after signing
        Files.writeString(bom, Files.readString(bom).replace("\"approved\"", "\"deployed\""));
        err.reset();
        assertThat(run(env, "verify", "--bom", bom.toString(), "--trusted-key", pub.toString(), "--skip-files"))
                .isEqualTo(Main.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(": INVALID, untrusted (the signature does not match"
                + " the signed content: the content was changed after signing, or it was signed with another key)");
    }

    @Test
    void checkWritesReportsAndExitsWithThreeOnViolations() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("bom.json");
        assertThat(run(Map.of(), "generate", "--descriptor", project.resolve("aibom.yaml").toString(), "--output",
                bom.toString(), "--timestamp", "2026-01-01T00:00:00Z")).isZero();
        String[] check = {"check", "--bom", bom.toString(), "--policy", project.resolve("aibom-policy.yaml").toString(),
                "--suppliers", project.resolve("suppliers.yaml").toString(), "--waivers",
                project.resolve("waivers.yaml").toString(), "--base", project.toString(), "--reports",
                temp.resolve("reports").toString(), "--today", "2026-11-23"};
        out.reset();
        assertThat(run(Map.of(), check)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("aibom: [A.10.3] supplier-certifications:"
                + " model 'all-MiniLM-L6-v2'").contains("aibom: controls: 0 failed, 0 could not be evaluated, 1 waived,")
                .contains("aibom: reports: " + temp.resolve("reports/aibom-report.html"));
        assertThat(temp.resolve("reports/TEST-aibom-controls.xml")).exists();

        // the waiver has expired by 2027-07-01: the certification gap fails again (a warning) and so does the waiver
        err.reset();
        String[] later = check.clone();
        later[later.length - 1] = "2027-07-01";
        assertThat(run(Map.of(), later)).isZero(); // warnings do not fail under failOn: error
        String[] strict = java.util.Arrays.copyOf(later, later.length + 2);
        strict[later.length] = "--fail-on";
        strict[later.length + 1] = "warning";
        err.reset();
        assertThat(run(Map.of(), strict)).isEqualTo(Main.VIOLATIONS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("aibom: WARNING [A.10.3] waiver-expired: the waiver for"
                + " supplier-certifications on 'model:all-MiniLM-L6-v2' (" + project.resolve("waivers.yaml")
                + ", line 3) expired on 2027-06-30; renew it or fix the violation")
                .contains("Failing the build (failOn warning):");

        err.reset();
        assertThat(run(Map.of(), "check", "--bom", bom.toString(), "--policy", temp.resolve("none.yaml").toString()))
                .isEqualTo(Main.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("aibom: --policy: the policy "
                + temp.resolve("none.yaml") + " does not exist. Point --policy at the policy, or remove the"
                + " setting.\n");
    }

    @Test
    void procurementRecordsAndChecksAnApprovalOfASupplierBom() throws Exception {
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("review"));
        Path bom = review.resolve("acme-fraud-scoring.cdx.json");
        Path key = temp.resolve("procurement.pem");
        Path pub = temp.resolve("procurement.pub.pem");
        assertThat(run(Map.of(), "keygen", "--private-key", key.toString(), "--public-key", pub.toString())).isZero();
        out.reset();
        assertThat(run(Map.of(), "approve", "--bom", bom.toString(), "--key", key.toString(), "--by", "Lena Ortiz",
                "--role", "Procurement AI risk", "--output", temp.resolve("approval.json").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("aibom: wrote " + temp.resolve("approval.json")
                + ": approved " + bom + " (serialNumber urn:uuid:");
        out.reset();
        assertThat(run(Map.of(), "verify-approval", "--approval", temp.resolve("approval.json").toString(), "--bom",
                bom.toString(), "--trusted-key", pub.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is a valid approval record: approved by Lena Ortiz"
                + " (Procurement AI risk) at ");
        // the supplier's own signature is untouched
        assertThat(run(Map.of(), "verify", "--bom", bom.toString(), "--trusted-key",
                review.resolve("keys/acme-ml.pub.pem").toString(), "--skip-files")).isZero();
        Files.writeString(bom, Files.readString(bom).replace("\"0.91\"", "\"0.99\""));
        err.reset();
        assertThat(run(Map.of(), "verify-approval", "--approval", temp.resolve("approval.json").toString(), "--bom",
                bom.toString(), "--trusted-key", pub.toString())).isEqualTo(Main.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The approval record is for another BOM, or the BOM"
                + " changed after approval");
    }

    @Test
    void signingTimeFromTheBomItselfIsRefused() {
        assertThat(run(Map.of(), "verify", "--bom", "x.json", "--at-signing-time")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("aibom verify: --at-signing-time is not"
                + " supported: the BOM's own timestamp is chosen by the signer, so it proves nothing about when the"
                + " signature was made; certificates are checked now.\n");
    }
}
