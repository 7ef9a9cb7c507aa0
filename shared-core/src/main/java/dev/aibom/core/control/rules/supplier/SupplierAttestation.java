package dev.aibom.core.control.rules.supplier;

import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.ParameterDoc;
import dev.aibom.core.control.ReviewSigner;
import dev.aibom.control.Severity;
import dev.aibom.core.bom.DeclarationSummary;

import dev.aibom.core.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * In a review, a supplier's BOM for a system of a given risk level carries an ISO/IEC 42001 attestation (CycloneDX
 * declarations) with an affirmation that names who affirms it, and the BOM - declarations included - is validly
 * signed with a key the register lists for that supplier. Unsigned, or signed by anyone else, the attestation binds no
 * one.
 */
@AutoService(ControlRule.class)
public final class SupplierAttestation extends BuiltInRule<SupplierAttestation.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-attestation",
            "A supplier's BOM carries a signed ISO/IEC 42001 attestation", Family.SUPPLIER, Severity.ERROR,
            """
            In a review of a supplier's BOM whose system has one of the risk levels given ('unstated' stands for \
            a BOM that states none: by default it needs the attestation too, so that leaving the risk level out \
            does not avoid the control), the BOM's declarations hold an attestation to ISO/IEC 42001 with an \
            affirmation naming its signatories, and the BOM is validly signed with a key the register lists for \
            the supplier. The attestation is judged by content, not by presence: every signatory has a name; \
            every requirement the attestation maps resolves to one the BOM defines and is answered (a \
            conformance score from 0 to 1, or claims); every claim, counter-claim, piece of evidence and claim \
            target resolves to an entry in the BOM; no evidence a claim names has expired at review time; and \
            the requirements the policy names for the system's risk level (requirementsMet; by default all of \
            them) are stated as met (score 1, no counter-claim). The summary counts only what resolves. Not \
            applicable outside a review.""", "A.10.2", "A.10.3")
            .withRemedy("Ask the supplier for an AI-BOM with its ISO/IEC 42001 declarations (aibom declare writes"
                    + " them), affirmed by a named person and signed with the key registered for the supplier.");

    /**
     * @param riskLevels      the system risk levels that need the attestation; {@code unstated} for a BOM that states
     *                        none
     * @param requirementsMet per risk level (and {@code default}), the requirements the attestation must state as
     *                        met: Annex A identifiers, or {@code all} for every requirement it maps and the BOM defines
     */
    public record Parameters(@ParameterDoc("risk levels that need an attestation (minimal, limited, high,"
            + " unacceptable; unstated for a BOM that states none)") List<String> riskLevels,
                             @ParameterDoc("risk level (or default) -> requirements the supplier must state as met:"
                                     + " Annex A identifiers such as A.6.2.4, or all") Map<String, List<String>>
                                     requirementsMet) {
        public Parameters {
            riskLevels = riskLevels.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList();
            Map<String, List<String>> copy = new LinkedHashMap<>();
            requirementsMet.forEach((level, ids) -> copy.put(level.trim().toLowerCase(Locale.ROOT),
                    ids.stream().map(String::trim).toList()));
            requirementsMet = java.util.Collections.unmodifiableMap(copy);
        }

        /** What must be met at {@code level}: its own entry, else {@code default}, else nothing. */
        List<String> requiredAt(String level) {
            return requirementsMet.getOrDefault(level, requirementsMet.getOrDefault("default", List.of()));
        }
    }

    /** Every requirement the attestation maps and the BOM defines. */
    public static final String ALL = "all";

    /** The risk level of a BOM that states none. */
    public static final String UNSTATED = "unstated";

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of("high", "unacceptable", UNSTATED), Map.of("default", List.of(ALL)));
    }

    @Override
    public Optional<Slicing<SupplierAttestation.Parameters>> slicing() {
        return documentOnly();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        BomItem bom = context.bom().bom();
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
        Optional<DeclarationSummary> declarations = DeclarationSummary.of(context.bom().tree(),
                context.bom().totals().refsOutsideDeclarations());
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
        // what the signed attestation says, judged by content: references resolve, requirements are answered and
        // met, evidence is current
        List<String> problems = new ArrayList<>();
        declarations.get().issues().forEach(issue -> problems.add(issue.message() + " (" + issue.pointer() + ")"));
        for (DeclarationSummary.EvidenceItem expired : declarations.get().expiredOn(context.today())) {
            problems.add("evidence '" + Text.printable(expired.ref()) + "' expired on " + expired.expires()
                    .map(Object::toString).orElse("") + " (" + expired.pointer() + "/expires)");
        }
        List<String> required = parameters.requiredAt(level.orElse(UNSTATED));
        Map<String, DeclarationSummary.RequirementResult> byId = new LinkedHashMap<>();
        attestations.forEach(a -> a.requirements().forEach(r -> byId.putIfAbsent(r.identifier(), r)));
        for (DeclarationSummary.RequirementResult requirement : byId.values()) {
            // a requirement whose references do not hold is an issue above; here: what the supplier says itself
            if ((required.contains(ALL) || required.contains(requirement.identifier())) && requirement.answered()
                    && requirement.resolved() && requirement.unresolved().isEmpty() && !requirement.met()) {
                problems.add("the supplier states requirement " + requirement.identifier() + " as not met ("
                        + requirement.score().map(score -> "conformance " + Math.round(score * 100) + "%")
                        .orElse("no conformance score") + (requirement.counterClaims() > 0 ? ", "
                        + requirement.counterClaims() + " counter-claim" + (requirement.counterClaims() == 1 ? ""
                        : "s") : "") + ")");
            }
        }
        for (String id : required) {
            if (!id.equals(ALL) && !byId.containsKey(id)) {
                problems.add("requirement " + id + ", which the policy requires as met at this risk level, is not"
                        + " in the attestation");
            }
        }
        DeclarationSummary.Attestation attestation = attestations.get(0);
        long met = attestations.stream().mapToLong(DeclarationSummary.Attestation::met).sum();
        long total = attestations.stream().mapToLong(a -> a.requirements().size()).sum();
        if (!problems.isEmpty()) {
            findings.fail(bom, "the ISO/IEC 42001 attestation signed by " + signer.get().supplier().displayName()
                    + " does not hold (" + met + " of " + total + " requirements met): " + String.join("; ",
                    problems), "/declarations");
            return;
        }
        findings.pass(bom, "ISO/IEC 42001 attestation by " + attestation.assessor() + " (" + met + " of " + total
                + " requirements met), " + affirmed + ", signed by " + signer.get().supplier().displayName()
                + "'s registered key " + signer.get().fingerprint(), "/declarations");
    }
}
