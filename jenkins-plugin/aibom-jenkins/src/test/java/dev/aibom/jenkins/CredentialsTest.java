package dev.aibom.jenkins;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.aibom.core.TestFiles;
import dev.aibom.core.dt.DependencyTrackTest;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.jenkins.stubs.StubCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code credentialsId}: the signing key from a Secret file (or Secret text) with its passphrase from a Secret text,
 * the Dependency-Track API key from a Secret text; looked up through the Credentials plugin's API, recorded as used,
 * never printed; an unknown id or the wrong kind is an error naming the id.
 */
class CredentialsTest {
    static final String PASSPHRASE = "Tr0ub4dor&3-never-printed";

    @TempDir
    Path temp;
    Path workspace;
    StubJenkins.TestRun run;
    StubJenkins.Listener listener;
    String fingerprint;
    byte[] pem;

    record SecretFile(String id, String fileName, byte[] content) implements FileCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "";
        }

        @Override
        public String getFileName() {
            return fileName;
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(content);
        }
    }

    record SecretText(String id, String value) implements StringCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "";
        }

        @Override
        public Secret getSecret() {
            return Secret.fromString(value);
        }
    }

    /** A kind the steps cannot use, as a username/password credential is. */
    record UsernamePassword(String id) implements StandardCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "";
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        StubCredentials.clear();
        workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("ws"));
        run = new StubJenkins.TestRun();
        listener = new StubJenkins.Listener();
        Path key = temp.resolve("outside/key.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, temp.resolve("outside/key.pub.pem"),
                Optional.of(Passphrase.of(PASSPHRASE.toCharArray())));
        pem = Files.readAllBytes(key);
        fingerprint = KeyFingerprint.of(KeyLoader.publicKeys(temp.resolve("outside/key.pub.pem")).get(0)).hex();
    }

    @AfterEach
    void nothingSecretIsPrinted() {
        assertThat(listener.text()).doesNotContain(PASSPHRASE).doesNotContain("PRIVATE KEY")
                .doesNotContain(DependencyTrackTest.KEY);
        StubCredentials.clear();
    }

    private AibomStep signing(String keyId, String passphraseId) {
        AibomStep step = new AibomStep();
        step.setPolicy("aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        step.setSign(true);
        step.setKeyCredentialsId(keyId);
        step.setPassphraseCredentialsId(passphraseId);
        return step;
    }

    private StubJenkins.Context start(Object step) throws Exception {
        StubJenkins.Context context = new StubJenkins.Context(run, workspace, listener,
                new EnvVars(Map.of("HF_HUB_OFFLINE", "1")));
        ((org.jenkinsci.plugins.workflow.steps.Step) step).start(context).start();
        return context;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(StubJenkins.Context context) {
        return (Map<String, Object>) context.success;
    }

    @Test
    void theSigningKeyComesFromASecretFileAndItsPassphraseFromASecretText() throws Exception {
        StubCredentials.put(new SecretFile("aibom-signing-key", "key.pem", pem));
        StubCredentials.put(new SecretText("aibom-signing-passphrase", PASSPHRASE));
        StubJenkins.Context context = start(signing("aibom-signing-key", "aibom-signing-passphrase"));
        assertThat(context.failure).isNull();
        assertThat(summary(context)).containsEntry("signature", "signed by trusted key " + fingerprint
                + ": VALID");
        assertThat(listener.text()).contains("aibom: signed " + workspace.resolve("aibom/aibom.cdx.json")
                + " with ES256, key " + fingerprint);
        assertThat(StubCredentials.tracked()).extracting(c -> ((StandardCredentials) c).getId())
                .containsExactly("aibom-signing-key", "aibom-signing-passphrase");
        try (var files = Files.walk(workspace)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).as("the key is never written into the workspace").noneMatch(text -> text.contains("PRIVATE KEY"));
        }
    }

    @Test
    void aSecretTextMayHoldThePemKey() throws Exception {
        StubCredentials.put(new SecretText("aibom-signing-key", new String(pem, java.nio.charset.StandardCharsets.US_ASCII)));
        StubCredentials.put(new SecretText("aibom-signing-passphrase", PASSPHRASE));
        StubJenkins.Context context = start(signing("aibom-signing-key", "aibom-signing-passphrase"));
        assertThat(context.failure).isNull();
        assertThat(summary(context)).containsEntry("signature", "signed by trusted key " + fingerprint
                + ": VALID");
    }

    @Test
    void anUnknownIdOrTheWrongKindIsAnErrorNamingTheId() throws Exception {
        StubJenkins.Context unknown = start(signing("no-such-key", null));
        assertThat(unknown.failure).isInstanceOf(AbortException.class).hasMessage("aibom: keyCredentialsId"
                + " 'no-such-key': no credentials with this id are available to this build. Add a Secret file (or"
                + " Secret text) holding the PEM private key with this id (in the job's folder or in the global"
                + " credentials), or correct the id.");

        StubCredentials.put(new UsernamePassword("deploy-user"));
        StubJenkins.Context wrongKind = start(signing("deploy-user", null));
        assertThat(wrongKind.failure).hasMessage("aibom: keyCredentialsId 'deploy-user' is a UsernamePassword"
                + " credential, not a Secret file (or Secret text) holding the PEM private key. Choose a credential"
                + " of that kind.");

        StubCredentials.put(new SecretFile("aibom-signing-key", "key.pem", pem));
        StubCredentials.put(new SecretFile("passphrase-as-file", "p.txt", PASSPHRASE.getBytes()));
        StubJenkins.Context passphraseAsFile = start(signing("aibom-signing-key", "passphrase-as-file"));
        assertThat(passphraseAsFile.failure).hasMessage("aibom: passphraseCredentialsId 'passphrase-as-file' is a"
                + " SecretFile credential, not a Secret text holding the key's passphrase. Choose a credential of that"
                + " kind.");

        StubCredentials.put(new SecretText("wrong-passphrase", "not it"));
        StubJenkins.Context wrongPassphrase = start(signing("aibom-signing-key", "wrong-passphrase"));
        assertThat(wrongPassphrase.failure).hasMessage("aibom: Cannot decrypt the private key in"
                + " credential 'aibom-signing-key': the passphrase from credential 'wrong-passphrase' is wrong, or the"
                + " file is damaged.");

        AibomStep notSigning = signing("aibom-signing-key", null);
        notSigning.setSign(false);
        assertThat(start(notSigning).failure).hasMessage("aibom: keyCredentialsId is set but sign is false. Set"
                + " sign: true to sign the BOM with that key, or remove keyCredentialsId.");

        AibomStep both = signing("aibom-signing-key", null);
        both.setKeyFile("key.pem");
        assertThat(start(both).failure).hasMessage("aibom: sign is true and both keyFile and keyCredentialsId are"
                + " given: name the signing key once, preferably as keyCredentialsId.");
    }

    @Test
    void aSecretThatWouldAppearInTheLogIsMasked() {
        assertThat(AibomRunner.mask("aibom: the passphrase " + PASSPHRASE + " is wrong", List.of(PASSPHRASE)))
                .isEqualTo("aibom: the passphrase **** is wrong");
        assertThat(AibomRunner.mask("nothing to hide", List.of("", PASSPHRASE))).isEqualTo("nothing to hide");
    }

    @Test
    void theDependencyTrackKeyComesFromASecretText() throws Exception {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        try {
            DependencyTrackTest.accepts(server);
            DependencyTrackTest.processes(server);
            DependencyTrackTest.knowsProject(server);
            DependencyTrackTest.metrics(server);
            DependencyTrackTest.violations(server);
            Files.createDirectories(workspace.resolve("keys"));
            Files.copy(TestFiles.example("supplier-attestation").resolve("meridian-bureau-score.cdx.json"),
                    Files.createDirectories(workspace.resolve("aibom")).resolve("aibom.cdx.json"));
            Files.copy(TestFiles.example("supplier-attestation").resolve("keys/meridian.pub.pem"),
                    workspace.resolve("keys/meridian.pub.pem"));
            AibomUploadStep upload = new AibomUploadStep("aibom/aibom.cdx.json");
            upload.setUrl("http://127.0.0.1:" + server.port());
            upload.setProjectUuid(DependencyTrackTest.PROJECT);
            upload.setTrustedKeys("keys/meridian.pub.pem");
            upload.setCredentialsId("dependency-track");

            StubJenkins.Context missing = start(upload);
            assertThat(missing.failure).hasMessage("aibomUpload: credentialsId 'dependency-track': no credentials"
                    + " with this id are available to this build. Add a Secret text holding the Dependency-Track API"
                    + " key with this id (in the job's folder or in the global credentials), or correct the id.");

            StubCredentials.put(new SecretFile("dependency-track", "key.txt", DependencyTrackTest.KEY.getBytes()));
            assertThat(start(upload).failure).hasMessage("aibomUpload: credentialsId 'dependency-track' is a"
                    + " SecretFile credential, not a Secret text holding the Dependency-Track API key. Choose a"
                    + " credential of that kind.");

            StubCredentials.put(new SecretText("dependency-track", DependencyTrackTest.KEY));
            StubJenkins.Context uploaded = start(upload);
            assertThat(uploaded.failure).isNull();
            assertThat(summary(uploaded)).containsEntry("outcome", "PASS");
            server.verify(putRequestedFor(urlEqualTo("/api/v1/bom")).withHeader("X-Api-Key",
                    equalTo(DependencyTrackTest.KEY)));
        } finally {
            server.stop();
        }
    }
}
