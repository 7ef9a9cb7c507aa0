package dev.aibom.core.job;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run found, small enough to send back from an agent and to keep with a build.
 *
 * @param outcome     PASS, UNSTABLE or FAIL
 * @param counts      findings per status ({@code pass}, {@code fail}, {@code waived}, {@code not-applicable},
 *                    {@code error})
 * @param log         the lines to show in the build log, in order
 * @param summary     one paragraph for a failed or unstable build
 * @param signature   {@code signed}, {@code unsigned}, or what went wrong
 * @param findings    the findings that need attention, each {@code status|severity|annexA|control|component|message}
 * @param reports     report kind (json, html, junit, sarif, bom) to its path relative to the workspace
 */
public record PipelineResult(String outcome, Map<String, Integer> counts, int completeness, List<String> log,
                             String summary, String signature, List<FindingRow> findings, Map<String, String> reports)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One finding that needs attention, as a build page shows it. */
    public record FindingRow(String status, String severity, String annexA, String control, String component,
                             String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public PipelineResult {
        Objects.requireNonNull(outcome, "outcome");
        counts = Map.copyOf(counts);
        log = List.copyOf(log);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(signature, "signature");
        findings = List.copyOf(findings);
        reports = Map.copyOf(reports);
    }
}
