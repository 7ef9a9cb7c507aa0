package dev.aibom.core.control;

import dev.aibom.control.ControlRule;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Severity;
import dev.aibom.control.Finding;
import dev.aibom.control.Findings;
import dev.aibom.control.BomItem;
import dev.aibom.control.BomView;
import dev.aibom.control.Slicing;
import java.util.List;
import java.util.Objects;

/**
 * A control as a policy configures it: the rule, its severity and its bound parameters.
 */
public record ConfiguredControl<P extends Record>(ControlRule<P> rule, Severity severity, P parameters) {
    public ConfiguredControl {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** The rule at its default severity with its default parameters. */
    public static <P extends Record> ConfiguredControl<P> defaults(ControlRule<P> rule) {
        return new ConfiguredControl<>(rule, rule.metadata().defaultSeverity(), rule.defaultParameters());
    }

    public ConfiguredControl<P> withSeverity(Severity value) {
        return new ConfiguredControl<>(rule, value, parameters);
    }

    public ControlMetadata metadata() {
        return rule.metadata();
    }

    /**
     * Runs the rule. A runtime exception becomes an error finding: a control that could not be evaluated never
     * passes.
     */
    public List<Finding> evaluate(EvaluationContext context) {
        Findings findings = new Findings(rule.metadata(), severity);
        try {
            rule.evaluate(context, parameters, findings);
        } catch (BomItem.AmbiguousPropertyException e) {
            findings.error(null, "control could not be evaluated: " + e.getMessage());
        } catch (RuntimeException e) {
            findings.error(null, "control could not be evaluated: " + e);
        }
        return findings.list();
    }

    /**
     * Runs the rule over the BOM in {@code slices} ({@link BomView#slices}), as the engine does: the findings are the
     * same as {@link #evaluate(EvaluationContext)} gives.
     */
    public List<Finding> evaluate(EvaluationContext context, List<BomView> slices) {
        BomView whole = context.bom();
        return evaluate(context.withBom(whole.document()), new ControlEngine.Source() {
            @Override
            public BomView document() {
                return whole.document();
            }

            @Override
            public Iterable<BomView> slices() {
                return slices;
            }

            @Override
            public BomView whole() {
                return whole;
            }
        });
    }

    /**
     * Runs the rule alone over {@code source}: in slices when it judges in slices (the slices are read only when it
     * has something to judge in them), else over the whole BOM. {@code document} is the context with the source's
     * document view.
     */
    List<Finding> evaluate(EvaluationContext document, ControlEngine.Source source) {
        if (rule.slicing().isEmpty()) {
            return evaluate(document.withBom(source.whole()));
        }
        Judging judging = judging(document);
        List<Finding> findings = new java.util.ArrayList<>(judging.begun());
        if (judging.needsSlices()) {
            for (BomView slice : source.slices()) {
                findings.addAll(judging.slice(document.withBom(slice)));
            }
        }
        findings.addAll(judging.end());
        return findings;
    }

    /**
     * Begins judging a BOM in slices (the rule must have a {@link ControlRule#slicing() slicing}) with the document's
     * context: each call then gives the findings of that step. A runtime exception becomes an error finding, never a
     * pass, and the rule judges nothing further.
     */
    public Judging judging(EvaluationContext document) {
        return new Judging(document);
    }

    /** One rule judging one BOM in slices. */
    public final class Judging {
        private Slicing.Judgement judgement;
        private final List<Finding> begun;

        private Judging(EvaluationContext document) {
            Findings findings = new Findings(rule.metadata(), severity);
            guarded(findings, () -> judgement = rule.slicing().orElseThrow().begin(document, parameters, findings));
            begun = findings.list();
        }

        /** The findings about the BOM as a whole that come before the items'. */
        public List<Finding> begun() {
            return begun;
        }

        /** Whether the slices have something to judge: not for a rule that judges only the document, nor after an error. */
        public boolean needsSlices() {
            return judgement != null && judgement != Slicing.Judgement.NONE;
        }

        public List<Finding> slice(EvaluationContext slice) {
            if (judgement == null) {
                return List.of();
            }
            Findings findings = new Findings(rule.metadata(), severity);
            guarded(findings, () -> judgement.slice(slice, findings));
            return findings.list();
        }

        public List<Finding> end() {
            if (judgement == null) {
                return List.of();
            }
            Findings findings = new Findings(rule.metadata(), severity);
            guarded(findings, () -> judgement.end(findings));
            judgement = null;
            return findings.list();
        }

        private void guarded(Findings findings, Runnable step) {
            try {
                step.run();
            } catch (BomItem.AmbiguousPropertyException e) {
                findings.error(null, "control could not be evaluated: " + e.getMessage());
                judgement = null;
            } catch (RuntimeException e) {
                findings.error(null, "control could not be evaluated: " + e);
                judgement = null;
            }
        }
    }
}
