package dev.aibom.core.control;

import dev.aibom.control.ControlContext;
import dev.aibom.control.ControlRule;
import dev.aibom.control.Findings;

/**
 * A control that ships with aibom: it judges with everything the engine knows ({@link EvaluationContext}: the supplier
 * register, the signature report, the files' integrity, discovery), not only the BOM that the API's
 * {@link ControlContext} offers a company's own rule. The engine always evaluates with an {@link EvaluationContext}.
 *
 * @param <P> the parameter record, as {@link ControlRule}'s
 */
public abstract class BuiltInRule<P extends Record> implements ControlRule<P> {
    @Override
    public final void evaluate(ControlContext context, P parameters, Findings findings) {
        evaluate((EvaluationContext) context, parameters, findings);
    }

    /** As {@link ControlRule#evaluate}, with the engine's whole context. */
    public abstract void evaluate(EvaluationContext context, P parameters, Findings findings);
}
