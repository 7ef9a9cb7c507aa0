package dev.aibom.core.report;

import com.google.auto.service.AutoService;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.control.Completeness;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.bom.DeclarationSummary;

import java.util.Map;

/**
 * The machine-readable form of an evaluation, also what {@code aibom check|review --format json} prints. Field names
 * are stable and documented in docs/json-output.md: {@code subject} (what was judged), {@code outcome}, {@code
 * signature}, {@code counts}, {@code completeness}, {@code findings}.
 */
@AutoService(ReportFormat.class)
public final class JsonReport implements ReportFormat {
    /** The file it writes. */
    public static final String FILE = "aibom-report.json";

    private static final Metadata METADATA = new Metadata("json", FILE,
            "JSON with every finding, for machines (documented in docs/json-output.md)", true);

    /** For {@link java.util.ServiceLoader}. */
    public JsonReport() {
    }

    @Override
    public Metadata metadata() {
        return METADATA;
    }

    @Override
    public void write(EvaluationResult result, ReportHeader header, java.io.OutputStream out) throws java.io.IOException {
        // streamed: a finding's node at a time (the tree of 1.6 million findings took more heap than the BOM's)
        ObjectNode head = head(result, header);
        JsonGenerator json = BomJson.generator(out, false);
        json.writeStartObject();
        for (Map.Entry<String, JsonNode> member : head.properties()) {
            json.writeFieldName(member.getKey());
            if (member.getKey().equals("completeness")) {
                json.writeStartObject();
                for (Map.Entry<String, JsonNode> field : member.getValue().properties()) {
                    json.writeFieldName(field.getKey());
                    if (field.getKey().equals("components")) {
                        json.writeStartArray();
                        for (Completeness.Entry entry : result.completeness().components()) {
                            BomJson.value(json, component(entry));
                        }
                        json.writeEndArray();
                    } else {
                        BomJson.value(json, field.getValue());
                    }
                }
                json.writeEndObject();
            } else if (member.getKey().equals("findings")) {
                json.writeStartArray();
                for (Finding finding : result.findings()) {
                    BomJson.value(json, finding(finding));
                }
                json.writeEndArray();
            } else {
                BomJson.value(json, member.getValue());
            }
        }
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    /** The whole report as a tree ({@link #write} writes the same, streamed). */
    public static ObjectNode tree(EvaluationResult result, ReportHeader header) {
        ObjectNode root = head(result, header);
        ArrayNode components = (ArrayNode) root.get("completeness").get("components");
        result.completeness().components().forEach(entry -> components.add(component(entry)));
        ArrayNode findings = (ArrayNode) root.get("findings");
        result.findings().forEach(finding -> findings.add(finding(finding)));
        return root;
    }

    /** The report with its lists of components and findings empty, in their places. */
    private static ObjectNode head(EvaluationResult result, ReportHeader header) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        SignatureVerdict signature = header.signature();
        ObjectNode root = json.objectNode();
        root.put("kind", header.review() ? "review" : "check");
        root.put("bom", result.bom());
        ObjectNode subject = root.putObject("subject");
        subject.put("specVersion", header.specVersion());
        subject.put("serialNumber", header.serialNumber());
        subject.put("timestamp", header.timestamp());
        subject.put("system", header.system());
        subject.put("systemVersion", header.systemVersion());
        subject.put("supplier", header.supplier());
        if (header.review()) {
            subject.put("supplierStatus", header.supplierStatus());
        }
        subject.put("models", header.models());
        subject.put("datasets", header.datasets());
        subject.put("services", header.services());
        subject.put("date", header.date().toString());
        header.declarations().ifPresent(declarations -> root.set("declarations", declarations(declarations)));
        root.put("policy", result.policy());
        root.put("failOn", result.failOn().value());
        result.unstableOn().ifPresent(level -> root.put("unstableOn", level.value()));
        root.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        root.put("controlsEvaluated", result.controls().size());
        ObjectNode verdict = root.putObject("signature");
        verdict.put("state", signature.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        verdict.put("summary", signature.line());
        signature.signer().ifPresent(by -> verdict.put("signedBy", by));
        ObjectNode counts = root.putObject("counts");
        result.counts().forEach((status, count) -> counts.put(status.value(), count));
        ObjectNode completeness = root.putObject("completeness");
        completeness.put("percent", result.completeness().percent());
        completeness.put("present", result.completeness().present());
        completeness.put("expected", result.completeness().expected());
        completeness.putArray("components");
        root.putArray("findings");
        return root;
    }

    private static ObjectNode component(Completeness.Entry entry) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", entry.kind());
        node.put("ref", entry.ref());
        node.put("name", entry.name());
        node.put("present", entry.present());
        node.put("expected", entry.expected());
        ArrayNode missing = node.putArray("missing");
        entry.missing().forEach(missing::add);
        return node;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("control", finding.control());
        ArrayNode annex = node.putArray("annexA");
        finding.annexA().forEach(annex::add);
        node.put("family", finding.family().value());
        node.put("severity", finding.severity().value());
        node.put("status", finding.status().value());
        node.put("component", finding.component());
        node.put("name", finding.name());
        node.put("kind", finding.kind());
        node.put("message", finding.message());
        node.put("evidence", finding.evidence());
        if (!finding.waiver().isEmpty()) {
            node.put("waiver", finding.waiver());
        }
        return node;
    }

    public static byte[] render(EvaluationResult result, ReportHeader header) {
        return BomJson.pretty(tree(result, header));
    }

    /** What the BOM's declarations attest, for machines: documented in docs/json-output.md. */
    static ObjectNode declarations(DeclarationSummary summary) {
        ObjectNode node = BomJson.MAPPER.createObjectNode();
        node.put("summary", summary.line());
        com.fasterxml.jackson.databind.node.ArrayNode assessors = node.putArray("assessors");
        summary.assessors().forEach(a -> assessors.addObject().put("name", a.name()).put("thirdParty",
                a.thirdParty()));
        com.fasterxml.jackson.databind.node.ArrayNode attestations = node.putArray("attestations");
        for (DeclarationSummary.Attestation attestation : summary.attestations()) {
            ObjectNode a = attestations.addObject();
            a.put("assessor", attestation.assessor());
            a.put("summary", attestation.summary());
            com.fasterxml.jackson.databind.node.ArrayNode requirements = a.putArray("requirements");
            for (DeclarationSummary.RequirementResult r : attestation.requirements()) {
                ObjectNode entry = requirements.addObject();
                entry.put("identifier", r.identifier());
                entry.put("title", r.title());
                entry.put("standard", r.standard());
                entry.put("claims", r.claims());
                entry.put("counterClaims", r.counterClaims());
                r.score().ifPresent(score -> entry.put("score", score));
                entry.put("rationale", r.rationale());
            }
        }
        node.put("claims", summary.claims());
        node.put("evidence", summary.evidence());
        summary.affirmation().ifPresent(affirmation -> {
            ObjectNode a = node.putObject("affirmation");
            a.put("statement", affirmation.statement());
            com.fasterxml.jackson.databind.node.ArrayNode signatories = a.putArray("signatories");
            affirmation.signatories().forEach(s -> signatories.addObject().put("name", s.name()).put("role", s.role())
                    .put("organization", s.organization()));
        });
        return node;
    }
}
