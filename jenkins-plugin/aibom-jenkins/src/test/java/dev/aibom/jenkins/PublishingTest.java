package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import dev.aibom.jenkins.stubs.StubPublished;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JUnit XML and the SARIF are published through the junit and warnings-ng plugins when they are installed
 * (here: the stubs of their recorders, which note what they were asked to publish), never change the build result,
 * and are only named, never loaded, by the plugin's main classes when those plugins are absent.
 */
class PublishingTest {
    @TempDir
    Path temp;

    @BeforeEach
    void clear() {
        StubPublished.clear();
    }

    private static AibomStep settings() {
        AibomStep step = new AibomStep();
        step.setPolicy("aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        step.setFormats("junit, sarif");
        return step;
    }

    private static EnvVars env() {
        return new EnvVars(Map.of("HF_HUB_OFFLINE", "1", "SOURCE_DATE_EPOCH", "1767225600"));
    }

    @Test
    void aPipelinePublishesTheJUnitXmlAndSaysHowToRecordTheSarif() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        StubJenkins.TestRun run = new StubJenkins.TestRun();
        StubJenkins.Listener log = new StubJenkins.Listener();
        StubJenkins.Context context = new StubJenkins.Context(run, workspace, log, env());
        settings().start(context).start();
        assertThat(context.failure).isNull();

        assertThat(StubPublished.calls()).singleElement().satisfies(call -> {
            assertThat(call.plugin()).isEqualTo("junit");
            assertThat(call.build()).isSameAs(run);
            assertThat(call.pattern()).isEqualTo("aibom/TEST-aibom-controls.xml");
            assertThat(call.settings()).isEqualTo("skipMarkingBuildUnstable=true allowEmptyResults=false");
        });
        assertThat(log.text()).contains("aibom: published aibom/TEST-aibom-controls.xml as the build's test results"
                + " (junit plugin)\n");
        assertThat(log.text()).contains("aibom: to see aibom/aibom-report.sarif as issues, add to the Pipeline:"
                + " recordIssues(tools: [sarif(id: 'aibom-sarif', name: 'aibom', pattern:"
                + " 'aibom/aibom-report.sarif')])\n");
        assertThat(run.getAction(AibomBuildAction.class).getPublished()).containsExactly("junit");
        assertThat(run.getResult()).as("publishing leaves the result to the verdict").isNull();
    }

    @Test
    void aFreestyleBuildPublishesBothAndTheSummaryLinksThem() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("f"));
        StubJenkins.TestBuild build = new StubJenkins.TestBuild();
        StubJenkins.Listener log = new StubJenkins.Listener();
        new AibomBuilder(settings()).perform(build, new FilePath(workspace.toFile()), env(), new Launcher() { }, log);

        assertThat(StubPublished.calls()).containsExactly(
                new StubPublished.Call("junit", build, "aibom/TEST-aibom-controls.xml",
                        "skipMarkingBuildUnstable=true allowEmptyResults=false"),
                new StubPublished.Call("warnings-ng", build, "aibom/aibom-report.sarif", "id=aibom-sarif name=aibom"));
        assertThat(log.text()).contains("aibom: recorded aibom/aibom-report.sarif as the build's issues (warnings-ng,"
                + " id aibom-sarif)\n");
        AibomBuildAction action = build.getAction(AibomBuildAction.class);
        assertThat(action.getPublished()).containsExactly("junit", "sarif");
        assertThat(action.getView().getLinks()).extracting(AibomViewModel.Link::path).containsExactly(
                "artifact/aibom/TEST-aibom-controls.xml", "artifact/aibom/aibom-report.sarif",
                "artifact/aibom/aibom.cdx.json", "testReport/", "aibom-sarif/");
    }

    @Test
    void turnedOffNothingIsPublished() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("o"));
        AibomStep step = settings();
        step.setPublishReports(false);
        StubJenkins.TestBuild build = new StubJenkins.TestBuild();
        StubJenkins.Listener log = new StubJenkins.Listener();
        new AibomBuilder(step).perform(build, new FilePath(workspace.toFile()), env(), new Launcher() { }, log);
        assertThat(StubPublished.calls()).isEmpty();
        assertThat(log.text()).doesNotContain("published").doesNotContain("recordIssues");
        assertThat(build.getAction(AibomBuildAction.class).getPublished()).isEmpty();
    }

    @Test
    void aFailingReviewPublishesBeforeItFailsTheBuild() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("r"));
        StubJenkins.TestRun generated = new StubJenkins.TestRun();
        AibomStep generate = settings();
        generate.setFormats("json");
        StubJenkins.Context context = new StubJenkins.Context(generated, workspace, new StubJenkins.Listener(),
                env());
        generate.start(context).start();
        assertThat(context.failure).isNull();

        AibomVerifyStep review = new AibomVerifyStep("aibom/aibom.cdx.json");
        review.setSuppliers("suppliers.yaml");
        review.setFormats("junit");
        review.setOutputDirectory("review");
        StubJenkins.TestBuild build = new StubJenkins.TestBuild();
        StubJenkins.Listener log = new StubJenkins.Listener();
        // an unsigned BOM under review fails: the test results are there to look at all the same
        assertThatThrownBy(() -> new AibomVerifyBuilder(review).perform(build, new FilePath(workspace.toFile()),
                env(), new Launcher() { }, log)).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("aibomVerify: AI-BOM controls: 3 failed");
        assertThat(log.text()).contains("aibom: published review/TEST-aibom-controls.xml as the build's test results"
                + " (junit plugin)\n");
        assertThat(StubPublished.calls()).extracting(StubPublished.Call::plugin, StubPublished.Call::pattern)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("junit", "review/TEST-aibom-controls.xml"));
    }

    @Test
    void absentPluginsAreNamedAndAFailingPublisherLeavesTheVerdict() throws Exception {
        StubJenkins.TestBuild build = new StubJenkins.TestBuild();
        StubJenkins.Listener log = new StubJenkins.Listener();
        Map<String, String> reports = Map.of("junit", "out/TEST-aibom-controls.xml", "sarif", "out/a.sarif");
        FilePath workspace = new FilePath(temp.toFile());
        assertThat(Publishing.publish(build, workspace, new Launcher() { }, log, reports, true, name -> false))
                .isEmpty();
        assertThat(log.text()).isEqualTo("aibom: the junit plugin is not installed: out/TEST-aibom-controls.xml is"
                + " not published as test results\n"
                + "aibom: the warnings-ng plugin is not installed: out/a.sarif is not recorded as issues\n");

        StubJenkins.Listener missing = new StubJenkins.Listener();
        assertThat(Publishing.publish(build, workspace, new Launcher() { }, missing, Map.of("junit",
                "out/TEST-aibom-controls.xml"), true, name -> true)).isEmpty();
        assertThat(missing.text()).isEqualTo("aibom: WARNING the junit plugin could not publish"
                + " out/TEST-aibom-controls.xml: No test report files were found. Configuration error? (the verdict"
                + " stands)\n");

        StubJenkins.Listener outside = new StubJenkins.Listener();
        assertThat(Publishing.publish(build, workspace, new Launcher() { }, outside, Map.of("junit",
                "/elsewhere/TEST-x.xml", "sarif", "out/re*port.sarif"), true, name -> true)).isEmpty();
        assertThat(outside.text()).isEqualTo("aibom: the JUnit XML /elsewhere/TEST-x.xml is outside the workspace or"
                + " its name holds a pattern character (* ? , [ ] { }): not published; write the reports inside the"
                + " workspace\n"
                + "aibom: the SARIF report out/re*port.sarif is outside the workspace or its name holds a pattern"
                + " character (* ? , [ ] { }): not published; write the reports inside the workspace\n");
        assertThat(StubPublished.calls()).isEmpty();
    }

    /**
     * An optional dependency: without the junit or warnings-ng plugin their classes do not exist, so only the two
     * publisher classes may refer to them; the rest of the plugin names them as text at most.
     */
    @Test
    void onlyThePublisherClassesReferToTheOptionalPlugins() throws IOException {
        for (Class<?> type : List.of(Publishing.class, AibomRunner.class, AibomStep.class, AibomVerifyStep.class,
                AibomBuilder.class, AibomVerifyBuilder.class, AibomBuildAction.class, AibomViewModel.class)) {
            String bytes = classBytes(type);
            assertThat(bytes).as(type.getName()).doesNotContain("hudson/tasks/junit/")
                    .doesNotContain("io/jenkins/plugins/analysis/");
        }
        assertThat(classBytes(JUnitPublisher.class)).contains("hudson/tasks/junit/JUnitResultArchiver");
        assertThat(classBytes(SarifPublisher.class)).contains("io/jenkins/plugins/analysis/core/steps/IssuesRecorder");
    }

    private static String classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
