package dev.aibom.core.control.rules.integrity;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;

import java.util.List;

/**
 * An {@code aibom:} fact is stated once per component: a second {@code aibom:model:lifecycle} with another value
 * makes the BOM say two things, and a reader that takes the first and a reader that takes the last disagree. The
 * controls that need such a fact report it as not evaluable; this control names every conflict.
 */
@AutoService(ControlRule.class)
public final class PropertiesUnambiguous extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("properties-unambiguous",
            "Every aibom property states one value", Family.INTEGRITY, Severity.ERROR, "A single-valued aibom:"
                    + " property (every one but aibom:data:qualityCheck) appears at most once per component, or with"
                    + " one value; conflicting values make the BOM ambiguous.", "A.6.2.3").asFixed()
            .withRemedy("State each aibom property once per component: a BOM with conflicting values cannot be judged.");

    public PropertiesUnambiguous() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return sliced(this::begin);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        whole(this::begin, context, parameters, findings);
    }

    /** The system first (a fact of the document), then each item of each slice. */
    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        judge(context.bom().system(), first);
        return (slice, findings) -> slice.bom().items().forEach(item -> judge(item, findings));
    }

    private static void judge(BomItem item, Findings findings) {
        List<String> conflicting = item.conflictingProperties();
        if (conflicting.isEmpty()) {
            findings.pass(item, item.label() + " states each aibom property once", item.at("/properties"));
        } else {
            findings.fail(item, item.label() + " states conflicting values for "
                    + String.join("; ", item.conflictingPropertiesDescribed()),
                    item.propertyPointer(conflicting.get(0)));
        }
    }
}
