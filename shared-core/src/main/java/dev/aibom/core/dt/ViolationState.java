package dev.aibom.core.dt;

import dev.aibom.core.control.EvaluationResult;

/**
 * A Dependency-Track policy's violation state, and what it does to the build, as in the Dependency-Track Jenkins
 * plugin: FAIL fails it, WARN makes it unstable, INFO is listed.
 */
public enum ViolationState {
    INFO(EvaluationResult.Outcome.PASS),
    WARN(EvaluationResult.Outcome.UNSTABLE),
    FAIL(EvaluationResult.Outcome.FAIL);

    private final EvaluationResult.Outcome outcome;

    ViolationState(EvaluationResult.Outcome outcome) {
        this.outcome = outcome;
    }

    public EvaluationResult.Outcome outcome() {
        return outcome;
    }
}
