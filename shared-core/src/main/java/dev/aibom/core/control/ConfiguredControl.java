package dev.aibom.core.control;

import dev.aibom.control.ControlRule;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Severity;
import dev.aibom.control.Finding;
import dev.aibom.control.Findings;
import dev.aibom.control.BomItem;
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
}
