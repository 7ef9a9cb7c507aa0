package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import dev.aibom.jenkins.stubs.StubArtifactManager;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Pipeline step and the freestyle build step with the same settings give the same verdict, expand
 * {@code ${NAME}} the same way, write the chosen report formats and archive them from the workspace.
 */
class OneStepModelTest {
    @TempDir
    Path temp;

    private AibomStep settings() {
        AibomStep step = new AibomStep();
        step.setPolicy("${CONFIG}/aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        step.setFormats("markdown, json");
        return step;
    }

    private static EnvVars env() {
        return new EnvVars(Map.of("HF_HUB_OFFLINE", "1", "CONFIG", ".", "SOURCE_DATE_EPOCH", "1767225600"));
    }

    @Test
    void aFreestyleJobAndAPipelineWithTheSameSettingsGiveTheSameVerdictAndArchiveTheSameFiles() throws Exception {
        Path pipelineWorkspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        StubJenkins.TestRun pipelineRun = new StubJenkins.TestRun();
        StubJenkins.Listener pipelineLog = new StubJenkins.Listener();
        StubJenkins.Context context = new StubJenkins.Context(pipelineRun, pipelineWorkspace, pipelineLog, env());
        settings().start(context).start();
        assertThat(context.failure).isNull();

        Path freestyleWorkspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("f"));
        StubJenkins.TestRun freestyleRun = new StubJenkins.TestRun();
        StubJenkins.Listener freestyleLog = new StubJenkins.Listener();
        new AibomBuilder(settings()).perform(freestyleRun, new FilePath(freestyleWorkspace.toFile()), env(),
                new Launcher() { }, freestyleLog);

        AibomBuildAction pipeline = pipelineRun.getAction(AibomBuildAction.class);
        AibomBuildAction freestyle = freestyleRun.getAction(AibomBuildAction.class);
        assertThat(freestyle.getOutcome()).isEqualTo(pipeline.getOutcome()).isEqualTo("PASS");
        assertThat(freestyle.getCounts()).isEqualTo(pipeline.getCounts());
        assertThat(freestyle.getSummary()).isEqualTo(pipeline.getSummary());
        assertThat(freestyle.getReports()).isEqualTo(pipeline.getReports()).isEqualTo(Map.of(
                "bom", "aibom/aibom.cdx.json", "json", "aibom/aibom-report.json", "markdown",
                "aibom/aibom-report.md"));
        assertThat(pipelineLog.text().replace(pipelineWorkspace.toString(), "WS"))
                .isEqualTo(freestyleLog.text().replace(freestyleWorkspace.toString(), "WS"));

        StubArtifactManager archived = (StubArtifactManager) pipelineRun.pickArtifactManager();
        assertThat(archived.archived().keySet()).containsExactlyInAnyOrder("aibom/aibom.cdx.json",
                "aibom/aibom-report.json", "aibom/aibom-report.md");
        assertThat(((StubArtifactManager) freestyleRun.pickArtifactManager()).archived())
                .isEqualTo(archived.archived());
        assertThat(Files.readString(archived.root().resolve("aibom/aibom-report.md")))
                .startsWith("### aibom control check: PASSED");
        assertThat(pipelineLog.text()).contains("aibom: archived with the build: aibom/aibom-report.json,"
                + " aibom/aibom-report.md, aibom/aibom.cdx.json\n");
    }

    @Test
    void theHtmlReportIsArchivedWithItsStyleSheetAndArchivingCanBeTurnedOff() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("w"));
        StubJenkins.TestRun run = new StubJenkins.TestRun();
        AibomStep step = settings();
        step.setFormats(null);
        StubJenkins.Context context = new StubJenkins.Context(run, workspace, new StubJenkins.Listener(), env());
        step.start(context).start();
        assertThat(((StubArtifactManager) run.pickArtifactManager()).archived().keySet())
                .containsExactlyInAnyOrder("aibom/aibom.cdx.json", "aibom/aibom-report.html",
                        "aibom/aibom-report.css", "aibom/aibom-report.json", "aibom/TEST-aibom-controls.xml",
                        "aibom/aibom-report.sarif");

        StubJenkins.TestRun quiet = new StubJenkins.TestRun();
        step.setArchiveReports(false);
        step.start(new StubJenkins.Context(quiet, workspace, new StubJenkins.Listener(), env())).start();
        assertThat(((StubArtifactManager) quiet.pickArtifactManager()).archived()).isEmpty();
    }

    /** Jenkins keeps a freestyle job's build steps as XML (XStream): the shared settings come back as they were. */
    @Test
    void aFreestyleStepsSettingsSurviveARestart() {
        com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();
        xstream.allowTypesByWildcard(new String[]{"dev.aibom.jenkins.**"});
        AibomStep step = settings();
        step.setRegisterTimeoutSeconds("45");
        step.setPublishReports(false);
        String xml = xstream.toXML(new AibomBuilder(step));
        assertThat(xml).contains("<formats>markdown, json</formats>", "<registerTimeoutSeconds>45</registerTimeoutSeconds>",
                "<outputDirectory>aibom</outputDirectory>").doesNotContain("defined-in");
        AibomStep restored = ((AibomBuilder) xstream.fromXML(xml)).getSettings();
        assertThat(restored.getFormats()).isEqualTo("markdown, json");
        assertThat(restored.getRegisterTimeoutSeconds()).isEqualTo("45");
        assertThat(restored.isPublishReports()).isFalse();
        assertThat(restored.isArchiveReports()).isTrue();
        assertThat(restored.getPolicy()).isEqualTo("${CONFIG}/aibom-policy.yaml");

        AibomVerifyStep review = new AibomVerifyStep("bom.json");
        review.setFailOn("warning");
        AibomVerifyStep back = ((AibomVerifyBuilder) xstream.fromXML(xstream.toXML(new AibomVerifyBuilder(review))))
                .getSettings();
        assertThat(back.getBom()).isEqualTo("bom.json");
        assertThat(back.getFailOn()).isEqualTo("warning");
        assertThat(back.getOutputDirectory()).isEqualTo("aibom-review");
    }

    /**
     * An upload build step saved before its options were generated from the core's declaration (fields declared in
     * AibomUploadStep itself, timeoutSeconds an int) comes back with every value, now held by the generated base.
     */
    @Test
    void anUploadStepSavedBeforeTheOptionsWereGeneratedComesBack() {
        com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();
        xstream.allowTypesByWildcard(new String[]{"dev.aibom.jenkins.**"});
        String saved = """
                <dev.aibom.jenkins.AibomUploadBuilder>
                  <settings>
                    <bom>aibom/aibom.cdx.json</bom>
                    <url>https://dtrack.example.com</url>
                    <apiKeyVariable>DT_KEY</apiKeyVariable>
                    <projectName>credit-risk-scorer</projectName>
                    <projectVersion>2.4.0</projectVersion>
                    <autoCreate>true</autoCreate>
                    <parent>Retail Credit</parent>
                    <synchronous>true</synchronous>
                    <timeoutSeconds>120</timeoutSeconds>
                    <allowPlainHttp>false</allowPlainHttp>
                    <trustedKeys>keys/meridian.pub.pem</trustedKeys>
                  </settings>
                </dev.aibom.jenkins.AibomUploadBuilder>
                """;
        AibomUploadStep restored = ((AibomUploadBuilder) xstream.fromXML(saved)).getSettings();
        assertThat(restored.getBom()).isEqualTo("aibom/aibom.cdx.json");
        assertThat(restored.getUrl()).isEqualTo("https://dtrack.example.com");
        assertThat(restored.getApiKeyVariable()).isEqualTo("DT_KEY");
        assertThat(restored.getProjectName()).isEqualTo("credit-risk-scorer");
        assertThat(restored.getProjectVersion()).isEqualTo("2.4.0");
        assertThat(restored.isAutoCreate()).isTrue();
        assertThat(restored.getParent()).isEqualTo("Retail Credit");
        assertThat(restored.isSynchronous()).isTrue();
        assertThat(restored.getTimeoutSeconds()).isEqualTo(120);
        assertThat(restored.getTrustedKeys()).isEqualTo("keys/meridian.pub.pem");
        assertThat(xstream.toXML(new AibomUploadBuilder(restored))).contains("<timeoutSeconds>120</timeoutSeconds>")
                .doesNotContain("defined-in");
        assertThat(new AibomUploadStep("bom.json").getTimeoutSeconds()).isEqualTo(300);
    }

    @Test
    void anUnknownFormatFailsBothFormsWithTheSameMessage() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("u"));
        AibomStep step = settings();
        step.setFormats("markdown, pdf");
        StubJenkins.Context context = new StubJenkins.Context(new StubJenkins.TestRun(), workspace,
                new StubJenkins.Listener(), env());
        step.start(context).start();
        String message = "aibom: formats: 'pdf' is not a report format. Use one or more of html, json, junit,"
                + " markdown, sarif (separated by commas), all, or default.";
        assertThat(context.failure).isInstanceOf(AbortException.class).hasMessage(message);
        assertThatThrownBy(() -> new AibomBuilder(step).perform(new StubJenkins.TestRun(),
                new FilePath(workspace.toFile()), env(), new Launcher() { }, new StubJenkins.Listener()))
                .isInstanceOf(AbortException.class).hasMessage(message);

        AibomVerifyStep review = new AibomVerifyStep("bom.json");
        review.setFormats("pdf");
        StubJenkins.Context reviewed = new StubJenkins.Context(new StubJenkins.TestRun(), workspace,
                new StubJenkins.Listener(), env());
        review.start(reviewed).start();
        assertThat(reviewed.failure).hasMessage("aibomVerify: formats: 'pdf' is not a report format. Use one or"
                + " more of html, json, junit, markdown, sarif (separated by commas), all, or default.");
    }
}
