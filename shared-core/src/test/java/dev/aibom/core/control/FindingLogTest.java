package dev.aibom.core.control;

import dev.aibom.control.Family;
import dev.aibom.control.Finding;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingLogTest {
    private static Finding finding(int i) {
        Status status = Status.values()[i % Status.values().length];
        Severity severity = Severity.values()[i % Severity.values().length];
        return new Finding("control-" + (i % 7), List.of("A.6.2." + (i % 3), "A.10.3"), Family.values()[i
                % Family.values().length], severity, status, "model:m" + i, "m" + i + " \u00e9\u4e2d\ud83d\ude00",
                i % 2 == 0 ? "model" : "dataset", "model 'm" + i + "' says " + "x".repeat(i % 50),
                "/components/" + i + "/modelCard", status == Status.WAIVED ? "by ops until 2027-01-01: why" : "",
                i % 3 != 0, i % 5 == 0 ? "2027-03-01" : "");
    }

    @Test
    void givesBackEveryFindingInOrderAcrossManyChunks() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            findings.add(finding(i));
        }
        FindingLog log = FindingLog.of(findings);
        assertThat(log).hasSize(50_000);
        assertThat(log).containsExactlyElementsOf(findings);
        assertThat(log.get(0)).isEqualTo(findings.get(0));
        assertThat(log.get(31_337)).isEqualTo(findings.get(31_337));
        // an index of every 64th record: either side of its entries
        for (int i : new int[]{1, 63, 64, 65, 127, 128, 4095, 4096, 49_984, 49_998}) {
            assertThat(log.get(i)).as("finding %d", i).isEqualTo(findings.get(i));
        }
        assertThat(log.get(49_999)).isEqualTo(findings.get(49_999));
        // a second pass reads the same
        assertThat(log.stream().map(Finding::component).toList())
                .isEqualTo(findings.stream().map(Finding::component).toList());
        // the problems alone, the others skipped undecoded (across the buffer's edges too)
        List<Finding> problems = new ArrayList<>();
        log.problems().forEach(problems::add);
        assertThat(problems).isEqualTo(findings.stream().filter(f -> f.status() == Status.FAIL
                || f.status() == Status.ERROR || f.status() == Status.WAIVED).toList());
        assertThat(problems).hasSize(30_000);
        assertThatThrownBy(() -> log.get(50_000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> log.add(findings.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsAMessageLongerThanItsBuffer() {
        Finding big = new Finding("c", List.of(), Family.INTEGRITY, Severity.ERROR, Status.FAIL, "", "", "bom",
                "long ".repeat(100_000), "", "", true);
        FindingLog log = FindingLog.of(List.of(finding(1), big, finding(2)));
        assertThat(log).containsExactly(finding(1), big, finding(2));
        assertThat(log.get(1).message()).hasSize(500_000);
    }

    @Test
    void talliesAsItIsWrittenTheSameAsCountingTheList() {
        List<Finding> findings = Stream.iterate(0, i -> i + 1).limit(1000).map(FindingLogTest::finding).toList();
        FindingLog log = FindingLog.of(findings);
        assertThat(log.tally()).isEqualTo(FindingLog.Tally.of(findings));
        // distinct kind and name: every finding names its own part here
        assertThat(log.tally().parts()).isEqualTo(1000);
        assertThat(log.tally().groups().stream().mapToInt(FindingLog.Tally.Group::count).sum()).isEqualTo(1000);
        assertThat(log.tally().counts()).containsEntry(Status.PASS, 200).containsEntry(Status.FAIL, 200);
        EvaluationResult fromLog = new EvaluationResult("b", "p", FailOn.ERROR, log, new Completeness(100, 0, 0, List.of()), List.of());
        EvaluationResult fromList = new EvaluationResult("b", "p", FailOn.ERROR, findings, new Completeness(100, 0, 0, List.of()),
                List.of());
        assertThat(fromLog.counts()).isEqualTo(fromList.counts());
        assertThat(fromLog.violations(Severity.WARNING::atLeast)).isEqualTo(findings.stream()
                .filter(f -> f.status() == Status.FAIL && Severity.WARNING.atLeast(f.severity())).count());
        for (FailOn level : FailOn.values()) {
            for (Severity unstable : Severity.values()) {
                assertThat(fromLog.outcome(level, java.util.Optional.of(unstable)))
                        .isEqualTo(fromList.outcome(level, java.util.Optional.of(unstable)));
            }
        }
        assertThat(fromLog.findings()).isSameAs(log);
    }

    @Test
    void anEmptyLogHasNoFindingsAndCountsZero() {
        FindingLog log = FindingLog.of(List.of());
        assertThat(log).isEmpty();
        assertThat(log.iterator().hasNext()).isFalse();
        assertThat(log.tally().counts().values()).containsOnly(0);
        assertThat(log.tally().violations(s -> true)).isZero();
        assertThat(log.tally().parts()).isZero();
        assertThat(log.problems().iterator().hasNext()).isFalse();
    }

    @Test
    void leavesNoFileBehindInTheTemporaryFolder() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = logs(tmp);
        FindingLog log = FindingLog.of(List.of(finding(1)));
        // the file has no name once opened: nothing to clean up when the process ends
        assertThat(logs(tmp)).isEqualTo(before);
        assertThat(log).containsExactly(finding(1));
    }

    @Test
    void aSpoolIsReadInOrderOnlyAndKeepsNoTally() {
        List<Finding> findings = Stream.iterate(0, i -> i + 1).limit(20_000).map(FindingLogTest::finding).toList();
        FindingLog.Builder builder = FindingLog.spool();
        findings.forEach(builder::add);
        FindingLog spool = builder.build();
        assertThat(spool).hasSize(20_000);
        assertThat(spool).containsExactlyElementsOf(findings);
        assertThatThrownBy(spool::tally).isInstanceOf(IllegalStateException.class)
                .hasMessage("a spool of findings keeps no tally");
        assertThatThrownBy(() -> spool.get(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(spool::problems).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuiltLogTakesNoMoreFindings() {
        FindingLog.Builder builder = FindingLog.builder().add(finding(1));
        builder.build();
        assertThatThrownBy(() -> builder.add(finding(2))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the log is already built");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }

    private static Set<Path> logs(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return Set.copyOf(files.filter(p -> p.getFileName().toString().startsWith("aibom-findings-")).toList());
        }
    }
}
