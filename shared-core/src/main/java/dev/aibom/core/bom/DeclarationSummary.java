package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.Numbers;
import dev.aibom.core.Text;
import dev.aibom.core.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a BOM's CycloneDX declarations say, read from any BOM (a supplier's as well as aibom's own), judged by content
 * rather than by presence: who assessed, which requirements of which standard each attestation claims to meet and
 * how well, what backs each claim, and who affirmed it. A requirement counts as met only when its reference resolves
 * to a requirement the BOM defines, it states a finite conformance score of 1, it has no counter-claim, and every
 * claim it names resolves; the claim and evidence counts include only what resolves. Every reference that leads
 * nowhere, every requirement left unanswered and every signatory without a name is an {@link Issue}. Everything here
 * is the BOM author's claim; only a valid signature binds it to someone.
 *
 * @param claims   claims that the attestations name and that resolve
 * @param evidence pieces of evidence that those claims name and that resolve
 * @param issues   what does not hold together, in document order
 */
public record DeclarationSummary(List<Assessor> assessors, List<Attestation> attestations, int claims, int evidence,
                                 Optional<Affirmation> affirmation, List<EvidenceItem> evidenceItems,
                                 List<Issue> issues) {
    public DeclarationSummary {
        assessors = List.copyOf(assessors);
        attestations = List.copyOf(attestations);
        evidenceItems = List.copyOf(evidenceItems);
        issues = List.copyOf(issues);
    }

    /** @param thirdParty whether the assessor is independent of the BOM's author */
    public record Assessor(String ref, String name, boolean thirdParty) {
    }

    public record Attestation(String summary, String assessor, List<RequirementResult> requirements) {
        public Attestation {
            requirements = List.copyOf(requirements);
        }

        public long met() {
            return requirements.stream().filter(RequirementResult::met).count();
        }

        public long partly() {
            return requirements.stream().filter(r -> r.resolved() && r.score().map(s -> s > 0 && s < 1.0)
                    .orElse(false)).count();
        }

        /** The requirements that are answered and not met (partly or not at all), or not answered. */
        public List<RequirementResult> notMet() {
            return requirements.stream().filter(r -> !r.met()).toList();
        }
    }

    /**
     * @param identifier the requirement's identifier ({@code A.10.3}), or its bom-ref when the BOM does not define it
     * @param standard   the name of the standard that defines it, or {@code ""}
     * @param claims     claims that resolve
     * @param score      the stated conformance score, when it is a finite number from 0 to 1
     * @param resolved   the requirement reference resolves to a requirement the BOM defines
     * @param answered   the entry states a conformance score, or names claims or counter-claims
     * @param unresolved claim references of this entry that lead nowhere
     */
    public record RequirementResult(String identifier, String title, String standard, int claims, int counterClaims,
                                    Optional<Double> score, String rationale, boolean resolved, boolean answered,
                                    List<String> unresolved) {
        public RequirementResult {
            unresolved = List.copyOf(unresolved);
        }

        /** Met, as the author states it and as far as its references hold: score 1, no counter-claim, all resolve. */
        public boolean met() {
            return resolved && answered && unresolved.isEmpty() && counterClaims == 0
                    && score.map(s -> s >= 1.0).orElse(false);
        }
    }

    public record Signatory(String name, String role, String organization) {
    }

    public record Affirmation(String statement, List<Signatory> signatories) {
        public Affirmation {
            signatories = List.copyOf(signatories);
        }
    }

    /** A piece of evidence a resolving claim names, with when it expires, if it says. */
    public record EvidenceItem(String ref, String pointer, Optional<Instant> expires) {
    }

    /**
     * Something in the declarations that does not hold together.
     *
     * @param pointer the JSON pointer of what is wrong
     */
    public record Issue(String pointer, String message) {
    }

    /** The BOM's declarations, if it has any. */
    public static Optional<DeclarationSummary> of(JsonNode bom) {
        return of(bom, dev.aibom.control.BomView.refsOutsideDeclarations(bom));
    }

    /**
     * The declarations of a BOM whose bom-refs outside its declarations are {@code refsOutsideDeclarations} (a BOM
     * judged in slices: its root holds the declarations, not the components they may be about).
     */
    public static Optional<DeclarationSummary> of(JsonNode bom, Set<String> refsOutsideDeclarations) {
        return of(bom, (java.util.function.Predicate<String>) refsOutsideDeclarations::contains);
    }

    /**
     * The declarations of a BOM read a part at a time, whose bom-refs outside its declarations are those that
     * {@code refOutsideDeclarations} accepts (a streaming read keeps no set of them: see {@link BomRefFingerprints}).
     */
    public static Optional<DeclarationSummary> of(JsonNode bom,
                                                  java.util.function.Predicate<String> refOutsideDeclarations) {
        JsonNode declarations = bom.path("declarations");
        if (!declarations.isObject()) {
            return Optional.empty();
        }
        List<Issue> issues = new ArrayList<>();
        Map<String, String[]> requirements = new HashMap<>(); // bom-ref -> identifier, title, standard
        int s = 0;
        for (JsonNode standard : bom.path("definitions").path("standards")) {
            String name = text(standard, "name");
            String version = text(standard, "version");
            name = name.contains(version) ? name : (name + " " + version).trim();
            for (JsonNode requirement : standard.path("requirements")) {
                requirements.put(raw(requirement, "bom-ref"), new String[]{text(requirement, "identifier"),
                        text(requirement, "title"), name});
            }
            s++;
        }
        java.util.function.Predicate<String> bomRefs = refOutsideDeclarations;
        Map<String, JsonNode> claimsByRef = new LinkedHashMap<>();
        Map<String, String> claimPointers = new HashMap<>();
        JsonNode claimsNode = declarations.path("claims");
        for (int i = 0; i < claimsNode.size(); i++) {
            claimsByRef.putIfAbsent(raw(claimsNode.get(i), "bom-ref"), claimsNode.get(i));
            claimPointers.putIfAbsent(raw(claimsNode.get(i), "bom-ref"), "/declarations/claims/" + i);
        }
        Map<String, EvidenceItem> evidenceByRef = new LinkedHashMap<>();
        JsonNode evidenceNode = declarations.path("evidence");
        for (int i = 0; i < evidenceNode.size(); i++) {
            JsonNode item = evidenceNode.get(i);
            String pointer = "/declarations/evidence/" + i;
            Optional<Instant> expires = Optional.empty();
            if (item.has("expires")) {
                try {
                    expires = Timestamps.parse(item.path("expires").asText());
                } catch (IllegalArgumentException e) {
                    issues.add(new Issue(pointer + "/expires", "evidence '" + text(item, "bom-ref") + "' expires at '"
                            + Text.printable(item.path("expires").asText()) + "', which is not a date and time"));
                }
            }
            evidenceByRef.putIfAbsent(raw(item, "bom-ref"), new EvidenceItem(raw(item, "bom-ref"), pointer,
                    expires));
        }

        List<Assessor> assessors = new ArrayList<>();
        Map<String, String> assessorNames = new HashMap<>();
        for (JsonNode assessor : declarations.path("assessors")) {
            String name = text(assessor.path("organization"), "name");
            assessors.add(new Assessor(text(assessor, "bom-ref"), name, assessor.path("thirdParty").asBoolean(false)));
            assessorNames.put(raw(assessor, "bom-ref"), name);
        }
        Set<String> usedClaims = new LinkedHashSet<>();
        List<Attestation> attestations = new ArrayList<>();
        JsonNode attestationsNode = declarations.path("attestations");
        for (int a = 0; a < attestationsNode.size(); a++) {
            JsonNode attestation = attestationsNode.get(a);
            List<RequirementResult> results = new ArrayList<>();
            JsonNode map = attestation.path("map");
            for (int m = 0; m < map.size(); m++) {
                JsonNode entry = map.get(m);
                String at = "/declarations/attestations/" + a + "/map/" + m;
                String ref = raw(entry, "requirement");
                String[] known = requirements.get(ref);
                boolean resolved = known != null;
                if (!resolved) {
                    issues.add(new Issue(at + "/requirement", "the attestation answers requirement '"
                            + Text.printable(ref) + "', which the BOM does not define (definitions.standards)"));
                    known = new String[]{Text.printable(ref), "", ""};
                }
                List<String> unresolved = new ArrayList<>();
                int claims = resolving(entry.path("claims"), claimsByRef, usedClaims, unresolved);
                int counter = resolving(entry.path("counterClaims"), claimsByRef, usedClaims, unresolved);
                for (String missing : unresolved) {
                    issues.add(new Issue(at, "requirement " + known[0] + " names claim '" + Text.printable(missing)
                            + "', which is not among the declarations' claims"));
                }
                JsonNode scoreNode = entry.path("conformance").path("score");
                Optional<BigDecimal> score = Numbers.finite(scoreNode);
                if (!scoreNode.isMissingNode() && (score.isEmpty() || score.get().signum() < 0
                        || score.get().compareTo(BigDecimal.ONE) > 0)) {
                    issues.add(new Issue(at + "/conformance/score", "requirement " + known[0] + " states a"
                            + " conformance score of '" + Text.printable(scoreNode.asText()) + "', which is not a"
                            + " number from 0 to 1"));
                    score = Optional.empty();
                }
                boolean answered = score.isPresent() || entry.path("claims").size() + entry.path("counterClaims")
                        .size() > 0;
                if (!answered) {
                    issues.add(new Issue(at, "requirement " + known[0] + " is mapped but not answered: no"
                            + " conformance score, no claim, no counter-claim"));
                }
                results.add(new RequirementResult(known[0].isEmpty() ? Text.printable(ref) : known[0], known[1],
                        known[2], claims, counter, score.map(BigDecimal::doubleValue), text(entry.path("conformance"),
                        "rationale"), resolved, answered, unresolved));
            }
            String assessorRef = raw(attestation, "assessor");
            if (!assessorRef.isEmpty() && !assessorNames.containsKey(assessorRef)) {
                issues.add(new Issue("/declarations/attestations/" + a + "/assessor", "the attestation names assessor"
                        + " '" + Text.printable(assessorRef) + "', which is not among the declarations' assessors"));
            }
            attestations.add(new Attestation(text(attestation, "summary"), assessorNames.getOrDefault(assessorRef,
                    Text.printable(assessorRef)), results));
        }
        // what the used claims name: evidence, counter-evidence, mitigations and their target must all resolve
        Set<String> usedEvidence = new LinkedHashSet<>();
        for (String claimRef : usedClaims) {
            JsonNode claim = claimsByRef.get(claimRef);
            String at = claimPointers.get(claimRef);
            String target = raw(claim, "target");
            if (target.isEmpty() || !bomRefs.test(target)) {
                issues.add(new Issue(at + "/target", "claim '" + Text.printable(claimRef) + "' is about "
                        + (target.isEmpty() ? "nothing (no target)" : "'" + Text.printable(target) + "', which is"
                        + " not in the BOM")));
            }
            for (String field : List.of("evidence", "counterEvidence", "mitigationStrategies")) {
                for (JsonNode ref : claim.path(field)) {
                    if (evidenceByRef.containsKey(ref.asText())) {
                        usedEvidence.add(ref.asText());
                    } else {
                        issues.add(new Issue(at + "/" + field, "claim '" + Text.printable(claimRef) + "' names "
                                + field.replace("Strategies", " strategy").replace("counterEvidence",
                                "counter-evidence") + " '" + Text.printable(ref.asText()) + "', which is not among"
                                + " the declarations' evidence"));
                    }
                }
            }
        }
        Optional<Affirmation> affirmation = Optional.empty();
        JsonNode affirm = declarations.path("affirmation");
        if (affirm.isObject()) {
            List<Signatory> signatories = new ArrayList<>();
            JsonNode list = affirm.path("signatories");
            for (int i = 0; i < list.size(); i++) {
                JsonNode signatory = list.get(i);
                Signatory one = new Signatory(text(signatory, "name"), text(signatory, "role"),
                        text(signatory.path("organization"), "name"));
                if (Text.blank(signatory.path("name").asText(""))) {
                    issues.add(new Issue("/declarations/affirmation/signatories/" + i + "/name", "signatory " + (i + 1)
                            + " of the affirmation has no name"));
                } else {
                    signatories.add(one);
                }
            }
            affirmation = Optional.of(new Affirmation(text(affirm, "statement"), signatories));
        }
        List<EvidenceItem> used = usedEvidence.stream().map(evidenceByRef::get).toList();
        return Optional.of(new DeclarationSummary(assessors, attestations, usedClaims.size(), used.size(),
                affirmation, used, issues));
    }

    /** Counts the references in {@code refs} that resolve; those that do not go to {@code unresolved}. */
    private static int resolving(JsonNode refs, Map<String, JsonNode> claims, Set<String> used,
                                 List<String> unresolved) {
        int resolved = 0;
        for (JsonNode ref : refs) {
            if (claims.containsKey(ref.asText())) {
                resolved++;
                used.add(ref.asText());
            } else {
                unresolved.add(ref.asText());
            }
        }
        return resolved;
    }

    private static String raw(JsonNode node, String field) {
        return node.path(field).asText("");
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

    /** The evidence backing the attestations that has expired by the end of {@code day}. */
    public List<EvidenceItem> expiredOn(LocalDate day) {
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        return evidenceItems.stream().filter(e -> e.expires().map(x -> x.isBefore(start)).orElse(false)).toList();
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
                + " piece" + (evidence == 1 ? "" : "s") + " of evidence" + (issues.isEmpty() ? "" : "; " + issues.size()
                + " reference" + (issues.size() == 1 ? "" : "s") + " or answer" + (issues.size() == 1 ? "" : "s")
                + " that do not hold") + "; " + affirmed;
    }
}
