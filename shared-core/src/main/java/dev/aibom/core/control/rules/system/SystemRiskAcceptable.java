package dev.aibom.core.control.rules.system;

import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.AibomProperties;
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

/**
 * A system whose risk is unacceptable must not be built or used: fixed, never waived. One's own system must declare
 * its risk level, or leaving it out would avoid this control and every control that depends on the level; a
 * supplier's BOM states it in an aibom property only, and its review requires an attestation instead
 * (supplier-attestation's 'unstated').
 */
@AutoService(ControlRule.class)
public final class SystemRiskAcceptable extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("system-risk-acceptable",
            "The system's risk is not unacceptable", Family.SYSTEM, Severity.ERROR,
            "A system whose risk level is 'unacceptable' always fails; this cannot be disabled, lowered or waived."
                    + " One's own system that declares no risk level fails too (leaving it out must not avoid the"
                    + " controls that depend on it); in a review of a supplier's BOM that is not applicable, and"
                    + " supplier-attestation asks for an attestation instead.",
            "A.5.2").asFixed()
            .withRemedy("A system of unacceptable risk must not be built or bought: stop, or have the risk level"
                    + " reassessed.");

    public SystemRiskAcceptable() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return documentOnly();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        BomItem system = context.bom().system();
        Optional<String> level = context.riskLevel();
        if (level.isEmpty() && context.supplierBom()) {
            findings.notApplicable(system, "system '" + system.name() + "' declares no risk level");
        } else if (level.isEmpty()) {
            findings.fail(system, "system '" + system.name() + "' declares no risk level, so whether it may be built"
                    + " or used, and which controls its level calls for, cannot be judged: declare it (riskLevel in"
                    + " the descriptor's system: minimal, limited, high or unacceptable; aibom:system:riskLevel in"
                    + " the BOM)", system.pointer());
        } else {
            findings.check(system, !level.get().equals("unacceptable"), "system '" + system.name()
                    + "' has risk level " + level.get(), "system '" + system.name() + "' has risk level"
                    + " unacceptable: it must not be built or used",
                    system.propertyPointer(AibomProperties.SYSTEM_RISK_LEVEL));
        }
    }
}
