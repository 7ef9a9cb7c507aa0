package dev.aibom.core.report;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;

import java.util.Comparator;
import java.util.List;

/** The console form: one stable line per finding that needs attention, worst first. */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** Failed, not-evaluable and waived findings, errors first, each as {@link Finding#line()}. */
    public static List<Finding> attention(EvaluationResult result) {
        List<Finding> problems = new java.util.ArrayList<>();
        result.problems().forEach(problems::add);
        return problems.stream()
                .sorted(Comparator.comparing((Finding f) -> f.status() == Status.WAIVED)
                        .thenComparing(Finding::severity).thenComparing(Finding::control))
                .toList();
    }

    /** {@code 3 failed, 0 could not be evaluated, 1 waived, 40 passed, 5 not applicable; completeness 93%}. */
    public static String counts(EvaluationResult result) {
        var counts = result.counts();
        return counts.get(Status.FAIL) + " failed, " + counts.get(Status.ERROR) + " could not be evaluated, "
                + counts.get(Status.WAIVED) + " waived, " + counts.get(Status.PASS) + " passed, "
                + counts.get(Status.NOT_APPLICABLE) + " not applicable; completeness "
                + result.completeness().percent() + "%";
    }
}
