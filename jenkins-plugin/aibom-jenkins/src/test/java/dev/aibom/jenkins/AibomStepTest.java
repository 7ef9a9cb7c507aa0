package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.Passphrase;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Pipeline steps and the freestyle builder against the Jenkins API stubs, on a real workspace folder. */
class AibomStepTest {
    @TempDir
    Path temp;
    Path workspace;
    StubJenkins.TestRun run;
    StubJenkins.Listener listener;

    @BeforeEach
    void setUp() throws Exception {
        workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("ws"));
        run = new StubJenkins.TestRun();
        listener = new StubJenkins.Listener();
    }

    private AibomStep step() {
        AibomStep step = new AibomStep();
        step.setPolicy("aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        return step;
    }

    private StubJenkins.Context run(AibomStep step, EnvVars env) throws Exception {
        // tests never reach the internet: the example's Hub model comes from its committed cache, unchecked
        env.putIfAbsent("HF_HUB_OFFLINE", "1");
        StubJenkins.Context context = new StubJenkins.Context(run, workspace, listener, env);
        step.start(context).start();
        return context;
    }

    @Test
    void aPassingBuildReturnsCountsKeepsTheResultAndWritesReportsIntoTheWorkspace() throws Exception {
        StubJenkins.Context context = run(step(), new EnvVars());
        assertThat(context.failure).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) context.success;
        assertThat(summary).containsEntry("outcome", "PASS").containsEntry("fail", 0).containsEntry("waived", 1)
                .containsEntry("signature", "unsigned").containsEntry("completeness", 100);
        assertThat(run.getResult()).isNull();
        assertThat(listener.text()).contains("aibom: wrote " + workspace.resolve("aibom/aibom.cdx.json")
                        + " (CycloneDX 1.6, 3 models, 2 datasets and 1 service, serialNumber urn:uuid:")
                .contains("aibom: [A.10.3] supplier-certifications:")
                .contains("aibom: controls: 0 failed, 0 could not be evaluated, 1 waived, 85 passed");
        for (String report : new String[]{"aibom.cdx.json", "aibom-report.html", "aibom-report.json",
                "TEST-aibom-controls.xml", "aibom-report.sarif"}) {
            assertThat(workspace.resolve("aibom").resolve(report)).exists();
        }
        AibomBuildAction action = run.getAction(AibomBuildAction.class);
        assertThat(action.getUrlName()).isEqualTo("aibom");
        assertThat(action.getView().getHeadline()).isEqualTo("AI-BOM controls: 0 failed, 0 could not be checked, 1"
                + " waived, 85 passed (completeness 100%)");
        assertThat(action.getView().getFindings()).singleElement()
                .satisfies(row -> assertThat(row.getStatus()).isEqualTo("waived"));
    }

    @Test
    void aViolationFailsTheBuildWithTheSummary() throws Exception {
        Files.writeString(workspace.resolve("aibom.yaml"), Files.readString(workspace.resolve("aibom.yaml"))
                .replace("    lifecycle: approved", "    lifecycle: retired"));
        StubJenkins.Context context = run(step(), new EnvVars());
        // one message, the deciding findings as real lines (Jenkins prints it as "ERROR: " and the lines)
        assertThat(context.failure).isInstanceOf(AbortException.class).hasMessage("aibom: AI-BOM controls: 1 failed,"
                + " 0 could not be evaluated, 1 waived, 84 passed, 10 not applicable (completeness 100%). Failing the"
                + " build (failOn error):\n  ERROR [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'credit-pd-logreg'"
                + " is retired (allowed: validated, approved, deployed)");
        assertThat(listener.text()).containsOnlyOnce("model 'credit-pd-logreg' is retired");
        assertThat(run.getAction(AibomBuildAction.class).getView().getOutcome()).isEqualTo("Failed");
    }

    @Test
    void aWarningMarksTheBuildUnstable() throws Exception {
        AibomStep step = step();
        step.setWaivers(null);
        Files.delete(workspace.resolve("waivers.yaml")); // not set and no default file: no waivers
        step.setUnstableOn("warning");
        StubJenkins.Context context = run(step, new EnvVars());
        assertThat(context.failure).isNull();
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(listener.text()).contains("aibom: marking the build UNSTABLE.");
        // the stage too, as warnings-ng marks it: the stage view shows which stage was unstable
        org.jenkinsci.plugins.workflow.actions.WarningAction warning = context.node.getAction(
                org.jenkinsci.plugins.workflow.actions.WarningAction.class);
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).startsWith("aibom: AI-BOM controls: ");
    }

    @Test
    void misconfigurationFailsNamingTheFileOrParameter() throws Exception {
        AibomStep step = step();
        step.setDescriptorFile("missing.yaml");
        assertThat(run(step, new EnvVars()).failure).isInstanceOf(AbortException.class)
                .hasMessageContaining("Invalid AI-BOM descriptor").hasMessageContaining("missing.yaml: the file does"
                        + " not exist.");
        AibomStep badLevel = step();
        badLevel.setFailOn("sometimes");
        assertThat(run(badLevel, new EnvVars()).failure).hasMessage("aibom: parameter 'failOn': must be error, warning"
                + " or never, not 'sometimes'.");
        AibomStep badAlgorithm = step();
        badAlgorithm.setSign(true);
        badAlgorithm.setAlgorithm("${ALG}");
        assertThat(run(badAlgorithm, new EnvVars(Map.of("ALG", "HS256"))).failure).hasMessage("aibom: parameter"
                + " 'algorithm': 'HS256' is not one of ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512,"
                + " Ed25519.");
        AibomStep notSigning = step();
        notSigning.setSigners(true);
        assertThat(run(notSigning, new EnvVars()).failure).hasMessage("aibom: algorithm or signers is set but sign is"
                + " false: set sign to true to sign the BOM that way, or remove them.");
        assertThat(workspace.resolve("aibom/aibom.cdx.json")).doesNotExist();
        AibomStep noKey = step();
        noKey.setSign(true);
        assertThat(run(noKey, new EnvVars()).failure).hasMessage("aibom: sign is true but no signing key is given. Set"
                + " keyCredentialsId to a Secret file credential holding the PEM private key (and"
                + " passphraseCredentialsId to its passphrase), or pass a key file as keyFile.");
    }

    @Test
    void scanPathsFindAnUndeclaredModelFileInTheWorkspaceAndAMissingPathIsAnError() throws Exception {
        Path shipped = workspace.resolve("dist/models/extra.onnx");
        Files.createDirectories(shipped.getParent());
        Files.copy(TestFiles.example("failing-support-assistant").resolve(
                "src/main/resources/models/shadow-intent.onnx"), shipped);
        AibomStep step = step();
        step.setScanPaths(" dist , models");
        StubJenkins.Context context = run(step, new EnvVars());
        assertThat(context.failure).isInstanceOf(AbortException.class).hasMessageContaining("ERROR [A.4.2]"
                + " shipped-models-declared: model file dist/models/extra.onnx (onnx, SHA-256 ");
        // the declared model in models/ is found too, and covered: one failure, for the undeclared one
        assertThat(listener.text()).contains("aibom: discovery: 0 AI libraries and 3 model files in dist, models")
                .contains("aibom: controls: 1 failed, 0 could not be evaluated, 1 waived,");

        AibomStep missing = step();
        missing.setScanPaths("build/nowhere");
        assertThat(run(missing, new EnvVars()).failure).isInstanceOf(AbortException.class).hasMessage("aibom: "
                + workspace.resolve("build/nowhere") + " does not exist (named to be looked into for models). Check the"
                + " path.");
    }

    @Test
    void declarationsGoIntoTheBomBeforeItIsSignedAndNeedASignatory() throws Exception {
        AibomStep step = step();
        step.setDeclare(true);
        step.setSignatory("Dana Whitfield");
        step.setSignatoryRole("Head of Model Risk");
        StubJenkins.Context context = run(step, new EnvVars());
        assertThat(context.failure).isNull();
        assertThat(listener.text()).contains("aibom: declared in " + workspace.resolve("aibom/aibom.cdx.json")
                + ": attestation to ISO/IEC 42001:2023 Annex A by Northwind Bank (first party): ");
        String bom = Files.readString(workspace.resolve("aibom/aibom.cdx.json"));
        assertThat(bom).contains("\"declarations\"", "\"Dana Whitfield\"");

        AibomStep unnamed = step();
        unnamed.setDeclare(true);
        unnamed.setSignatory("${WHO}");
        assertThat(run(unnamed, new EnvVars(Map.of("WHO", "Dana Whitfield"))).failure)
                .isInstanceOf(AbortException.class).hasMessage("aibom: parameter 'signatoryRole': not set: a"
                        + " declaration names the person who affirms it and their role.");
        AibomStep undeclared = step();
        undeclared.setAffirmation("We affirm.");
        assertThat(run(undeclared, new EnvVars()).failure).hasMessage("aibom: parameter 'affirmation': set, but"
                + " declare is false: set declare to true to write the declarations, or remove it.");
    }

    @Test
    void aModelFileThatIsAFifoOrChangesFailsWithAMessageNotAStackTrace() throws Exception {
        Path model = workspace.resolve("models/credit-pd-logreg.pmml");
        Files.delete(model);
        Process mkfifo = new ProcessBuilder("mkfifo", model.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        StubJenkins.Context context = run(step(), new EnvVars());
        assertThat(context.failure).isInstanceOf(AbortException.class).hasMessageContaining("aibom: Invalid AI-BOM"
                + " descriptor").hasMessageContaining("'models/credit-pd-logreg.pmml' is not a regular file but a FIFO,"
                + " device or socket; aibom hashes only regular files.");
        assertThat(listener.text()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(workspace.resolve("aibom/aibom.cdx.json")).doesNotExist();
    }

    @Test
    void keysAndPassphrasesComeFromTheEnvironmentAndAreNeverPrinted() throws Exception {
        Path key = temp.resolve("credentials/aibom-key.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, temp.resolve("credentials/aibom-key.pub.pem"),
                Optional.of(Passphrase.of("correct horse".toCharArray())));
        EnvVars env = new EnvVars(Map.of("AIBOM_KEY", key.toString(), "AIBOM_KEY_PASSPHRASE", "correct horse"));
        AibomStep step = step();
        step.setSign(true);
        step.setKeyFile(env.get("AIBOM_KEY")); // keyFile: env.AIBOM_KEY
        StubJenkins.Context context = run(step, env);
        assertThat(context.failure).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) context.success;
        String fingerprint = dev.aibom.core.sign.KeyFingerprint.of(dev.aibom.core.sign.KeyLoader.publicKeys(
                temp.resolve("credentials/aibom-key.pub.pem")).get(0)).hex();
        assertThat(summary).containsEntry("signature", "signed by trusted key " + fingerprint + ": VALID");
        assertThat(Files.readString(workspace.resolve("aibom/aibom.cdx.json"))).contains("\"signature\"");
        assertThat(listener.text()).contains("aibom: signed " + workspace.resolve("aibom/aibom.cdx.json")
                + " with ES256, key " + fingerprint).doesNotContain("correct horse");
    }

    /** How to generate is the same options as aibom generate's and aibom:generate's: digests, version, the Hub. */
    @Test
    void theGeneratingOptionsReachTheGenerator() throws Exception {
        AibomStep step = step();
        step.setSha512(true);
        step.setSpecVersion("${CDX}");
        step.setHashThreads(2);
        step.setOffline(true);
        StubJenkins.Context context = run(step, new EnvVars(Map.of("CDX", "1.7")));
        assertThat(context.failure).isNull();
        String bom = Files.readString(workspace.resolve("aibom/aibom.cdx.json"));
        assertThat(bom).contains("\"specVersion\": \"1.7\"", "\"alg\": \"SHA-512\"");
        AibomStep badThreads = step();
        badThreads.setHashThreads(-1);
        assertThat(run(badThreads, new EnvVars()).failure).hasMessage("aibom: parameter 'hashThreads': '-1' is not a"
                + " whole number of files from 0 to 256.");
        AibomStep badHub = step();
        badHub.setHubUrl("ftp://hub.example");
        assertThat(run(badHub, new EnvVars()).failure).hasMessageStartingWith("aibom: parameter 'hubUrl'");
    }

    /** How to sign is the same two options as aibom sign's and aibom:sign's: here, the countersignable form. */
    @Test
    void theAlgorithmAndTheSignersFormReachTheSigner() throws Exception {
        Path key = temp.resolve("credentials/aibom-key.pem");
        KeyPairs.write(KeyPairs.Type.RSA_3072, key, temp.resolve("credentials/aibom-key.pub.pem"), Optional.empty());
        AibomStep step = step();
        step.setSign(true);
        step.setKeyFile(key.toString());
        step.setAlgorithm("PS384");
        step.setSigners(true);
        StubJenkins.Context context = run(step, new EnvVars());
        assertThat(context.failure).isNull();
        com.fasterxml.jackson.databind.JsonNode bom = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                workspace.resolve("aibom/aibom.cdx.json").toFile());
        assertThat(bom.path("signature").path("signers")).hasSize(1);
        assertThat(bom.path("signature").path("signers").get(0).path("algorithm").asText()).isEqualTo("PS384");
        assertThat(listener.text()).contains(" with PS384, key ");
    }

    @Test
    void theFreestyleBuilderTakesTheSamePath() throws Exception {
        Path key = temp.resolve("credentials/aibom-key.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, temp.resolve("credentials/aibom-key.pub.pem"), Optional.empty());
        AibomStep settings = step();
        settings.setSign(true);
        settings.setKeyFile("${AIBOM_KEY}");
        AibomBuilder builder = new AibomBuilder(settings);
        assertThat(builder.getSettings()).isSameAs(settings);
        builder.perform(run, new FilePath(workspace.toFile()), new EnvVars(Map.of("AIBOM_KEY", key.toString())),
                null, listener);
        assertThat(run.getAction(AibomBuildAction.class).getSignature()).startsWith("signed by trusted key ")
                .endsWith(": VALID");
        assertThat(new AibomBuilder.DescriptorImpl().isApplicable(null)).isTrue();
        settings.setFailOn("warning");
        settings.setWaivers(null);
        Files.delete(workspace.resolve("waivers.yaml"));
        assertThatThrownBy(() -> builder.perform(run, new FilePath(workspace.toFile()),
                new EnvVars(Map.of("AIBOM_KEY", key.toString())), null, listener))
                .isInstanceOf(AbortException.class).hasMessageContaining("Failing the build (failOn warning):");
    }

    @Test
    void aibomVerifyReviewsASuppliersBom() throws Exception {
        workspace = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("review"));
        AibomVerifyStep step = new AibomVerifyStep("acme-fraud-scoring.cdx.json");
        step.setTrustedKeys("keys/");
        step.setSuppliers("suppliers.yaml");
        StubJenkins.Context context = new StubJenkins.Context(run, workspace, listener, new EnvVars());
        step.start(context).start();
        assertThat(context.failure).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) context.success;
        assertThat(summary).containsEntry("outcome", "PASS");
        assertThat((String) summary.get("signature")).startsWith("signed by ACME ML GmbH's registered key ")
                .endsWith(": VALID");
        assertThat(workspace.resolve("aibom-review/aibom-report.html")).exists();

        Files.writeString(workspace.resolve("acme-fraud-scoring.cdx.json"), Files.readString(workspace.resolve(
                "acme-fraud-scoring.cdx.json")).replace("\"0.91\"", "\"0.99\""));
        StubJenkins.Context tampered = new StubJenkins.Context(new StubJenkins.TestRun(), workspace, listener,
                new EnvVars());
        step.start(tampered).start();
        assertThat(tampered.failure).isInstanceOf(AbortException.class).hasMessageContaining("supplier-bom-signed");
    }

    @Test
    void theRegisterTimeoutAndRequireAiComponentsReachTheCoreInBothSteps() throws Exception {
        AibomStep step = step();
        assertThat(Parameters.pipeline(step, new EnvVars(), run).settings().registerTimeout())
                .as("unset: the default of every front end").isEqualTo(java.time.Duration.ofSeconds(20));
        step.setRegisterTimeoutSeconds("${REGISTER_WAIT}");
        step.setRequireAiComponents(true);
        EnvVars env = new EnvVars(Map.of("REGISTER_WAIT", "45"));
        assertThat(Parameters.pipeline(step, env, run).settings().registerTimeout()).isEqualTo(java.time.Duration.ofSeconds(45));
        assertThat(Parameters.pipeline(step, env, run).settings().requireAiComponents()).isTrue();
        AibomVerifyStep review = new AibomVerifyStep("bom.json");
        review.setRegisterTimeoutSeconds("90");
        assertThat(Parameters.review(review, new EnvVars()).settings().registerTimeout()).isEqualTo(
                java.time.Duration.ofSeconds(90));

        step.setRegisterTimeoutSeconds("0");
        assertThat(run(step, new EnvVars()).failure).isInstanceOf(AbortException.class).hasMessage("aibom: parameter"
                + " 'registerTimeoutSeconds': '0' is not a whole number of seconds from 1 to 600.");
        review.setRegisterTimeoutSeconds("soon");
        assertThatThrownBy(() -> Parameters.review(review, new EnvVars())).isInstanceOf(AbortException.class)
                .hasMessage("aibomVerify: parameter 'registerTimeoutSeconds': 'soon' is not a whole number of seconds"
                        + " from 1 to 600.");
    }

    @Test
    void descriptorsNameTheStepsAndTheirContext() {
        assertThat(new AibomStep.DescriptorImpl().getFunctionName()).isEqualTo("aibom");
        assertThat(new AibomVerifyStep.DescriptorImpl().getFunctionName()).isEqualTo("aibomVerify");
        assertThat(new java.util.HashSet<Object>(new AibomStep.DescriptorImpl().getRequiredContext()))
                .contains(FilePath.class, EnvVars.class);
    }
}
