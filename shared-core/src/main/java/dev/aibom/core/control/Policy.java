package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.io.ConfigFiles;
import dev.aibom.core.io.SourceMap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which controls apply, how severe each is and with which parameters, and what fails the build
 * ({@code aibom-policy.yaml}). Without a file, {@link #defaults()}: every built-in control at its default severity,
 * {@code failOn: error}.
 *
 * <pre>
 * failOn: error                 # error | warning | never
 * includeDefaults: true         # start from every built-in control (false: only those listed)
 * controls:
 *   model-lifecycle-allowed: { severity: error, allowed: [approved, deployed] }
 *   data-quality: { enabled: false }
 * </pre>
 */
public record Policy(String source, FailOn failOn, Map<String, ControlSettings> controls) {
    static final String WHAT = "policy";

    public Policy {
        controls = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(controls));
    }

    /** The file format. */
    public record PolicyFile(String failOn, Boolean includeDefaults, LinkedHashMap<String, LinkedHashMap<String, JsonNode>> controls) {
    }

    public static Policy defaults() {
        Map<String, ControlSettings> controls = new LinkedHashMap<>();
        ControlCatalogue.all().values().forEach(definition -> controls.put(definition.id(), defaultSettings(definition)));
        return new Policy("built-in default policy", FailOn.ERROR, controls);
    }

    public Policy withFailOn(FailOn value) {
        return new Policy(source, value, controls);
    }

    public static Policy load(Path file) throws InvalidInputException {
        ConfigFiles.Parsed<PolicyFile> parsed = ConfigFiles.read(file.toAbsolutePath(), PolicyFile.class, WHAT);
        PolicyFile policy = parsed.value();
        SourceMap map = parsed.sourceMap();
        String source = parsed.source();
        List<Problem> problems = new ArrayList<>();
        FailOn failOn = FailOn.ERROR;
        if (policy.failOn() != null) {
            try {
                failOn = FailOn.parse(policy.failOn());
            } catch (IllegalArgumentException e) {
                problems.add(problem(source, map, "/failOn", "'" + policy.failOn() + "' is not an allowed value.",
                        "use error, warning or never."));
            }
        }
        Map<String, ControlSettings> controls = new LinkedHashMap<>();
        if (policy.includeDefaults() == null || policy.includeDefaults()) {
            controls.putAll(defaults().controls());
        }
        if (policy.controls() != null) {
            for (Map.Entry<String, LinkedHashMap<String, JsonNode>> entry : policy.controls().entrySet()) {
                String id = entry.getKey();
                String at = "/controls/" + id;
                var definition = ControlCatalogue.get(id);
                if (definition.isEmpty()) {
                    problems.add(problem(source, map, at, "unknown control '" + id + "'.", "use one of: "
                            + String.join(", ", ControlCatalogue.all().keySet()) + " (see docs/controls.md)."));
                    continue;
                }
                configure(definition.get(), entry.getValue() == null ? new LinkedHashMap<>() : entry.getValue(),
                        source, map, at, problems, controls);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(WHAT, source, problems);
        }
        return new Policy(source, failOn, controls);
    }

    private static void configure(ControlDefinition definition, Map<String, JsonNode> values, String source,
                                  SourceMap map, String at, List<Problem> problems,
                                  Map<String, ControlSettings> controls) {
        ControlSettings defaults = defaultSettings(definition);
        Severity severity = defaults.severity();
        Map<String, JsonNode> parameters = new LinkedHashMap<>(defaults.parameters());
        boolean enabled = true;
        for (Map.Entry<String, JsonNode> value : values.entrySet()) {
            String key = value.getKey();
            JsonNode node = value.getValue();
            switch (key) {
                case "enabled" -> {
                    if (!node.isBoolean()) {
                        problems.add(problem(source, map, at + "/enabled", "expected true or false here.", ""));
                    } else {
                        enabled = node.asBoolean();
                    }
                }
                case "severity" -> {
                    try {
                        severity = Severity.valueOf(node.asText().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problems.add(problem(source, map, at + "/severity", "'" + node.asText() + "' is not an"
                                + " allowed value.", "use error, warning or info."));
                    }
                }
                default -> {
                    var parameter = definition.parameters().stream().filter(p -> p.name().equals(key)).findFirst();
                    if (parameter.isEmpty()) {
                        List<String> known = new ArrayList<>(List.of("enabled", "severity"));
                        definition.parameters().forEach(p -> known.add(p.name()));
                        problems.add(problem(source, map, at + "/" + key, "unknown parameter '" + key
                                + "' for control '" + definition.id() + "'.", "the keys allowed here are: "
                                + String.join(", ", known) + "."));
                    } else if (!parameter.get().shape().accepts(node)) {
                        problems.add(problem(source, map, at + "/" + key, "expected " + parameter.get().shape()
                                .description() + " here.", "write " + parameter.get().description() + " as "
                                + parameter.get().shape().description() + "."));
                    } else {
                        parameters.put(key, node);
                    }
                }
            }
        }
        if (definition.fixedSeverity() && (!enabled || severity != Severity.ERROR)) {
            problems.add(problem(source, map, at, "control '" + definition.id() + "' cannot be disabled or lowered.",
                    "remove it from the policy; " + definition.description()));
            return;
        }
        if (enabled) {
            controls.put(definition.id(), new ControlSettings(severity, parameters));
        } else {
            controls.remove(definition.id());
        }
    }

    static ControlSettings defaultSettings(ControlDefinition definition) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        definition.parameters().forEach(p -> parameters.put(p.name(), p.defaultValue()));
        return new ControlSettings(definition.defaultSeverity(), parameters);
    }

    private static Problem problem(String source, SourceMap map, String pointer, String message, String fix) {
        SourceMap.Position position = map.positionOf(pointer);
        return new Problem(source, position.line(), position.column(), SourceMap.fieldOf(pointer), message, fix);
    }
}
