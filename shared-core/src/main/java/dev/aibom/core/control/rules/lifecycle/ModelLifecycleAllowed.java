package dev.aibom.core.control.rules.lifecycle;

import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;
import dev.aibom.control.AibomProperties;

import java.util.List;
import java.util.Optional;

/** The model's life-cycle stage is one that allows use. */
@AutoService(ControlRule.class)
public final class ModelLifecycleAllowed extends BuiltInRule<ModelLifecycleAllowed.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("model-lifecycle-allowed",
            "The model's life-cycle stage allows use", Family.LIFECYCLE, Severity.ERROR,
            "aibom:model:lifecycle is one of the allowed stages (deprecated and retired fail by default). A model"
                    + " that states no stage fails unless requireStated is false (the review policy: CycloneDX has no"
                    + " standard field for it).",
            "A.6.2.5", "A.6.2.6")
            .withRemedy("Use a model in an allowed life-cycle stage, or record the stage it is in (lifecycle).");

    /**
     * @param allowed       the life-cycle stages that allow use
     * @param requireStated whether a model without a stated stage fails (else it is not applicable)
     */
    public record Parameters(@ParameterDoc("life-cycle stages that allow use") List<String> allowed,
                             @ParameterDoc("a model that states no stage fails") boolean requireStated) {
        public Parameters {
            allowed = List.copyOf(allowed);
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of("validated", "approved", "deployed"), true);
    }

    @Override
    public Optional<Slicing<ModelLifecycleAllowed.Parameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        List<String> allowed = parameters.allowed();
        for (BomItem model : context.bom().items(BomView.MODEL)) {
            Optional<String> stage = model.model().lifecycleStage();
            if (stage.isEmpty() && !parameters.requireStated()) {
                findings.notApplicable(model, model.label() + " states no life-cycle stage");
            } else if (stage.isEmpty()) {
                findings.fail(model, model.label() + " records no life-cycle stage (aibom:model:lifecycle)",
                        model.pointer());
            } else {
                findings.check(model, allowed.contains(stage.get()),
                        model.label() + " is " + stage.get(),
                        model.label() + " is " + stage.get() + " (allowed: " + String.join(", ", allowed) + ")",
                        model.propertyPointer(AibomProperties.MODEL_LIFECYCLE));
            }
        }
    }
}
