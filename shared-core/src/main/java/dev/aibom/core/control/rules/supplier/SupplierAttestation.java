package dev.aibom.core.control.rules.supplier;

import com.google.auto.service.AutoService;
import dev.aibom.core.control.BomView;
import dev.aibom.core.control.ControlMetadata;
import dev.aibom.core.control.ControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.Family;
import dev.aibom.core.control.Findings;
import dev.aibom.core.control.ParameterDoc;
import dev.aibom.core.control.ReviewSigner;
import dev.aibom.core.control.Severity;
import dev.aibom.core.declare.DeclarationSummary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * In a review, a supplier's BOM for a system of a given risk level carries an ISO/IEC 42001 attestation (CycloneDX
 * declarations) with an affirmation that names who affirms it, and the BOM - declarations included - is validly
 * signed with a key the register lists for that supplier. Unsigned, or signed by anyone else, the attestation binds no
 * one.
 */
@AutoService(ControlRule.class)
public final class SupplierAttestation implements ControlRule<SupplierAttestation.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-attestation",
            "A supplier's BOM carries a signed ISO/IEC 42001 attestation", Family.SUPPLIER, Severity.ERROR,
            "In a review of a supplier's BOM whose system has one of the risk levels given ('unstated' stands for a"
                    + " BOM that states none: by default it needs the attestation too, so that leaving the risk level"
                    + " out does not avoid the control), the"
                    + " BOM's declarations hold an attestation to ISO/IEC 42001 with an affirmation naming its"
                    + " signatories, and the BOM is validly signed with a key the register lists for the supplier."
                    + " Not applicable outside a review.", "A.10.2", "A.10.3")
            .withRemedy("Ask the supplier for an AI-BOM with its ISO/IEC 42001 declarations (aibom declare writes"
                    + " them), affirmed by a named person and signed with the key registered for the supplier.");

    /** @param riskLevels the system risk levels that need the attestation; {@code unstated} for a BOM that states none */
    public record Parameters(@ParameterDoc("risk levels that need an attestation (minimal, limited, high,"
            + " unacceptable; unstated for a BOM that states none)") List<String> riskLevels) {
        public Parameters {
            riskLevels = riskLevels.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList();
        }
    }

    /** The risk level of a BOM that states none. */
    public static final String UNSTATED = "unstated";

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of("high", "unacceptable", UNSTATED));
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        BomView.Item bom = context.bom().bom();
        if (!context.supplierBom()) {
            findings.notApplicable(bom, "the BOM is not under supplier review");
            return;
        }
        Optional<String> level = context.riskLevel();
        if (!parameters.riskLevels().contains(level.orElse(UNSTATED))) {
            findings.notApplicable(bom, (level.isPresent() ? "the system's risk level is " + level.get()
                    : "the BOM states no risk level") + " (an attestation is required for: "
                    + String.join(", ", parameters.riskLevels()) + ")");
            return;
        }
        String why = level.map(l -> "a " + l + "-risk system").orElse("a system whose risk level the BOM does not"
                + " state");
        Optional<DeclarationSummary> declarations = DeclarationSummary.of(context.bom().tree());
        List<DeclarationSummary.Attestation> attestations = declarations.map(d -> d.attestationsTo("42001"))
                .orElse(List.of());
        if (attestations.isEmpty()) {
            findings.fail(bom, "the BOM of " + why + " carries no ISO/IEC 42001 attestation (declarations"
                    + (declarations.isPresent() ? " without one" : ": none") + ")", "/declarations");
            return;
        }
        List<DeclarationSummary.Signatory> signatories = declarations.get().affirmation()
                .map(DeclarationSummary.Affirmation::signatories).orElse(List.of());
        if (signatories.isEmpty()) {
            findings.fail(bom, "the ISO/IEC 42001 attestation is affirmed by no one named (declarations.affirmation)",
                    "/declarations/affirmation");
            return;
        }
        Optional<ReviewSigner> signer = ReviewSigner.of(context);
        String affirmed = "affirmed by " + String.join(", ", signatories.stream().map(s -> s.name()
                + (s.role().isEmpty() ? "" : " (" + s.role() + ")")).toList());
        if (signer.isEmpty()) {
            findings.fail(bom, "the ISO/IEC 42001 attestation, " + affirmed + ", is not in a BOM signed with a key"
                    + " the register lists for the supplier, so it binds no one", "/signature");
            return;
        }
        DeclarationSummary.Attestation attestation = attestations.get(0);
        findings.pass(bom, "ISO/IEC 42001 attestation by " + attestation.assessor() + " (" + attestation.met()
                + " of " + attestation.requirements().size() + " requirements met), " + affirmed + ", signed by "
                + signer.get().supplier().displayName() + "'s registered key " + signer.get().fingerprint(),
                "/declarations");
    }
}
