package dev.aibom.core.report;

import com.google.auto.service.AutoService;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.ToolVersion;
import dev.aibom.control.ControlMetadata;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0: one rule per control, one result per violation (waived ones carry a suppression), located in the BOM
 * file with the JSON pointer as logical location.
 */
@AutoService(ReportFormat.class)
public final class SarifReport implements ReportFormat {
    /** The file it writes. */
    public static final String FILE = "aibom-report.sarif";

    private static final Metadata METADATA = new Metadata("sarif", FILE,
            "SARIF 2.1.0, for code-scanning views (GitHub, GitLab, warnings-ng)", true);

    /** For {@link java.util.ServiceLoader}. */
    public SarifReport() {
    }

    @Override
    public Metadata metadata() {
        return METADATA;
    }

    @Override
    public void write(EvaluationResult result, ReportHeader header, java.io.OutputStream out) throws java.io.IOException {
        BomJson.write(tree(result), false, out);
    }


    public static byte[] render(EvaluationResult result) {
        return BomJson.pretty(tree(result));
    }

    /** The SARIF document as a tree, for streaming it to a file. */
    public static ObjectNode tree(EvaluationResult result) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "aibom");
        driver.put("version", ToolVersion.get());
        driver.put("informationUri", "https://cyclonedx.org/capabilities/mlbom/");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            if (ruleIndex.containsKey(finding.control())) {
                continue;
            }
            ruleIndex.put(finding.control(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", finding.control());
            ControlMetadata definition = result.control(finding.control()).orElse(null);
            rule.putObject("shortDescription").put("text", definition == null ? finding.control()
                    : definition.title());
            rule.putObject("fullDescription").put("text", definition == null ? finding.message()
                    : definition.description());
            ObjectNode properties = rule.putObject("properties");
            ArrayNode tags = properties.putArray("tags");
            finding.annexA().forEach(a -> tags.add("ISO/IEC 42001 " + a));
            tags.add(finding.family().value());
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : result.problems()) {
            ObjectNode item = results.addObject();
            item.put("ruleId", finding.control());
            item.put("ruleIndex", ruleIndex.get(finding.control()));
            item.put("level", finding.status() == Status.ERROR ? "error" : switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            });
            item.putObject("message").put("text", finding.line());
            ObjectNode location = item.putArray("locations").addObject();
            location.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri(result.bom()));
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", finding.evidence().isEmpty() ? "/" : finding.evidence());
            logical.put("kind", "object");
            if (finding.status() == Status.WAIVED) {
                ObjectNode suppression = item.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", finding.waiver());
            }
            ObjectNode properties = item.putObject("properties");
            properties.put("component", finding.component());
            properties.put("status", finding.status().value());
        }
        return root;
    }

    private static String uri(String bom) {
        return bom.replace('\\', '/');
    }
}
