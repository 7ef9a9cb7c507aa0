package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import dev.aibom.core.modelsig.ModelSigner;
import dev.aibom.core.sign.KeyPairs;
import hudson.AbortException;
import hudson.EnvVars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** model.sig in the aibom step: trustedKeys makes the model signer's key count; a changed file fails the build. */
class ModelSigningStepTest {
    @TempDir
    Path temp;

    @Test
    void aSignedModelFolderPassesAndAChangedFileFailsTheBuild() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("ws"));
        Files.writeString(workspace.resolve("aibom-policy.yaml"), Files.readString(workspace.resolve(
                "aibom-policy.yaml")) + "  model-signature-verified: { riskLevels: [high] }\n");
        Path key = temp.resolve("keys/models.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, workspace.resolve("keys/models.pub.pem"), Optional.empty());
        ModelSigner.signWithKeyFiles(workspace.resolve("models"), key, workspace.resolve("keys/models.pub.pem"));
        AibomStep step = new AibomStep();
        step.setPolicy("aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        step.setTrustedKeys("keys/models.pub.pem");
        EnvVars env = new EnvVars(Map.of("HF_HUB_OFFLINE", "1"));
        StubJenkins.Listener log = new StubJenkins.Listener();
        StubJenkins.Context passing = new StubJenkins.Context(new StubJenkins.TestRun(), workspace, log, env);
        step.start(passing).start();
        assertThat(passing.failure).as(log.text()).isNull();
        assertThat(log.text()).contains("aibom: model signature: model 'credit-pd-logreg': models/model.sig verified:"
                + " 2 files signed by key sha256:");

        Files.writeString(workspace.resolve("models/credit-pd-logreg.pmml"), "<!-- changed -->",
                StandardOpenOption.APPEND);
        StubJenkins.Context failing = new StubJenkins.Context(new StubJenkins.TestRun(), workspace,
                new StubJenkins.Listener(), env);
        step.start(failing).start();
        assertThat(failing.failure).isInstanceOf(AbortException.class).hasMessageContaining("model-signature-verified:"
                + " model 'credit-pd-logreg': models/model.sig files-differ: credit-pd-logreg.pmml was changed after"
                + " signing (its SHA-256 differs)");
    }
}
