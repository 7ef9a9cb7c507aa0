package dev.aibom.core.control;

import dev.aibom.control.ControlContext;
import dev.aibom.control.ControlRule;
import dev.aibom.control.Findings;
import dev.aibom.control.Slicing;

import java.util.Optional;

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

    /**
     * The slicing of a rule whose {@link #evaluate(EvaluationContext, Record, Findings) evaluate} judges each item of
     * the view alone and says nothing about the BOM as a whole: each slice is evaluated as it comes.
     */
    protected final Optional<Slicing<P>> itemByItem() {
        return Optional.of(Slicing.itemByItem((context, parameters, findings) ->
                evaluate((EvaluationContext) context, parameters, findings)));
    }

    /**
     * The slicing of a rule that judges only the BOM as a whole (its system, supplier, signatures, totals), never an
     * item: it is evaluated once, on the document's view, which has no items.
     */
    protected final Optional<Slicing<P>> documentOnly() {
        return Optional.of((document, parameters, findings) -> {
            evaluate((EvaluationContext) document, parameters, findings);
            return Slicing.Judgement.NONE;
        });
    }

    /** A judgement in slices, with the engine's whole context: what a stateful rule implements. */
    @FunctionalInterface
    protected interface BuiltInSlicing<P extends Record> {
        Slicing.Judgement begin(EvaluationContext document, P parameters, Findings findings);
    }

    /** The slicing of a rule that judges in slices with the engine's context. */
    protected static <P extends Record> Optional<Slicing<P>> sliced(BuiltInSlicing<P> slicing) {
        return Optional.of((document, parameters, findings) ->
                slicing.begin((EvaluationContext) document, parameters, findings));
    }

    /** The whole BOM as one slice, for a rule that judges in slices: its {@code evaluate}. */
    protected static <P extends Record> void whole(BuiltInSlicing<P> slicing, EvaluationContext context, P parameters,
                                                   Findings findings) {
        Slicing.whole(sliced(slicing).orElseThrow(), context, parameters, findings);
    }
}
