package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.jenkins.stubs.StubArtifactManager;
import dev.aibom.jenkins.stubs.StubCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code node('some-agent') { aibom(...) }} with the agent a second JVM ({@link ProcessChannel}): the workspace is
 * only the agent's folder, the work runs there from a serialized callable, the log streams back, the result comes
 * back serialized, the reports are archived from there; the same verdict and log as on the built-in node.
 */
class AgentJvmTest {
    static final String PASSPHRASE = "agent-side-passphrase-never-printed";
    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void noCredentials() {
        StubCredentials.clear();
    }

    private Path agentWorkspace(String name) throws Exception {
        return TestFiles.copyTree(TestFiles.example("credit-risk-scorer"),
                temp.resolve("agent/workspace/" + name));
    }

    private static EnvVars env() {
        return new EnvVars(Map.of("HF_HUB_OFFLINE", "1", "SOURCE_DATE_EPOCH", "1767225600"));
    }

    @Test
    void aStepOnAnAgentSignsChecksAndArchivesAsOnTheBuiltInNode() throws Exception {
        Path keyFile = temp.resolve("controller/key.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, keyFile, temp.resolve("controller/key.pub.pem"),
                Optional.of(Passphrase.of(PASSPHRASE.toCharArray())));
        StubCredentials.put(new CredentialsTest.SecretFile("aibom-signing-key", "key.pem",
                Files.readAllBytes(keyFile)));
        StubCredentials.put(new CredentialsTest.SecretText("aibom-signing-passphrase", PASSPHRASE));
        String fingerprint = KeyFingerprint.of(KeyLoader.publicKeys(temp.resolve("controller/key.pub.pem")).get(0))
                .hex();
        AibomStep step = new AibomStep();
        step.setPolicy("aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        step.setSign(true);
        step.setKeyCredentialsId("aibom-signing-key");
        step.setPassphraseCredentialsId("aibom-signing-passphrase");
        step.setFormats("default, markdown");

        Path onAgent = agentWorkspace("job");
        StubJenkins.Listener agentLog = new StubJenkins.Listener();
        ProcessChannel channel = new ProcessChannel(Files.createDirectories(temp.resolve("agent")), agentLog.stream);
        StubJenkins.TestRun agentRun = new StubJenkins.TestRun();
        StubJenkins.Context context = new StubJenkins.Context(agentRun, onAgent, agentLog, env());
        context.values.put(FilePath.class, new FilePath(channel, onAgent.toString()));
        step.start(context).start();
        assertThat(context.failure).as(agentLog.text()).isNull();
        assertThat(channel.calls).as("the work went to the agent JVM").isEqualTo(1);

        Path builtIn = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("controller/ws"));
        StubJenkins.Listener builtInLog = new StubJenkins.Listener();
        StubJenkins.TestRun builtInRun = new StubJenkins.TestRun();
        StubJenkins.Context local = new StubJenkins.Context(builtInRun, builtIn, builtInLog, env());
        step.start(local).start();
        assertThat(local.failure).isNull();

        assertThat(context.success).isEqualTo(local.success);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) context.success;
        assertThat(summary).containsEntry("signature", "signed by trusted key " + fingerprint
                + ": VALID").containsEntry("outcome", "PASS");
        assertThat(agentLog.text().replace(onAgent.toString(), "WS"))
                .isEqualTo(builtInLog.text().replace(builtIn.toString(), "WS"));
        assertThat(agentLog.text()).contains("aibom: signed " + onAgent.resolve("aibom/aibom.cdx.json")
                + " with ES256, key " + fingerprint).doesNotContain(PASSPHRASE).doesNotContain("PRIVATE KEY");
        assertThat(onAgent.resolve("aibom/aibom-report.md")).exists();
        assertThat(((StubArtifactManager) agentRun.pickArtifactManager()).archived().keySet())
                .contains("aibom/aibom.cdx.json", "aibom/aibom-report.html", "aibom/aibom-report.css",
                        "aibom/aibom-report.md");
        assertThat(agentRun.getAction(AibomBuildAction.class).getCounts())
                .isEqualTo(builtInRun.getAction(AibomBuildAction.class).getCounts());
    }

    @Test
    void aFailureOnTheAgentIsOneMessageOnTheController() throws Exception {
        Path onAgent = agentWorkspace("broken");
        Files.writeString(onAgent.resolve("aibom.yaml"), Files.readString(onAgent.resolve("aibom.yaml"))
                .replace("    lifecycle: approved", "    lifecycle: retired"));
        StubJenkins.Listener log = new StubJenkins.Listener();
        ProcessChannel channel = new ProcessChannel(Files.createDirectories(temp.resolve("agent")), log.stream);
        AibomStep step = new AibomStep();
        step.setPolicy("aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        StubJenkins.TestRun run = new StubJenkins.TestRun();
        StubJenkins.Context context = new StubJenkins.Context(run, onAgent, log, env());
        context.values.put(FilePath.class, new FilePath(channel, onAgent.toString()));
        step.start(context).start();
        assertThat(context.failure).isInstanceOf(AbortException.class).hasMessageStartingWith("aibom: AI-BOM"
                + " controls: 1 failed").hasMessageContaining("model-lifecycle-allowed: model 'credit-pd-logreg' is"
                + " retired");
        assertThat(log.text()).contains("aibom: ERROR [A.6.2.5, A.6.2.6] model-lifecycle-allowed").doesNotContain(
                "\tat ");
        assertThat(((Run<?, ?>) run).getResult()).isNull();

        AibomStep missing = new AibomStep();
        missing.setDescriptorFile("nowhere.yaml");
        StubJenkins.Context bad = new StubJenkins.Context(new StubJenkins.TestRun(), onAgent, log, env());
        bad.values.put(FilePath.class, new FilePath(channel, onAgent.toString()));
        missing.start(bad).start();
        assertThat(bad.failure).isInstanceOf(AbortException.class).hasMessageContaining("nowhere.yaml: the file does"
                + " not exist.");
    }
}
