package dev.aibom.core.control;

import dev.aibom.control.ControlRule;
import dev.aibom.control.Severity;
import dev.aibom.control.Finding;
import dev.aibom.control.BomView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.TestFiles;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.sign.VerificationReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builders for control tests: the example's generated BOM, its supplier register, one-control policies. */
final class ControlScenarios {
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private ControlScenarios() {
    }

    /** Generates the example's BOM into {@code temp} and returns the project folder (with target/bom.json). */
    static Path exampleProject(Path temp) throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("project"));
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                project.resolve("target/bom.json"), Optional.empty(), BomOptions.at(Instant.parse("2026-10-02T00:00:00Z"))));
        return project;
    }

    static ObjectNode exampleBom(Path project) throws Exception {
        return (ObjectNode) BomJson.MAPPER.readTree(Files.readString(project.resolve("target/bom.json")));
    }

    static SupplierRegister exampleRegister(Path project) throws Exception {
        return SupplierRegister.load(project.resolve("suppliers.yaml").toString(), java.time.Duration.ofSeconds(5));
    }

    static final ControlRegistry REGISTRY = ControlRegistry.builtIn();

    static Policy only(String control, Map<String, JsonNode> parameters, Severity severity) {
        return new Policy("test policy", FailOn.ERROR, Map.of(control, configured(REGISTRY.get(control).orElseThrow(),
                parameters, severity)));
    }

    private static <P extends Record> ConfiguredControl<P> configured(ControlRule<P> rule,
                                                                      Map<String, JsonNode> parameters,
                                                                      Severity severity) {
        P bound = ParameterBinding.bind(rule, parameters, List.of(), (key, message, fix) -> {
            throw new AssertionError(key + ": " + message);
        }).orElseThrow();
        return new ConfiguredControl<>(rule, severity, bound);
    }

    static Policy only(String control) {
        return only(control, Map.of(), REGISTRY.get(control).orElseThrow().metadata().defaultSeverity());
    }

    static Policy defaults() {
        return Policy.defaults(REGISTRY);
    }

    static Waivers.Waiver waiverOf(String control, String component, String reason, String by, String expires,
                                   int line) {
        return new Waivers.Waiver(REGISTRY.get(control).orElseThrow().metadata(), component, reason, by,
                LocalDate.parse(expires), line);
    }

    static EvaluationResult evaluate(Policy policy, JsonNode bom, Optional<SupplierRegister> register,
                                     Optional<VerificationReport> signatures,
                                     Optional<ArtifactIntegrity.Report> integrity, boolean supplierReview,
                                     LocalDate today, Waivers waivers) {
        EvaluationContext context = new EvaluationContext(new BomView(bom), register, signatures, integrity,
                supplierReview, today);
        return ControlEngine.evaluate("bom.json", context, policy, waivers);
    }

    static EvaluationResult evaluate(String control, JsonNode bom, Optional<SupplierRegister> register) {
        return evaluate(only(control), bom, register, Optional.empty(), Optional.empty(), false, TODAY, Waivers.none());
    }

    /** The finding of {@code control} for the component with bom-ref {@code ref}. */
    static Finding finding(EvaluationResult result, String ref) {
        List<Finding> matching = result.findings().stream().filter(f -> f.component().equals(ref)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one finding for '" + ref + "' but got " + matching);
        }
        return matching.get(0);
    }

    static ObjectNode component(ObjectNode bom, String ref) {
        for (JsonNode component : bom.get("components")) {
            if (ref.equals(component.path("bom-ref").asText())) {
                return (ObjectNode) component;
            }
        }
        throw new AssertionError("no component " + ref);
    }

    static void removeProperty(ObjectNode node, String name) {
        ArrayNode properties = (ArrayNode) node.get("properties");
        for (int i = properties.size() - 1; i >= 0; i--) {
            if (name.equals(properties.get(i).path("name").asText())) {
                properties.remove(i);
            }
        }
    }

    static void setProperty(ObjectNode node, String name, String value) {
        removeProperty(node, name);
        ((ArrayNode) node.get("properties")).addObject().put("name", name).put("value", value);
    }

    static Waivers waiver(String control, String component, String expires) {
        return new Waivers("waivers.yaml", List.of(waiverOf(control, component, "accepted risk", "Dana Whitfield",
                expires, 3)));
    }
}
