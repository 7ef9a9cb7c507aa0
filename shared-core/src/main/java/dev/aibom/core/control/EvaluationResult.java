package dev.aibom.core.control;

import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.control.Finding;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one evaluation found, and what it means for a build.
 *
 * @param bom       the BOM evaluated (a file or a name), for reports
 * @param policy    where the policy came from
 * @param controls  the controls evaluated, in order: what the reports list (built-in, third-party and expression
 *                  controls alike)
 * @param unstableOn the lowest severity that makes the outcome UNSTABLE (when it is not FAIL); the build and every
 *                   report take the outcome from here, so they cannot disagree
 */
public record EvaluationResult(String bom, String policy, FailOn failOn, List<Finding> findings,
                               Completeness completeness, List<ControlMetadata> controls,
                               Optional<Severity> unstableOn) {
    public EvaluationResult {
        Objects.requireNonNull(bom, "bom");
        Objects.requireNonNull(failOn, "failOn");
        // a log is immutable already and stays on disk; a list is copied
        findings = findings instanceof FindingLog ? findings : List.copyOf(findings);
        Objects.requireNonNull(completeness, "completeness");
        controls = List.copyOf(controls);
        Objects.requireNonNull(unstableOn, "unstableOn");
    }

    public EvaluationResult(String bom, String policy, FailOn failOn, List<Finding> findings,
                            Completeness completeness, List<ControlMetadata> controls) {
        this(bom, policy, failOn, findings, completeness, controls, Optional.empty());
    }

    /** The same result judged with {@code failOn} and {@code unstableOn}. */
    public EvaluationResult judgedWith(FailOn newFailOn, Optional<Severity> newUnstableOn) {
        return new EvaluationResult(bom, policy, newFailOn, findings, completeness, controls, newUnstableOn);
    }

    /** The same result with other findings (a review names the claimant in each). */
    public EvaluationResult withFindings(List<Finding> newFindings) {
        return new EvaluationResult(bom, policy, failOn, newFindings, completeness, controls, unstableOn);
    }

    /** The metadata of an evaluated control. */
    public Optional<ControlMetadata> control(String id) {
        return controls.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The build outcome. */
    public enum Outcome { PASS, UNSTABLE, FAIL }

    public Map<Status, Integer> counts() {
        return new EnumMap<>(tally().counts());
    }

    /** The violations (status FAIL) whose severity {@code level} accepts. */
    public int violations(java.util.function.Predicate<Severity> level) {
        return tally().violations(level);
    }

    /**
     * The findings counted by control, family, Annex A references, status and severity: a log counted them as it was
     * written; a list is counted here.
     */
    public FindingLog.Tally tally() {
        return findings instanceof FindingLog log ? log.tally() : FindingLog.Tally.of(findings);
    }

    /**
     * The violations, the findings that could not be evaluated and the waived ones, in order - what the console, the
     * SARIF results and the attention lists show; a log reads only these.
     */
    public Iterable<Finding> problems() {
        return findings instanceof FindingLog log ? log.problems() : findings.stream()
                .filter(f -> FindingLog.PROBLEMS.contains(f.status())).toList();
    }

    /** Violations (and controls that could not be evaluated) at or above {@code level}. */
    public List<Finding> problemsAtOrAbove(Severity level) {
        return findings.stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.ERROR)
                .filter(f -> f.status() == Status.ERROR || f.severity().atLeast(level))
                .toList();
    }

    /**
     * FAIL when a violation reaches {@code failOn} or a control could not be evaluated (that is never a silent pass),
     * UNSTABLE when one reaches {@code unstableOn}, else PASS.
     */
    public Outcome outcome(FailOn failOn, Optional<Severity> unstableOn) {
        FindingLog.Tally tally = tally();
        boolean error = tally.counts().get(Status.ERROR) > 0;
        boolean fails = tally.violations(failOn::fails) > 0;
        if (fails || error && failOn != FailOn.NEVER) {
            return Outcome.FAIL;
        }
        boolean unstable = unstableOn.map(level -> tally.violations(s -> s.atLeast(level)) > 0).orElse(false);
        return unstable ? Outcome.UNSTABLE : Outcome.PASS;
    }

    /** The outcome by this result's own {@code failOn} and {@code unstableOn}. */
    public Outcome outcome() {
        return outcome(failOn, unstableOn);
    }

    /**
     * The findings that decide the outcome: for FAIL, the violations that reach failOn and every control that could
     * not be evaluated; for UNSTABLE, the violations that reach unstableOn; none for PASS.
     */
    public List<Finding> deciding() {
        return switch (outcome()) {
            case FAIL -> findings.stream().filter(f -> f.status() == Status.ERROR
                    || f.status() == Status.FAIL && failOn.fails(f.severity())).toList();
            case UNSTABLE -> findings.stream().filter(f -> f.status() == Status.FAIL
                    && unstableOn.map(level -> f.severity().atLeast(level)).orElse(false)).toList();
            case PASS -> List.of();
        };
    }

    /** One paragraph for a failed or unstable build, by this result's own levels. */
    public String summary() {
        return summary(failOn);
    }

    /** One paragraph for a failed build: counts and the violations that fail it. */
    public String summary(FailOn level) {
        Map<Status, Integer> counts = counts();
        List<Finding> failing = findings.stream().filter(f -> f.status() == Status.ERROR
                || f.status() == Status.FAIL && level.fails(f.severity())).toList();
        StringBuilder out = new StringBuilder();
        out.append("AI-BOM controls: ").append(counts.get(Status.FAIL)).append(" failed, ")
                .append(counts.get(Status.ERROR)).append(" could not be evaluated, ")
                .append(counts.get(Status.WAIVED)).append(" waived, ")
                .append(counts.get(Status.PASS)).append(" passed, ")
                .append(counts.get(Status.NOT_APPLICABLE)).append(" not applicable (completeness ")
                .append(completeness.percent()).append("%).");
        if (!failing.isEmpty()) {
            out.append(" Failing the build (failOn ").append(level.value()).append("):");
            failing.forEach(f -> out.append("\n  ").append(f.severity().value().toUpperCase(java.util.Locale.ROOT))
                    .append(' ').append(f.line()));
        }
        return out.toString();
    }
}
