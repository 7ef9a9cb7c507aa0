package dev.aibom.core.control.rules.system;

import java.util.Optional;
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

import java.util.ArrayList;
import java.util.List;

/** A high-risk system references its impact assessment and its human-oversight measures. */
@AutoService(ControlRule.class)
public final class SystemHighRiskEvidence extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("system-high-risk-evidence",
            "High-risk systems reference an impact assessment and human oversight", Family.SYSTEM, Severity.ERROR,
            "For riskLevel high: an AI system impact assessment and the human-oversight measures are referenced.",
            "A.5.2", "A.5.3", "A.9.2")
            .withRemedy("Reference the AI system impact assessment and describe the human-oversight measures of this"
                    + " high-risk system (impactAssessment and humanOversight).");

    public SystemHighRiskEvidence() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return documentOnly();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        BomItem system = context.bom().system();
        if (!context.riskLevel().map("high"::equals).orElse(false)) {
            findings.notApplicable(system, "system '" + system.name() + "' is not declared high-risk");
            return;
        }
        List<String> missing = new ArrayList<>();
        boolean assessment = system.property(AibomProperties.SYSTEM_IMPACT_ASSESSMENT).filter(v -> !v.isBlank())
                .isPresent() || system.externalReferenceTypes().contains("risk-assessment");
        if (!assessment) {
            missing.add("an impact assessment (impactAssessment)");
        }
        if (system.property(AibomProperties.SYSTEM_HUMAN_OVERSIGHT).filter(v -> !v.isBlank()).isEmpty()) {
            missing.add("human-oversight measures (humanOversight)");
        }
        findings.check(system, missing.isEmpty(), "high-risk system '" + system.name() + "' references its impact"
                        + " assessment and human oversight",
                "high-risk system '" + system.name() + "' does not reference " + String.join(" or ", missing),
                system.pointer());
    }
}
