package dev.aibom.core.control.rules.lifecycle;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.ModelCardField;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;

import java.util.ArrayList;
import java.util.List;

/** The model card has the fields the policy requires. */
@AutoService(ControlRule.class)
public final class ModelDocumentation extends BuiltInRule<ModelDocumentation.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("model-documentation",
            "Technical documentation (model card) is complete", Family.LIFECYCLE, Severity.WARNING,
            "The model card has the required fields.", "A.6.2.7")
            .withRemedy("Complete the model card with the missing fields.");

    /** @param required the model-card fields that must be present */
    public record Parameters(@ParameterDoc("of task, architecture, datasets, limitations, useCases, users,"
            + " ethicalConsiderations") List<String> required) {
        public Parameters {
            required = List.copyOf(required);
            for (String field : required) {
                if (ModelCardField.byKey(field).isEmpty()) {
                    throw new IllegalArgumentException("'" + field + "' is not a model-card field; use task,"
                            + " architecture, datasets, limitations, useCases, users or ethicalConsiderations");
                }
            }
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of("task", "architecture", "limitations", "useCases"));
    }

    @Override
    public Optional<Slicing<ModelDocumentation.Parameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        for (BomItem model : context.bom().items(BomView.MODEL)) {
            List<String> missing = new ArrayList<>();
            for (String field : parameters.required()) {
                if (!model.model().has(ModelCardField.byKey(field).orElseThrow())) {
                    missing.add(field);
                }
            }
            findings.check(model, missing.isEmpty(), model.label() + " has a complete model card",
                    model.label() + " model card lacks " + String.join(", ", missing),
                    model.at(BomPointers.MODEL_CARD));
        }
    }
}
