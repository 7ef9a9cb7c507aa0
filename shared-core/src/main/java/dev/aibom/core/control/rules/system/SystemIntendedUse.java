package dev.aibom.core.control.rules.system;

import dev.aibom.control.Slicing;
import java.util.List;

import com.google.auto.service.AutoService;
import dev.aibom.control.AibomProperties;
import dev.aibom.control.BomView;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;

import java.util.Optional;

/** The system states what it is for; a supplier BOM without aibom properties may state it as model-card use cases. */
@AutoService(ControlRule.class)
public final class SystemIntendedUse extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("system-intended-use",
            "Intended use is declared", Family.SYSTEM, Severity.ERROR,
            "The system states what it is for and what it must not be used for (aibom:system:intendedUse).", "A.9.4")
            .withRemedy("State what the system is for and what it must not be used for (intendedUse), or the use cases"
                    + " in the model cards.");

    public SystemIntendedUse() {
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

    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        BomItem system = context.bom().system();
        Optional<String> declared = system.property(AibomProperties.SYSTEM_INTENDED_USE).filter(v -> !v.isBlank());
        if (declared.isPresent()) {
            first.pass(system, "system '" + system.name() + "' declares its intended use",
                    system.propertyPointer(AibomProperties.SYSTEM_INTENDED_USE));
            return Slicing.Judgement.NONE;
        }
        boolean[] stated = {false};
        return new Slicing.Judgement() {
            @Override
            public void slice(dev.aibom.control.ControlContext slice, Findings findings) {
                for (BomItem model : stated[0] ? List.<BomItem>of() : slice.bom().items(BomView.MODEL)) {
                    if (!model.model().useCases().isEmpty()) {
                        findings.pass(system, "system '" + system.name() + "' states use cases in the model card"
                                + " of " + model.label(), model.at(BomPointers.USE_CASES));
                        stated[0] = true;
                        return;
                    }
                }
            }

            @Override
            public void end(Findings findings) {
                if (!stated[0]) {
                    findings.fail(system, "system '" + system.name() + "' does not declare its intended use (set"
                            + " intendedUse)", system.pointer());
                }
            }
        };
    }
}
