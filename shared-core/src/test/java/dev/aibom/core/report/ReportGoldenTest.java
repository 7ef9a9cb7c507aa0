package dev.aibom.core.report;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.TestJobs;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.ToolVersion;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.job.GenerateJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every report format against its golden file: the failing credit-risk example of the README (a retired model, an
 * unregistered supplier, a waiver), rendered byte for byte. A deliberate change of a report is made by running
 * {@code mvn test -Dtest=ReportGoldenTest -Daibom.golden.update=true} and reviewing the diff of the golden files.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/aibom/core/report/golden");
    @TempDir
    static Path temp;
    static EvaluationResult result;
    static ReportHeader header;
    static Path project;

    @BeforeAll
    static void evaluateTheFailingExample() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("project"));
        String descriptor = Files.readString(project.resolve("aibom.yaml"))
                .replace("    lifecycle: approved", "    lifecycle: retired")
                .replace("    supplier: meridian", "    supplier: acme")
                .replace("  - id: meridian\n    name: Meridian Credit Data Ltd", "  - id: acme\n    name: ACME ML <GmbH>")
                .replace("https://www.meridian-credit.example.com", "https://acme-ml.example.com");
        Files.writeString(project.resolve("aibom.yaml"), descriptor);
        Path bom = project.resolve("target/bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.EPOCH)));
        var checked = TestJobs.check(bom, Optional.of(project.resolve("aibom-policy.yaml")),
                Optional.of(project.resolve("suppliers.yaml")), Optional.of(project.resolve("waivers.yaml")),
                List.of(), Optional.of(project), LocalDate.parse("2026-11-23"), Log.NONE);
        result = checked.evaluation();
        header = checked.header();
    }

    static List<ReportFormat> formats() {
        return ReportFormats.builtIn().all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void eachFormatMatchesItsGoldenFile(ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(result, header, out);
        String actual = normalise(out.toString(StandardCharsets.UTF_8));
        Path golden = GOLDEN.resolve(format.fileName());
        if (Boolean.getBoolean("aibom.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file of %s (make it with -Daibom.golden.update=true)", format.id())
                .exists();
        assertThat(actual).as("%s report", format.id()).isEqualTo(Files.readString(golden));
        if (format instanceof JsonReport) {
            assertThat(out.toByteArray()).as("the streamed JSON report is its tree, written")
                    .isEqualTo(JsonReport.render(result, header));
        }
    }

    /** The machine-specific parts: where the example was copied to, and aibom's own version. */
    private static String normalise(String report) {
        String version = ToolVersion.get();
        String where = project.toString();
        return report.replace(where.replace("/", "\\/"), "$PROJECT").replace(where, "$PROJECT")
                .replace("\"" + version + "\"", "\"$VERSION\"").replace(">" + version + "<", ">$VERSION<");
    }

    @Test
    void theRegistryHasEveryBuiltInFormatAndTheDefaultsAreTheFourOfBefore() {
        assertThat(ReportFormats.builtIn().ids()).isEqualTo("html, json, junit, markdown, sarif");
        assertThat(ReportFormats.builtIn().defaults().ids()).isEqualTo("html, json, junit, sarif");
        assertThat(ReportFormats.builtIn().defaults().byDefault()).isTrue();
        assertThat(formats()).extracting(ReportFormat::fileName).containsExactly("aibom-report.html",
                "aibom-report.json", "TEST-aibom-controls.xml", "aibom-report.md", "aibom-report.sarif");
    }

    @Test
    void aChoiceIsParsedByNameAllOrDefault() throws Exception {
        ReportFormats formats = ReportFormats.builtIn();
        assertThat(formats.parse("--formats", "markdown, JSON").ids()).isEqualTo("json, markdown");
        assertThat(formats.parse("--formats", "markdown,json,markdown").ids()).isEqualTo("json, markdown");
        assertThat(formats.parse("--formats", "all").ids()).isEqualTo("html, json, junit, markdown, sarif");
        assertThat(formats.parse("--formats", "default,markdown").ids())
                .isEqualTo("html, json, junit, markdown, sarif");
        assertThat(formats.parse("--formats", "sarif").byDefault()).isFalse();
    }

    @Test
    void anUnknownOrEmptyChoiceIsAnErrorNamingTheKnownFormats() {
        assertThatThrownBy(() -> ReportFormats.builtIn().parse("aibom.formats", "json,pdf"))
                .isInstanceOf(AibomException.class)
                .hasMessage("aibom.formats: 'pdf' is not a report format. Use one or more of html, json, junit,"
                        + " markdown, sarif (separated by commas), all, or default.");
        assertThatThrownBy(() -> ReportFormats.builtIn().parse("formats", " , "))
                .isInstanceOf(AibomException.class)
                .hasMessage("formats is empty. Name one or more of html, json, junit, markdown, sarif (separated by"
                        + " commas), all, or default; leave it unset for the default (html, json, junit, sarif).");
    }

    @Test
    void onlyTheChosenFormatsAreWrittenWithWhatTheyNeed() throws Exception {
        Path out = Files.createDirectories(temp.resolve("chosen"));
        Map<String, Path> written = Reports.write(result, header, out,
                ReportFormats.builtIn().parse("--formats", "markdown,html"));
        assertThat(written.keySet()).containsExactly("html", "markdown");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("aibom-report.css", "aibom-report.html", "aibom-report.md");
        }
        assertThat(Reports.line(written)).isEqualTo("reports: " + out.resolve("aibom-report.html")
                + " (also aibom-report.md)");
    }

    @Test
    void markdownKeepsWhatTheBomSaysAsText() {
        assertThat(MarkdownReport.text("[click](https://evil.example) <img src=x> | @team #12 `x`\nnext"))
                .isEqualTo("\\[click\\]\\(https\\://evil\\.example\\) &lt;img src=x&gt; \\| \\@team \\#12"
                        + " \\`x\\` next");
    }
}
