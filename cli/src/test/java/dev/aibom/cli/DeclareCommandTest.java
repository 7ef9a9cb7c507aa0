package dev.aibom.cli;

import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** generate, declare, sign, verify from the command line; and the supplier's declarations in a review. */
class DeclareCommandTest {
    @TempDir
    Path temp;

    @Test
    void declarationsAreWrittenBeforeSigningAndShownWhenVerified() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("out/bom.json");
        assertThat(Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString()).exitCode()).isZero();
        Cli.Run anonymous = Cli.run("declare", bom.toString(), "--signatory", "Dana Whitfield");
        assertThat(anonymous.exitCode()).isEqualTo(2);
        assertThat(anonymous.errLines().get(0)).isEqualTo("aibom: --role: not set: a declaration names the person who"
                + " affirms it and their role.");
        Cli.Run declare = Cli.run("declare", bom.toString(), "--signatory", "Dana Whitfield", "--role",
                "Head of Model Risk", "--base", project.toString(), "--policy",
                project.resolve("aibom-policy.yaml").toString(), "--suppliers",
                project.resolve("suppliers.yaml").toString(), "--waivers", project.resolve("waivers.yaml").toString(),
                "--today", "2026-11-23");
        assertThat(declare.exitCode()).as(declare.toString()).isZero();
        assertThat(declare.out()).contains("aibom: declared in " + bom + ": attestation to ISO/IEC 42001:2023 Annex A"
                + " by Northwind Bank (first party): ");

        Path key = temp.resolve("keys/k.pem");
        assertThat(Cli.run("keygen", "--private-key", key.toString(), "--public-key",
                temp.resolve("keys/k.pub.pem").toString()).exitCode()).isZero();
        assertThat(Cli.run("sign", bom.toString(), "--key", key.toString()).exitCode()).isZero();
        Cli.Run verify = Cli.run("verify", bom.toString(), "--trusted-key", temp.resolve("keys/k.pub.pem").toString(),
                "--base", project.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("aibom: declarations: attestation to ISO/IEC 42001:2023 Annex A by"
                + " Northwind Bank (first party): ", "affirmed by Dana Whitfield (Head of Model Risk)");
        // verify, which keeps none of the components the claims are about, says what declare said of them
        String declared = declare.out().lines().filter(l -> l.startsWith("aibom: declared in ")).findFirst()
                .orElseThrow();
        String summary = declared.substring(declared.indexOf(": attestation") + 2);
        assertThat(verify.out()).contains("aibom: declarations: " + summary + "\n");

        Cli.Run again = Cli.run("declare", bom.toString(), "--signatory", "Dana Whitfield", "--role", "CRO");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("aibom: ERROR " + bom + " is already signed: declare before signing, so"
                + " that the signature covers the declarations (generate, declare, sign).\n");
        Cli.Run blank = Cli.run("declare", bom.toString(), "--signatory", " ", "--role", "CRO");
        assertThat(blank.exitCode()).isEqualTo(2);
    }

    @Test
    void aReviewShowsTheSuppliersSignedAttestation() throws Exception {
        Path dir = TestFiles.example("supplier-attestation");
        Cli.Run review = Cli.run("review", dir.resolve("meridian-bureau-score.cdx.json").toString(), "--suppliers",
                dir.resolve("suppliers.yaml").toString(), "--today", "2026-11-23", "--reports",
                temp.resolve("r").toString());
        assertThat(review.exitCode()).as(review.toString()).isZero();
        assertThat(review.out()).contains("aibom: declarations: attestation to ISO/IEC 42001:2023 Annex A by Meridian"
                + " Credit Data Ltd (first party): 15 requirements, 15 met, 0 partly, 0 not met");
        assertThat(Files.readString(temp.resolve("r/aibom-report.html"))).contains("What the supplier declares");
        assertThat(Cli.run("review", dir.resolve("meridian-bureau-score.cdx.json").toString(), "--suppliers",
                dir.resolve("suppliers.yaml").toString(), "--today", "2026-11-23", "--format", "json", "--reports",
                temp.resolve("r2").toString()).json()
                .at("/declarations/affirmation/signatories/0/name").asText()).isEqualTo("Priya Natarajan");
    }
}
