package dev.aibom.cli;

import dev.aibom.core.TestFiles;
import dev.aibom.core.modelsig.ModelSigner;
import dev.aibom.core.sign.KeyPairs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** model.sig on the command line: generate records it, check and verify judge it again; --spec-version 1.7. */
class ModelSigningCommandsTest {
    @TempDir
    Path temp;

    @Test
    void aSignedModelFolderPassesAndAChangedFileOrAnUntrustedKeyFails() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Files.writeString(project.resolve("aibom-policy.yaml"), Files.readString(project.resolve("aibom-policy.yaml"))
                + "  model-signature-verified: { riskLevels: [high] }\n");
        Path key = temp.resolve("keys/models.pem");
        Path pub = temp.resolve("keys/models.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, pub, Optional.empty());
        ModelSigner.signWithKeyFiles(project.resolve("models"), key, pub);
        Path bom = temp.resolve("out/bom.json");
        Cli.Run generated = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString(), "--trusted-key", pub.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.out()).contains("aibom: model signature: model 'credit-pd-logreg': models/model.sig"
                + " verified: 2 files signed by key sha256:");
        String[] check = {"check", bom.toString(), "--policy", project.resolve("aibom-policy.yaml").toString(),
                "--suppliers", project.resolve("suppliers.yaml").toString(), "--waivers",
                project.resolve("waivers.yaml").toString(), "--base", project.toString(), "--today", "2026-11-23",
                "--trusted-key", pub.toString()};
        Cli.Run passing = Cli.run(check);
        assertThat(passing.exitCode()).as(passing.toString()).isZero();
        Cli.Run verified = Cli.run("verify", bom.toString(), "--trusted-key", pub.toString(), "--base",
                project.toString(), "--allow-unsigned");
        assertThat(verified.err() + verified.out()).contains("model signature: model 'credit-pd-logreg':"
                + " models/model.sig verified");

        Files.writeString(project.resolve("models/credit-pd-logreg.pmml"), "<!-- changed -->",
                StandardOpenOption.APPEND);
        Cli.Run changed = Cli.run(check);
        assertThat(changed.exitCode()).isEqualTo(3);
        assertThat(changed.err()).contains("aibom: ERROR [A.6.2.4, A.10.3] model-signature-verified: model"
                + " 'credit-pd-logreg': models/model.sig files-differ: credit-pd-logreg.pmml was changed after signing"
                + " (its SHA-256 differs) (the BOM's aibom:modelSignature says 'verified')");

        Path other = temp.resolve("keys/other.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, temp.resolve("keys/other.pem"), other, Optional.empty());
        check[check.length - 1] = other.toString();
        ModelSigner.signWithKeyFiles(project.resolve("models"), key, pub);
        Cli.Run untrusted = Cli.run(check);
        assertThat(untrusted.exitCode()).isEqualTo(3);
        assertThat(untrusted.err()).contains("model-signature-verified: model 'credit-pd-logreg': models/model.sig"
                + " untrusted: it was signed with the key whose PEM hashes to");
    }

    @Test
    void specVersion17IsJsonOnly() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("out/bom17.json");
        Cli.Run generated = Cli.run("generate", "--descriptor", project.resolve("aibom.yaml").toString(), "--output",
                bom.toString(), "--spec-version", "1.7");
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.out()).contains("(CycloneDX 1.7, ");
        assertThat(Cli.run("validate", bom.toString()).out()).contains("1.7");
        Cli.Run xml = Cli.run("generate", "--descriptor", project.resolve("aibom.yaml").toString(), "--output",
                bom.toString(), "--spec-version", "1.7", "--xml", temp.resolve("out/bom.xml").toString());
        assertThat(xml.exitCode()).isEqualTo(2);
        assertThat(xml.err()).startsWith("aibom: --xml: CycloneDX 1.7 is written as JSON only; leave out --xml or"
                + " write 1.6.");
        Cli.Run bad = Cli.run("generate", "--descriptor", project.resolve("aibom.yaml").toString(), "--output",
                bom.toString(), "--spec-version", "1.5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("aibom: Invalid value for option '--spec-version': must be 1.6 or 1.7, not '1.5'");
    }
}
