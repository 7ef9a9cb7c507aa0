package dev.aibom.core.declare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.ToolVersion;
import dev.aibom.control.ControlMetadata;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;
import dev.aibom.core.control.Waivers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the result of aibom's controls into a BOM as CycloneDX 1.6 declarations, so that the evidence travels inside
 * the signed BOM instead of in side files: {@code definitions.standards} (ISO/IEC 42001:2023 Annex A, see
 * {@link StandardDefinition}) and {@code declarations} with the first-party assessor, one attestation mapping each
 * evaluated requirement to claims (what holds) and counter-claims (what does not), each backed by evidence (the
 * finding as data, with its expiry where an assessment or a waiver expires), conformance (score and rationale, waivers
 * as mitigation) and confidence, and an affirmation naming the signatory.
 */
public final class DeclarationWriter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    public static final String ASSESSOR_REF = "assessor:first-party";

    private DeclarationWriter() {
    }

    /**
     * @param bom     the BOM (unsigned, without declarations), changed in place
     * @param created when the evaluation was made (the BOM's timestamp, so that the result stays reproducible)
     * @param today   the day the controls were judged at (for waivers)
     */
    public static void declare(ObjectNode bom, EvaluationResult result, Waivers waivers, DeclareOptions options,
                               String assessor, Instant created, LocalDate today) {
        List<Finding> findings = result.findings().stream()
                .filter(f -> f.status() != Status.NOT_APPLICABLE && !f.annexA().isEmpty()).toList();
        String systemRef = bom.at("/metadata/component/bom-ref").asText("");
        String system = (bom.at("/metadata/component/name").asText("") + " " + bom.at("/metadata/component/version")
                .asText("")).trim();

        ArrayNode claims = BomJson.MAPPER.createArrayNode();
        ArrayNode evidence = BomJson.MAPPER.createArrayNode();
        Map<String, String> waiverRefs = new LinkedHashMap<>();
        Map<String, Requirement> requirements = new TreeMap<>(AnnexA::compareIds);
        int n = 0;
        for (Finding finding : findings) {
            n++;
            String evidenceRef = "evidence:" + n;
            String claimRef = "claim:" + n;
            ObjectNode item = evidence.addObject();
            item.put("bom-ref", evidenceRef);
            item.put("propertyName", "aibom:control:" + finding.control());
            item.put("description", result.control(finding.control()).map(ControlMetadata::title)
                    .orElse(finding.control()));
            ObjectNode data = item.putArray("data").addObject();
            data.put("name", "aibom finding");
            ObjectNode attachment = data.putObject("contents").putObject("attachment");
            attachment.put("contentType", "application/json");
            attachment.put("content", findingJson(finding));
            item.put("created", DATE_TIME.format(created));
            if (!finding.validUntil().isEmpty()) {
                item.put("expires", endOf(LocalDate.parse(finding.validUntil())));
            }
            item.putObject("author").put("name", "aibom " + ToolVersion.get());

            Optional<String> waiverRef = Optional.empty();
            if (finding.status() == Status.WAIVED) {
                Optional<Waivers.Waiver> waiver = waivers.waivers().stream()
                        .filter(w -> w.matches(finding) && w.activeOn(today)).findFirst();
                if (waiver.isPresent()) {
                    String key = waiver.get().control() + "|" + waiver.get().component() + "|" + waiver.get().line();
                    waiverRef = Optional.of(waiverRefs.computeIfAbsent(key, k -> {
                        String ref = "evidence:waiver:" + (waiverRefs.size() + 1);
                        waiverEvidence(evidence, ref, waiver.get());
                        return ref;
                    }));
                }
            }
            ObjectNode claim = claims.addObject();
            claim.put("bom-ref", claimRef);
            claim.put("target", finding.component().isEmpty() ? systemRef : finding.component());
            claim.put("predicate", finding.message());
            waiverRef.ifPresent(ref -> claim.putArray("mitigationStrategies").add(ref));
            claim.put("reasoning", "aibom control " + finding.control() + " ("
                    + result.control(finding.control()).map(ControlMetadata::title).orElse("") + "): "
                    + words(finding.status()) + (finding.status() == Status.WAIVED ? " (" + finding.waiver() + ")"
                    : ""));
            claim.putArray(finding.isProblem() ? "counterEvidence" : "evidence").add(evidenceRef);
            for (String id : finding.annexA()) {
                requirements.computeIfAbsent(id, Requirement::new).add(finding, claimRef, waiverRef);
            }
        }

        ObjectNode standard = StandardDefinition.standard(requirements.keySet());
        ObjectNode definitions = BomJson.MAPPER.createObjectNode();
        definitions.putArray("standards").add(standard);

        ObjectNode declarations = BomJson.MAPPER.createObjectNode();
        ObjectNode assessorNode = declarations.putArray("assessors").addObject();
        assessorNode.put("bom-ref", ASSESSOR_REF);
        assessorNode.put("thirdParty", false);
        assessorNode.putObject("organization").put("name", assessor);

        int met = 0;
        int partly = 0;
        int not = 0;
        ObjectNode attestation = BomJson.MAPPER.createObjectNode();
        ArrayNode map = BomJson.MAPPER.createArrayNode();
        for (Requirement requirement : requirements.values()) {
            map.add(requirement.node());
            double score = requirement.score();
            if (score >= 1.0) {
                met++;
            } else if (score > 0) {
                partly++;
            } else {
                not++;
            }
        }
        attestation.put("summary", assessor + " evaluated " + (system.isEmpty() ? "the AI system" : system)
                + " with aibom " + ToolVersion.get() + " against " + StandardDefinition.NAME + " (policy: "
                + result.policy() + ") on " + today + ": " + requirements.size() + " requirement"
                + (requirements.size() == 1 ? "" : "s") + " evaluated, " + met + " met, " + partly + " partly, " + not
                + " not met.");
        attestation.put("assessor", ASSESSOR_REF);
        attestation.set("map", map);
        declarations.putArray("attestations").add(attestation);
        declarations.set("claims", claims);
        declarations.set("evidence", evidence);
        ObjectNode affirmation = declarations.putObject("affirmation");
        affirmation.put("statement", options.statement().isEmpty() ? "I affirm, on behalf of " + assessor
                + ", that this attestation states what aibom found when it evaluated this AI-BOM against the"
                + " ISO/IEC 42001:2023 Annex A controls of the policy named in the attestation, and that the"
                + " waivers it lists were accepted by the people it names." : options.statement());
        ObjectNode signatory = affirmation.putArray("signatories").addObject();
        signatory.put("name", options.signatoryName());
        signatory.put("role", options.signatoryRole());
        signatory.putObject("organization").put("name", assessor);
        // a signatory is signed itself or points at its signature: here, the BOM's own JSF signature, which the
        // sign step adds over the whole BOM, declarations included
        ObjectNode signature = signatory.putObject("externalReference");
        signature.put("type", "electronic-signature");
        signature.put("url", "#/signature");
        signature.put("comment", "The BOM's JSF signature (/signature), added when the BOM is signed after this"
                + " declaration, covers this affirmation and everything it affirms.");

        // schema order: definitions and declarations go after dependencies, before signature (none yet)
        bom.set("declarations", declarations);
        bom.set("definitions", definitions);
    }

    private static void waiverEvidence(ArrayNode evidence, String ref, Waivers.Waiver waiver) {
        ObjectNode item = evidence.addObject();
        item.put("bom-ref", ref);
        item.put("propertyName", "aibom:waiver");
        item.put("description", "Waiver of " + waiver.control() + " for " + waiver.component() + ": "
                + waiver.reason());
        ObjectNode data = item.putArray("data").addObject();
        data.put("name", "aibom waiver");
        ObjectNode content = BomJson.MAPPER.createObjectNode();
        content.put("control", waiver.control());
        content.put("component", waiver.component());
        content.put("reason", waiver.reason());
        content.put("approvedBy", waiver.approvedBy());
        content.put("expires", waiver.expires().toString());
        ObjectNode attachment = data.putObject("contents").putObject("attachment");
        attachment.put("contentType", "application/json");
        attachment.put("content", content.toString());
        item.put("expires", endOf(waiver.expires()));
        item.putObject("author").put("name", waiver.approvedBy());
    }

    private static String endOf(LocalDate day) {
        return DATE_TIME.format(day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
    }

    private static String findingJson(Finding finding) {
        ObjectNode node = BomJson.MAPPER.createObjectNode();
        node.put("control", finding.control());
        node.putArray("annexA").addAll(finding.annexA().stream().map(BomJson.MAPPER.getNodeFactory()::textNode)
                .toList());
        node.put("status", finding.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        node.put("severity", finding.severity().value());
        node.put("component", finding.component());
        node.put("message", finding.message());
        if (!finding.evidence().isEmpty()) {
            node.put("evidence", finding.evidence());
        }
        if (!finding.validUntil().isEmpty()) {
            node.put("validUntil", finding.validUntil());
        }
        try {
            return BomJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String words(Status status) {
        return switch (status) {
            case PASS -> "holds";
            case FAIL -> "does not hold";
            case WAIVED -> "does not hold, accepted by a waiver";
            case ERROR -> "could not be evaluated";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    /** One requirement's entry in the attestation map. */
    private static final class Requirement {
        private final String id;
        private final List<String> claims = new ArrayList<>();
        private final List<String> counterClaims = new ArrayList<>();
        private final List<String> mitigations = new ArrayList<>();
        private final List<String> controls = new ArrayList<>();
        private int holds;
        private int waived;
        private int fails;
        private int errors;

        Requirement(String id) {
            this.id = id;
        }

        void add(Finding finding, String claimRef, Optional<String> waiverRef) {
            if (!controls.contains(finding.control())) {
                controls.add(finding.control());
            }
            switch (finding.status()) {
                case PASS -> {
                    holds++;
                    claims.add(claimRef);
                }
                case WAIVED -> {
                    waived++;
                    claims.add(claimRef);
                    waiverRef.filter(ref -> !mitigations.contains(ref)).ifPresent(mitigations::add);
                }
                case FAIL -> {
                    fails++;
                    counterClaims.add(claimRef);
                }
                case ERROR -> {
                    errors++;
                    counterClaims.add(claimRef);
                }
                default -> { }
            }
        }

        double score() {
            int total = holds + waived + fails + errors;
            return total == 0 ? 0 : Math.round((holds + waived) * 1000.0 / total) / 1000.0;
        }

        JsonNode node() {
            ObjectNode node = BomJson.MAPPER.createObjectNode();
            node.put("requirement", StandardDefinition.requirementRef(id));
            ArrayNode claimArray = node.putArray("claims");
            claims.forEach(claimArray::add);
            if (!counterClaims.isEmpty()) {
                ArrayNode counter = node.putArray("counterClaims");
                counterClaims.forEach(counter::add);
            }
            int total = holds + waived + fails + errors;
            ObjectNode conformance = node.putObject("conformance");
            conformance.put("score", score());
            conformance.put("rationale", (holds + waived) + " of " + total + " checks by aibom's controls ("
                    + String.join(", ", controls) + ") hold" + (waived > 0 ? ", " + waived + " of them by a waiver"
                    : "") + (fails > 0 ? "; " + fails + " do not" : "") + (errors > 0 ? "; " + errors + " could not"
                    + " be evaluated" : "") + ".");
            if (!mitigations.isEmpty()) {
                ArrayNode strategies = conformance.putArray("mitigationStrategies");
                mitigations.forEach(strategies::add);
            }
            ObjectNode confidence = node.putObject("confidence");
            confidence.put("score", total == 0 ? 0 : Math.round((total - errors) * 1000.0 / total) / 1000.0);
            confidence.put("rationale", errors == 0 ? "every check was evaluated, automatically, from the BOM's"
                    + " standard fields, the supplier register and the files at hand" : errors + " of " + total
                    + " checks could not be evaluated");
            return node;
        }
    }
}
