package dev.aibom.maven;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.Severity;
import dev.aibom.core.control.Status;
import dev.aibom.core.report.ConsoleReport;
import dev.aibom.core.report.Reports;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Logs an evaluation one line per finding, writes the reports, and fails the build once, at the end. */
final class ControlReporting {
    private ControlReporting() {
    }

    static void report(EvaluationResult result, Path reportsDirectory, Log log) throws IOException,
            MojoFailureException {
        for (Finding finding : ConsoleReport.attention(result)) {
            String line = "aibom: " + finding.line();
            if (finding.status() == Status.WAIVED || finding.severity() == Severity.INFO) {
                log.info(line);
            } else if (finding.status() == Status.ERROR || finding.severity() == Severity.ERROR) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
        log.info("aibom: controls: " + ConsoleReport.counts(result));
        Map<String, Path> written = Reports.writeAll(result, reportsDirectory);
        log.info("aibom: reports: " + written.get("html") + " (also " + Reports.JSON + ", " + Reports.JUNIT + ", "
                + Reports.SARIF + ")");
        if (result.outcome() == EvaluationResult.Outcome.FAIL) {
            throw new MojoFailureException(result.summary(result.failOn()));
        }
    }
}
