package dev.aibom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.TestFiles;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command through picocli, in-process, with real files and keys: success, bad input, exit codes, JSON. */
class CommandsTest {
    @TempDir
    Path temp;

    private Path generate(Path project) {
        Path bom = temp.resolve("out/bom.json");
        Cli.Run run = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return bom;
    }

    @Test
    void generateSaysWhichTimestampItUsedAndValidateReadsTheResult() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("out/bom.json");
        Cli.Run run = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("aibom: timestamp: 2026-01-01T00:00:00Z (from SOURCE_DATE_EPOCH)");
        assertThat(run.out()).contains("aibom: wrote " + bom + " (CycloneDX 1.6, ");
        assertThat(Files.readString(bom)).contains("\"timestamp\": \"2026-01-01T00:00:00Z\"");

        Cli.Run now = Cli.run("generate", "--descriptor", project.resolve("aibom.yaml").toString(), "--output",
                temp.resolve("now.json").toString());
        assertThat(now.outLines().get(0)).isEqualTo("aibom: timestamp: 2026-11-27T10:00:00Z (now: no --timestamp and"
                + " no SOURCE_DATE_EPOCH, so the BOM is not reproducible)");

        Cli.Run valid = Cli.run("validate", bom.toString());
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).isEqualTo("aibom: " + bom + " is a valid CycloneDX 1.6 BOM (38 components; 3 models, 2"
                + " datasets and 1 service; signature: none)\n");
        JsonNode json = Cli.run("validate", bom.toString(), "--format", "json").json();
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(json.get("models").asInt()).isEqualTo(3);
        assertThat(json.get("signature").asText()).isEqualTo("none");
    }

    @Test
    void invalidInputExitsWithOneAndNamesTheFileLineAndField() throws Exception {
        Cli.Run missing = Cli.run("generate", "--descriptor", temp.resolve("missing.yaml").toString(), "--output",
                temp.resolve("bom.json").toString(), "--timestamp", "2026-01-01T00:00:00Z");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("aibom: ERROR Invalid AI-BOM descriptor " + temp.resolve("missing.yaml")
                + ":\n  - " + temp.resolve("missing.yaml") + ": the file does not exist.");
        assertThat(missing.err()).doesNotContain("\tat ");

        Path broken = Files.writeString(temp.resolve("broken.cdx.json"), "{\"bomFormat\":\"CycloneDX\","
                + "\"specVersion\":\"1.6\",\"version\":1,\"components\":[{\"type\":\"robot\",\"name\":\"x\"}]}");
        Cli.Run invalid = Cli.run("validate", broken.toString(), "--format", "json");
        assertThat(invalid.exitCode()).isEqualTo(1);
        JsonNode json = invalid.json();
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.at("/problems/0/line").asInt()).isEqualTo(1);
        assertThat(json.at("/problems/0/field").asText()).isEqualTo("/components/0/type");
        assertThat(invalid.err()).startsWith("aibom: ERROR Invalid CycloneDX BOM " + broken);
    }

    @Test
    void keygenWithAnEmptyPassphraseIsAUsageErrorThatSaysSo() throws Exception {
        Path key = temp.resolve("keys/k.pem");
        Cli.Run fromVariable = Cli.run(Map.of("KEY_PASS", ""), "keygen", "--private-key", key.toString(),
                "--public-key", temp.resolve("keys/k.pub.pem").toString(), "--passphrase-env", "KEY_PASS");
        assertThat(fromVariable.exitCode()).as(fromVariable.toString()).isEqualTo(2);
        assertThat(fromVariable.errLines().get(0)).isEqualTo("aibom: the passphrase from environment variable KEY_PASS"
                + " is empty, so it cannot encrypt the key: give a passphrase, or leave out"
                + " --passphrase-env/--passphrase-file to write an unencrypted key.");
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n");
        Cli.Run fromFile = Cli.run("keygen", "--private-key", key.toString(), "--public-key",
                temp.resolve("keys/k.pub.pem").toString(), "--passphrase-file", empty.toString());
        assertThat(fromFile.exitCode()).isEqualTo(2);
        assertThat(fromFile.err()).contains("the passphrase from file " + empty + " is empty").doesNotContain("\tat ");
        assertThat(key).doesNotExist();
    }

    @Test
    void keygenSignVerifyAndATamperedBomFailsWithExitCodeThree() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = generate(project);
        Path key = temp.resolve("keys/k.pem");
        Path pub = temp.resolve("keys/k.pub.pem");
        Map<String, String> env = Map.of("KEY_PASS", "open sesame");
        Cli.Run keygen = Cli.run(env, "keygen", "--private-key", key.toString(), "--public-key", pub.toString(),
                "--passphrase-env", "KEY_PASS");
        assertThat(keygen.exitCode()).as(keygen.toString()).isZero();
        String fingerprint = KeyFingerprint.of(KeyLoader.publicKeys(pub).get(0)).hex();
        assertThat(keygen.outLines()).containsExactly("aibom: wrote private key " + key + " (mode 600, encrypted with"
                        + " environment variable KEY_PASS) and public key " + pub,
                "aibom: key " + fingerprint + ": give the public key and this fingerprint to whoever verifies your"
                        + " BOMs");
        Path countersignable = Files.copy(bom, project.resolve("countersignable.cdx.json"));
        Cli.Run sign = Cli.run(env, "sign", bom.toString(), "--key", key.toString(), "--passphrase-env", "KEY_PASS");
        assertThat(sign.exitCode()).as(sign.toString()).isZero();
        // how to sign is the options every front end offers (docs/options.md): the signers form, the algorithm
        Cli.Run signers = Cli.run(env, "sign", countersignable.toString(), "--key", key.toString(),
                "--passphrase-env", "KEY_PASS", "--signers", "--algorithm", "ES256");
        assertThat(signers.exitCode()).as(signers.toString()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(countersignable.toFile())
                .path("signature").path("signers").get(0).path("algorithm").asText()).isEqualTo("ES256");
        // one fingerprint format everywhere: keygen, sign, verify
        assertThat(sign.outLines()).containsExactly("aibom: output: " + bom + " (the BOM itself: no --output)",
                "aibom: signed " + bom + " with ES256, key " + fingerprint);
        Cli.Run verify = Cli.run(env, "verify", bom.toString(), "--trusted-key", pub.toString(), "--base",
                project.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("aibom: signature /signature: ES256 key " + fingerprint + ": valid, trusted")
                .endsWith("aibom: " + bom + " verified\n");
        assertThat(verify.out() + verify.err()).doesNotContain("open sesame");

        JsonNode json = Cli.run("verify", bom.toString(), "--trusted-key", pub.toString(), "--base",
                project.toString(), "--format", "json").json();
        assertThat(json.get("kind").asText()).isEqualTo("verify");
        assertThat(json.get("outcome").asText()).isEqualTo("pass");
        assertThat(json.at("/signature/state").asText()).isEqualTo("valid-trusted");
        assertThat(json.at("/signers/0/key").asText()).isEqualTo(fingerprint);
        assertThat(json.at("/files/checked").asBoolean()).isTrue();
        assertThat(json.at("/files/ok").asInt()).isEqualTo(6);

        Files.writeString(bom, Files.readString(bom).replace("\"approved\"", "\"deployed\""));
        Cli.Run tampered = Cli.run("verify", bom.toString(), "--trusted-key", pub.toString(), "--skip-files");
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.err()).startsWith("aibom: ERROR verification of " + bom + " FAILED (1 problem):")
                .contains("INVALID, untrusted (the content was changed after signing");
    }

    @Test
    void formatsChooseTheReportsAndAnUnknownOneIsAnError() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = generate(project);
        Path reports = temp.resolve("chosen");
        String[] check = {"check", bom.toString(), "--policy", project.resolve("aibom-policy.yaml").toString(),
                "--suppliers", project.resolve("suppliers.yaml").toString(), "--waivers",
                project.resolve("waivers.yaml").toString(), "--base", project.toString(), "--reports",
                reports.toString(), "--today", "2026-11-23", "--formats", "markdown,sarif"};
        Cli.Run chosen = Cli.run(check);
        assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
        assertThat(chosen.out()).contains("aibom: reports: " + reports.resolve("aibom-report.md")
                + " (also aibom-report.sarif)\n");
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("aibom-report.md", "aibom-report.sarif");
        }
        assertThat(Files.readString(reports.resolve("aibom-report.md")))
                .startsWith("### aibom control check: PASSED\n");

        check[check.length - 1] = "markdown,pdf";
        Cli.Run unknown = Cli.run(check);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("aibom: Invalid value for option '--formats': 'pdf' is not a report"
                + " format. Use one or more of html, json, junit, markdown, sarif (separated by commas), all, or"
                + " default.\n");

        Cli.Run withoutFolder = Cli.run("check", bom.toString(), "--policy",
                project.resolve("aibom-policy.yaml").toString(), "--suppliers",
                project.resolve("suppliers.yaml").toString(), "--formats", "markdown");
        assertThat(withoutFolder.exitCode()).isEqualTo(2);
        assertThat(withoutFolder.err()).startsWith("aibom: --formats names report formats, but no --reports"
                + " folder is given to write them to. Add --reports DIR, or drop --formats.");

        Cli.Run byDefault = Cli.run(java.util.Arrays.copyOf(check, check.length - 2));
        assertThat(byDefault.out()).contains("; formats: default (html, json, junit, sarif)\n");
    }

    @Test
    void checkWritesReportsAndExitsWithThreeWhenAViolationReachesFailOn() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = generate(project);
        String[] check = {"check", bom.toString(), "--policy", project.resolve("aibom-policy.yaml").toString(),
                "--suppliers", project.resolve("suppliers.yaml").toString(), "--waivers",
                project.resolve("waivers.yaml").toString(), "--base", project.toString(), "--reports",
                temp.resolve("reports").toString(), "--today", "2026-11-23"};
        Cli.Run passing = Cli.run(check);
        assertThat(passing.exitCode()).as(passing.toString()).isZero();
        assertThat(passing.out()).contains("aibom: controls: 0 failed, 0 could not be evaluated, 1 waived,")
                .contains("aibom: reports: " + temp.resolve("reports/aibom-report.html"));
        assertThat(temp.resolve("reports/TEST-aibom-controls.xml")).exists();

        String[] strict = java.util.Arrays.copyOf(check, check.length + 2);
        strict[check.length - 1] = "2027-07-01"; // the waiver has expired by then
        strict[check.length] = "--fail-on";
        strict[check.length + 1] = "warning";
        Cli.Run failing = Cli.run(strict);
        assertThat(failing.exitCode()).isEqualTo(3);
        assertThat(failing.err()).contains("aibom: WARNING [A.10.3] waiver-expired: the waiver for"
                + " supplier-certifications on 'model:all-MiniLM-L6-v2' (" + project.resolve("waivers.yaml")
                + ", line 3) expired on 2027-06-30; renew it or fix the violation")
                .doesNotContain("Failing the build").doesNotContain("\\n");
        // the verdict, once, last: the findings were listed above it, one per line
        java.util.List<String> errLines = failing.errLines();
        assertThat(errLines.get(errLines.size() - 1)).isEqualTo("aibom: ERROR verdict: FAILED \u2014 "
                + (errLines.size() - 1) + " findings reach failOn warning");
        assertThat(errLines.subList(0, errLines.size() - 1)).allSatisfy(line -> assertThat(line)
                .matches("aibom: (WARNING|ERROR) \\[A\\..*"));

        Cli.Run jsonRun = Cli.run(concat(strict, "--format", "json"));
        assertThat(jsonRun.exitCode()).isEqualTo(3);
        JsonNode report = jsonRun.json();
        assertThat(report.get("kind").asText()).isEqualTo("check");
        assertThat(report.get("outcome").asText()).isEqualTo("fail");
        assertThat(report.get("failOn").asText()).isEqualTo("warning");
        assertThat(report.get("findings")).anySatisfy(f -> assertThat(f.get("control").asText())
                .isEqualTo("waiver-expired"));

        Cli.Run missingPolicy = Cli.run("check", bom.toString(), "--policy", temp.resolve("none.yaml").toString());
        assertThat(missingPolicy.exitCode()).isEqualTo(1);
        assertThat(missingPolicy.err()).isEqualTo("aibom: ERROR --policy: the policy " + temp.resolve("none.yaml")
                + " does not exist. Point --policy at the policy, or remove the setting.\n");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void procurementRecordsAndChecksAnApproval() throws Exception {
        Path review = Fixtures.supplierReview(temp);
        Path bom = review.resolve("acme-fraud-scoring.cdx.json");
        Path[] keys = Fixtures.keys(temp.resolve("keys"), "procurement");
        String fingerprint = KeyFingerprint.of(KeyLoader.publicKeys(keys[1]).get(0)).hex();
        Path approval = temp.resolve("approval.json");
        Cli.Run approve = Cli.run("approve", bom.toString(), "--key", keys[0].toString(), "--decision", "approved",
                "--by", "Lena Ortiz", "--role", "Procurement AI risk", "--output", approval.toString());
        assertThat(approve.exitCode()).as(approve.toString()).isZero();
        assertThat(approve.out()).startsWith("aibom: wrote " + approval + ": approved " + bom + " (serialNumber urn:uuid:")
                .contains(") by Lena Ortiz, signed with key " + fingerprint);
        Cli.Run verified = Cli.run("verify-approval", approval.toString(), bom.toString(), "--trusted-key",
                keys[1].toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(verified.out()).contains("is a valid approval record: approved by Lena Ortiz (Procurement AI risk)"
                + " at 2026-11-27T10:00:00Z, signed with key " + fingerprint);

        Files.writeString(bom, Files.readString(bom).replace("\"0.91\"", "\"0.99\""));
        Cli.Run changed = Cli.run("verify-approval", approval.toString(), bom.toString(), "--trusted-key",
                keys[1].toString());
        assertThat(changed.exitCode()).isEqualTo(3);
        assertThat(changed.err()).contains("does not verify: The approval record is for another BOM, or the BOM"
                + " changed after approval");
        Cli.Run untrusted = Cli.run("verify-approval", approval.toString(), bom.toString());
        assertThat(untrusted.exitCode()).isEqualTo(1);
        assertThat(untrusted.err()).isEqualTo("aibom: ERROR No key is trusted to sign approvals: give the approver's"
                + " public key (--trusted-key).\n");
    }

    @Test
    void specialFilesAreRefusedWithAMessageAndNothingIsWritten() throws Exception {
        Path fifo = temp.resolve("aibom.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path out = temp.resolve("out/bom.json");
        Cli.Run descriptor = Cli.run("generate", "--descriptor", fifo.toString(), "--output", out.toString(),
                "--timestamp", "0");
        assertThat(descriptor.exitCode()).isEqualTo(1);
        assertThat(descriptor.err()).isEqualTo("aibom: ERROR Invalid AI-BOM descriptor " + fifo + ":\n  - " + fifo
                + ": this is not a regular file but a FIFO, device or socket; aibom reads only regular files. Fix:"
                + " point the AI-BOM descriptor setting at a regular file.\n");
        assertThat(out).doesNotExist();

        Path review = Fixtures.supplierReview(temp);
        Cli.Run register = Cli.run("review", review.resolve("acme-fraud-scoring.cdx.json").toString(),
                "--suppliers", "/dev/zero", "--reports", temp.resolve("reports").toString());
        assertThat(register.exitCode()).isEqualTo(1);
        assertThat(register.err()).isEqualTo("aibom: ERROR --suppliers: the supplier register /dev/zero is not a"
                + " regular file. Point --suppliers at the supplier register, or remove the setting.\n");
        assertThat(temp.resolve("reports")).doesNotExist();
        Cli.Run bom = Cli.run("validate", "/dev/zero");
        assertThat(bom.exitCode()).isEqualTo(1);
        assertThat(bom.err()).contains("this is not a regular file");
    }
}
