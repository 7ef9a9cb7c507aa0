package dev.aibom.core.report;

import dev.aibom.control.Family;
import dev.aibom.control.Status;
import dev.aibom.core.control.EvaluationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report's view model on its own (the template only lays it out): the verdict in words, the facts, the
 * chart's geometry, what needs attention and what to do, coverage, the parts and what the BOM records. Text is raw
 * here; escaping is the template's.
 */
class HtmlReportViewTest {
    @TempDir
    Path temp;
    HtmlReportView view;
    EvaluationResult result;

    @BeforeEach
    void evaluateABrokenExample() throws Exception {
        Path project = dev.aibom.core.TestFiles.copyTree(dev.aibom.core.TestFiles.example("credit-risk-scorer"),
                temp.resolve("project"));
        Files.writeString(project.resolve("aibom.yaml"), Files.readString(project.resolve("aibom.yaml"))
                .replace("    lifecycle: approved", "    lifecycle: retired"));
        Path bom = project.resolve("target/bom.json");
        dev.aibom.core.job.GenerateJob.run(new dev.aibom.core.job.GenerateJob.Request(project.resolve("aibom.yaml"),
                project, bom, Optional.empty(), dev.aibom.core.bom.BomOptions.at(java.time.Instant.EPOCH)));
        var checked = dev.aibom.core.TestJobs.check(bom, Optional.of(project.resolve("aibom-policy.yaml")),
                Optional.of(project.resolve("suppliers.yaml")), Optional.of(project.resolve("waivers.yaml")),
                List.of(), Optional.of(project), LocalDate.parse("2026-11-23"), dev.aibom.core.Log.NONE);
        result = checked.evaluation();
        view = new HtmlReportView(result, checked.header());
    }

    @Test
    void theVerdictAndFactsAreSaidInWords() {
        assertThat(view.title()).isEqualTo("AI-BOM control report");
        assertThat(view.outcome()).isEqualTo("fail");
        assertThat(view.verdict()).isEqualTo("Failed: 1 violation reaches the failure level (error).");
        assertThat(view.facts()).extracting(HtmlReportView.Fact::term).containsExactly("Supplier", "System",
                "Contents", "BOM", "Serial number", "BOM timestamp", "Checked on", "Signature");
        assertThat(view.facts()).filteredOn(f -> f.term().equals("Signature")).singleElement()
                .satisfies(f -> assertThat(f.cssClass()).isEqualTo("sig-unsigned"));
        assertThat(view.facts()).filteredOn(f -> !f.term().equals("Signature"))
                .allSatisfy(f -> assertThat(f.cssClass()).isNull());
        assertThat(view.cards()).extracting(HtmlReportView.Card::status).containsExactly("fail", "error", "waived",
                "pass", "not-applicable");
    }

    @Test
    void theChartHasOneRowPerFamilyWithBarsAsWideAsTheirCounts() {
        HtmlReportView.Chart chart = view.chart();
        assertThat(chart.width()).isEqualTo(910);
        assertThat(chart.rows()).hasSize(Family.values().length);
        int most = chart.rows().stream().mapToInt(HtmlReportView.ChartRow::total).max().orElseThrow();
        for (HtmlReportView.ChartRow row : chart.rows()) {
            assertThat(row.bars().stream().mapToInt(HtmlReportView.Bar::count).sum()).isEqualTo(row.total());
            double width = row.bars().stream().mapToDouble(b -> Double.parseDouble(b.width())).sum();
            assertThat(width).isCloseTo(row.total() == 0 ? 0 : Math.max(row.bars().size(),
                    600.0 * row.total() / most), org.assertj.core.data.Offset.offset(row.bars().size() * 0.1));
        }
        assertThat(chart.legend()).extracting(HtmlReportView.LegendEntry::word).containsExactly("Failed",
                "Could not check", "Waived", "Passed", "Not applicable");
    }

    @Test
    void attentionSaysWhatIsWrongAndWhatToDo() {
        assertThat(view.hasAttention()).isTrue();
        HtmlReportView.AttentionRow retired = view.attention().stream()
                .filter(r -> r.id().equals("model-lifecycle-allowed")).findFirst().orElseThrow();
        assertThat(retired.status()).isEqualTo("fail");
        assertThat(retired.part()).isEqualTo("model credit-pd-logreg");
        assertThat(retired.waiver()).isNull();
        assertThat(retired.todo()).isNotBlank();
        assertThat(view.attention()).filteredOn(r -> r.status().equals("waived")).singleElement()
                .satisfies(r -> assertThat(r.waiver()).startsWith("by Dana Whitfield"));
    }

    @Test
    void coverageAndPartsAddUpToTheFindings() {
        assertThat(view.coverage()).allSatisfy(row -> assertThat(row.controls().get(0).first()).isTrue());
        List<HtmlReportView.Part> parts = StreamSupport.stream(view.parts().spliterator(), false).toList();
        assertThat(parts.stream().mapToInt(p -> p.findings().size()).sum()).isEqualTo(result.findings().size());
        assertThat(parts).filteredOn(HtmlReportView.Part::open).extracting(HtmlReportView.Part::name)
                .contains("model credit-pd-logreg");
        assertThat(view.unlisted()).as("every part is listed below 1000 parts").isNull();
        assertThat(view.completeness().percent()).isEqualTo(result.completeness().percent());
        assertThat(view.completeness().entries()).allSatisfy(e -> assertThat(e.missing()).isNull());
        assertThat(result.counts().get(Status.FAIL)).isPositive();
    }
}
