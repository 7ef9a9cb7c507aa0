package dev.aibom.core.control;


/**
 * One automated check. Implementations are stateless: everything they need comes from the context and the settings.
 * They report results (pass, fail, not applicable, error); what fails a build is the adapter's decision.
 */
@FunctionalInterface
public interface Control {
    void evaluate(EvaluationContext context, ControlSettings settings, Findings findings);
}
