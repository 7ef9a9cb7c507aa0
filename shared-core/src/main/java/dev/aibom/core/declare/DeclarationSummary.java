package dev.aibom.core.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a BOM's CycloneDX declarations say, read from any BOM (a supplier's as well as aibom's own): who assessed,
 * which requirements of which standard each attestation claims to meet and how well, and who affirmed it. Everything
 * here is the BOM author's claim; only a valid signature binds it to someone.
 */
public record DeclarationSummary(List<Assessor> assessors, List<Attestation> attestations, int claims, int evidence,
                                 Optional<Affirmation> affirmation) {
    public DeclarationSummary {
        assessors = List.copyOf(assessors);
        attestations = List.copyOf(attestations);
    }

    /** @param thirdParty whether the assessor is independent of the BOM's author */
    public record Assessor(String ref, String name, boolean thirdParty) {
    }

    public record Attestation(String summary, String assessor, List<RequirementResult> requirements) {
        public Attestation {
            requirements = List.copyOf(requirements);
        }

        public long met() {
            return requirements.stream().filter(r -> r.score().orElse(0.0) >= 1.0).count();
        }

        public long partly() {
            return requirements.stream().filter(r -> r.score().orElse(0.0) > 0 && r.score().orElse(0.0) < 1.0).count();
        }
    }

    /**
     * @param identifier the requirement's identifier ({@code A.10.3}), or its bom-ref when the BOM does not define it
     * @param standard   the name of the standard that defines it, or {@code ""}
     */
    public record RequirementResult(String identifier, String title, String standard, int claims, int counterClaims,
                                    Optional<Double> score, String rationale) {
    }

    public record Signatory(String name, String role, String organization) {
    }

    public record Affirmation(String statement, List<Signatory> signatories) {
        public Affirmation {
            signatories = List.copyOf(signatories);
        }
    }

    /** The BOM's declarations, if it has any. */
    public static Optional<DeclarationSummary> of(JsonNode bom) {
        JsonNode declarations = bom.path("declarations");
        if (!declarations.isObject()) {
            return Optional.empty();
        }
        Map<String, String[]> requirements = new HashMap<>(); // bom-ref -> identifier, title, standard
        for (JsonNode standard : bom.path("definitions").path("standards")) {
            String name = text(standard, "name");
            String version = text(standard, "version");
            name = name.contains(version) ? name : (name + " " + version).trim();
            for (JsonNode requirement : standard.path("requirements")) {
                requirements.put(text(requirement, "bom-ref"), new String[]{text(requirement, "identifier"),
                        text(requirement, "title"), name});
            }
        }
        List<Assessor> assessors = new ArrayList<>();
        Map<String, String> assessorNames = new HashMap<>();
        for (JsonNode assessor : declarations.path("assessors")) {
            String name = text(assessor.path("organization"), "name");
            assessors.add(new Assessor(text(assessor, "bom-ref"), name, assessor.path("thirdParty").asBoolean(false)));
            assessorNames.put(text(assessor, "bom-ref"), name);
        }
        List<Attestation> attestations = new ArrayList<>();
        for (JsonNode attestation : declarations.path("attestations")) {
            List<RequirementResult> results = new ArrayList<>();
            for (JsonNode entry : attestation.path("map")) {
                String ref = text(entry, "requirement");
                String[] known = requirements.getOrDefault(ref, new String[]{ref, "", ""});
                JsonNode score = entry.path("conformance").path("score");
                results.add(new RequirementResult(known[0].isEmpty() ? ref : known[0], known[1], known[2],
                        entry.path("claims").size(), entry.path("counterClaims").size(),
                        score.isNumber() ? Optional.of(score.asDouble()) : Optional.empty(),
                        text(entry.path("conformance"), "rationale")));
            }
            String assessorRef = text(attestation, "assessor");
            attestations.add(new Attestation(text(attestation, "summary"), assessorNames.getOrDefault(assessorRef,
                    assessorRef), results));
        }
        Optional<Affirmation> affirmation = Optional.empty();
        JsonNode affirm = declarations.path("affirmation");
        if (affirm.isObject()) {
            List<Signatory> signatories = new ArrayList<>();
            for (JsonNode signatory : affirm.path("signatories")) {
                signatories.add(new Signatory(text(signatory, "name"), text(signatory, "role"),
                        text(signatory.path("organization"), "name")));
            }
            affirmation = Optional.of(new Affirmation(text(affirm, "statement"), signatories));
        }
        return Optional.of(new DeclarationSummary(assessors, attestations, declarations.path("claims").size(),
                declarations.path("evidence").size(), affirmation));
    }

    private static String text(JsonNode node, String field) {
        return Text.printable(node.path(field).asText(""));
    }

    /** The attestations whose requirements belong to a standard whose name contains {@code standard}. */
    public List<Attestation> attestationsTo(String standard) {
        String wanted = standard.toLowerCase(Locale.ROOT);
        return attestations.stream().filter(a -> a.requirements().stream()
                .anyMatch(r -> r.standard().toLowerCase(Locale.ROOT).contains(wanted))).toList();
    }

    /** One line for a console: who attests what, and who affirmed it. */
    public String line() {
        List<String> parts = new ArrayList<>();
        for (Attestation attestation : attestations) {
            String standard = attestation.requirements().stream().map(RequirementResult::standard)
                    .filter(s -> !s.isEmpty()).findFirst().orElse("requirements the BOM does not define");
            Optional<Assessor> by = assessors.stream().filter(a -> a.name().equals(attestation.assessor()))
                    .findFirst();
            parts.add("attestation to " + standard + " by " + (attestation.assessor().isEmpty() ? "an unnamed"
                    + " assessor" : attestation.assessor()) + by.map(a -> a.thirdParty() ? " (third party)"
                    : " (first party)").orElse("") + ": " + attestation.requirements().size() + " requirement"
                    + (attestation.requirements().size() == 1 ? "" : "s") + ", " + attestation.met() + " met, "
                    + attestation.partly() + " partly, " + (attestation.requirements().size() - attestation.met()
                    - attestation.partly()) + " not met");
        }
        if (parts.isEmpty()) {
            parts.add("no attestation");
        }
        String affirmed = affirmation.map(a -> a.signatories().isEmpty() ? "affirmed by no one named"
                : "affirmed by " + String.join(", ", a.signatories().stream().map(s -> s.name()
                + (s.role().isEmpty() ? "" : " (" + s.role() + ")")).toList())).orElse("not affirmed");
        return String.join("; ", parts) + "; " + claims + " claim" + (claims == 1 ? "" : "s") + ", " + evidence
                + " piece" + (evidence == 1 ? "" : "s") + " of evidence; " + affirmed;
    }
}
