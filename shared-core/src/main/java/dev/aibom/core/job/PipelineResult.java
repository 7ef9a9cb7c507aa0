package dev.aibom.core.job;

import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.control.EvaluationResult;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one CI run found, small enough to send back from an agent and to keep with a build. Its size does not grow
 * with the size of the models or of the BOM, only with the findings that need attention.
 *
 * @param outcome   PASS, UNSTABLE or FAIL, judged by failOn and unstableOn
 * @param counts    findings per status ({@code pass}, {@code fail}, {@code waived}, {@code not-applicable},
 *                  {@code error})
 * @param summary   one paragraph for a failed or unstable build
 * @param signature what the BOM's signatures prove
 * @param findings  the findings that need attention
 * @param reports   report kind (json, html, junit, sarif, bom) to its path relative to the workspace
 */
public record PipelineResult(EvaluationResult.Outcome outcome, Map<String, Integer> counts, int completeness,
                             String summary, SignatureVerdict signature, List<FindingRow> findings,
                             Map<String, String> reports) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** One finding that needs attention, as a build page shows it. */
    public record FindingRow(String status, String severity, String annexA, String control, String component,
                             String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public PipelineResult {
        Objects.requireNonNull(outcome, "outcome");
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(signature, "signature");
        findings = List.copyOf(findings);
        reports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reports));
    }
}
