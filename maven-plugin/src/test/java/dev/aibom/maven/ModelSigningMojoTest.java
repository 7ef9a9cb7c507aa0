package dev.aibom.maven;

import dev.aibom.core.TestFiles;
import dev.aibom.core.modelsig.ModelSigner;
import dev.aibom.core.sign.KeyPairs;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** model.sig in the Maven goals: generate records it with aibom.trustedKeys, check judges it again. */
class ModelSigningMojoTest {
    @TempDir
    Path temp;

    private GenerateMojo generate(Path project, MavenProject maven, List<File> trusted, String specVersion) {
        return Mojos.set(Mojos.set(Mojos.generate(project, maven), "trustedKeys", trusted), "specVersion", specVersion);
    }

    private CheckMojo check(Path project, MavenProject maven, List<File> trusted) {
        return Mojos.set(Mojos.check(project, maven), "trustedKeys", trusted);
    }

    @Test
    void aSignedModelFolderPassesAndAChangedFileFails() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Files.writeString(project.resolve("aibom-policy.yaml"), Files.readString(project.resolve("aibom-policy.yaml"))
                + "  model-signature-verified: { riskLevels: [high] }\n");
        Path key = temp.resolve("keys/models.pem");
        Path pub = temp.resolve("keys/models.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, pub, Optional.empty());
        ModelSigner.signWithKeyFiles(project.resolve("models"), key, pub);
        MavenProject maven = Mojos.project(project);
        GenerateMojo generate = generate(project, maven, List.of(pub.toFile()), "1.6");
        Mojos.Lines lines = Mojos.log(generate);
        generate.execute();
        assertThat(lines.lines).anyMatch(l -> l.startsWith("[INFO] aibom: model signature: model 'credit-pd-logreg':"
                + " models/model.sig verified: 2 files signed by key sha256:"));
        check(project, maven, List.of(pub.toFile())).execute();

        Files.writeString(project.resolve("models/credit-pd-logreg.pmml"), "<!-- changed -->",
                StandardOpenOption.APPEND);
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class,
                check(project, maven, List.of(pub.toFile()))::execute);
        assertThat(failure.getMessage()).contains("  ERROR [A.6.2.4, A.10.3] model-signature-verified: model"
                + " 'credit-pd-logreg': models/model.sig files-differ: credit-pd-logreg.pmml was changed after signing"
                + " (its SHA-256 differs) (the BOM's aibom:modelSignature says 'verified')");
    }

    @Test
    void specVersionChoosesCycloneDx17AndRefusesAnythingElse() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("q"));
        MavenProject maven = Mojos.project(project);
        generate(project, maven, List.of(), "1.7").execute();
        assertThat(Files.readString(project.resolve("target/aibom/aibom.cdx.json"))).contains("\"specVersion\": \"1.7\"");
        MojoExecutionException bad = catchThrowableOfType(MojoExecutionException.class,
                generate(project, maven, List.of(), "2.0")::execute);
        assertThat(bad.getMessage()).isEqualTo("aibom.specVersion: must be 1.6 or 1.7, not '2.0'.");
    }
}
