package dev.aibom.core.control;

import dev.aibom.control.Family;

import dev.aibom.control.ControlRule;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.control.cel.ExpressionControls;
import dev.aibom.core.io.ConfigFiles;
import dev.aibom.core.io.SourceMap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import dev.aibom.core.io.StrictMappers;

/**
 * Which controls apply, how severe each is and with which parameters, and what fails the build
 * ({@code aibom-policy.yaml}). Without a file, {@link #defaults}: every control of the registry at its default
 * severity, {@code failOn: error}.
 *
 * <pre>
 * failOn: error                 # error | warning | never
 * includeDefaults: true         # start from every registered control (false: only those listed, and the waiver controls)
 * controls:
 *   model-lifecycle-allowed: { severity: error, allowed: [approved, deployed] }
 *   data-quality: { enabled: false }
 *   org-no-gpl-models:          # not a registered id, with an expression: a new control (CEL)
 *     expression: '!component.licenses.exists(l, l.startsWith("GPL"))'
 *     appliesTo: model
 *     title: Models are not GPL-licensed
 *     annexA: [A.10.3]
 *     severity: error
 *     message: 'model {name} is GPL-licensed'
 * </pre>
 */
public record Policy(String source, FailOn failOn, Map<String, ConfiguredControl<?>> controls) {
    static final String WHAT = "policy";
    private static final List<String> COMMON_KEYS = List.of("enabled", "severity");

    public Policy {
        controls = Collections.unmodifiableMap(new LinkedHashMap<>(controls));
    }

    /** The file format. */
    public record PolicyFile(String failOn, Boolean includeDefaults,
                             LinkedHashMap<String, LinkedHashMap<String, JsonNode>> controls) {
    }

    /** Every control of the registry at its default severity with its default parameters; {@code failOn: error}. */
    public static Policy defaults(ControlRegistry registry) {
        Map<String, ConfiguredControl<?>> controls = new LinkedHashMap<>();
        registry.rules().forEach(rule -> controls.put(rule.metadata().id(), ConfiguredControl.defaults(rule)));
        return new Policy("built-in default policy", FailOn.ERROR, controls);
    }

    public Policy withFailOn(FailOn value) {
        return new Policy(source, value, controls);
    }

    /**
     * The same policy with {@code id} enabled at {@code severity} (its configured parameters kept, its defaults when
     * the policy disabled it), e.g. to make a BOM without AI components fail.
     */
    public Policy requiring(String id, Severity severity, ControlRegistry registry) {
        Map<String, ConfiguredControl<?>> changed = new LinkedHashMap<>(controls);
        ConfiguredControl<?> control = controls.get(id);
        if (control == null) {
            ControlRule<?> rule = registry.get(id).orElseThrow(() -> new IllegalArgumentException("no control " + id));
            control = ConfiguredControl.defaults(rule);
        }
        changed.put(id, control.withSeverity(severity));
        return new Policy(source, failOn, changed);
    }

    /** The enabled controls that need {@code input}. */
    public List<String> needing(ControlMetadata.Input input) {
        return controls.values().stream().filter(c -> c.metadata().needs().contains(input))
                .map(c -> c.metadata().id()).toList();
    }

    public Optional<ConfiguredControl<?>> control(String id) {
        return Optional.ofNullable(controls.get(id));
    }

    /** Where the built-in review policy is (a policy file like any other, documented in docs/controls.md). */
    public static final String REVIEW_RESOURCE = "dev/aibom/core/control/review-policy.yaml";

    /**
     * The built-in policy for reviewing a third party's BOM: it judges what a supplier can be expected to state in
     * standard CycloneDX (suppliers, licences, hashes, model cards, data governance) and does not require aibom's own
     * properties. It is the file {@link #REVIEW_RESOURCE}, loaded as a policy file; controls from other jars are in it.
     */
    public static Policy review(ControlRegistry registry) {
        byte[] content;
        try (java.io.InputStream in = Policy.class.getClassLoader().getResourceAsStream(REVIEW_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(REVIEW_RESOURCE + " is missing from aibom's jar");
            }
            content = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            return parse("built-in review policy", content,
                    StrictMappers.forFile(Path.of("review-policy.yaml")), registry);
        } catch (InvalidInputException e) {
            // a bug in aibom (or a control jar that changed a built-in's parameters): say which
            throw new IllegalStateException("the built-in review policy does not load: " + e.getMessage(), e);
        }
    }

    /** The same content, as the text of the built-in review policy (for the documentation). */
    public static String reviewPolicyText() {
        try (java.io.InputStream in = Policy.class.getClassLoader().getResourceAsStream(REVIEW_RESOURCE)) {
            return new String(java.util.Objects.requireNonNull(in, REVIEW_RESOURCE).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Policy load(Path file, ControlRegistry registry) throws InvalidInputException {
        ConfigFiles.Parsed<PolicyFile> parsed = ConfigFiles.read(file.toAbsolutePath(), PolicyFile.class, WHAT);
        return of(parsed, registry);
    }

    private static Policy parse(String source, byte[] content, com.fasterxml.jackson.databind.ObjectMapper mapper,
                                ControlRegistry registry) throws InvalidInputException {
        return of(ConfigFiles.parse(source, content, mapper, PolicyFile.class, WHAT), registry);
    }

    private static Policy of(ConfigFiles.Parsed<PolicyFile> parsed, ControlRegistry registry)
            throws InvalidInputException {
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
        Map<String, ConfiguredControl<?>> controls = new LinkedHashMap<>();
        if (policy.includeDefaults() == null || policy.includeDefaults()) {
            controls.putAll(defaults(registry).controls());
        } else {
            registry.rules().stream().filter(rule -> rule.metadata().family() == Family.WAIVERS)
                    .forEach(rule -> controls.put(rule.metadata().id(), ConfiguredControl.defaults(rule)));
        }
        if (policy.controls() != null) {
            for (Map.Entry<String, LinkedHashMap<String, JsonNode>> entry : policy.controls().entrySet()) {
                String id = entry.getKey();
                String at = "/controls/" + id;
                Map<String, JsonNode> values = entry.getValue() == null ? new LinkedHashMap<>() : entry.getValue();
                Optional<ControlRule<?>> rule = registry.get(id);
                if (rule.isPresent()) {
                    configure(rule.get(), values, source, map, at, problems, controls);
                } else if (values.containsKey("expression")) {
                    // enabled, well-formed and compiled, or empty (a problem was added, or it is disabled)
                    ExpressionControls.define(id, values, source, map, at, problems)
                            .ifPresent(control -> controls.put(id, control));
                } else {
                    problems.add(problem(source, map, at, "unknown control '" + id + "'.", "use one of: "
                            + String.join(", ", registry.ids()) + " (see docs/controls.md)."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(WHAT, source, problems);
        }
        return new Policy(source, failOn, controls);
    }

    private static <P extends Record> void configure(ControlRule<P> rule, Map<String, JsonNode> values, String source,
                                                     SourceMap map, String at, List<Problem> problems,
                                                     Map<String, ConfiguredControl<?>> controls) {
        ControlMetadata metadata = rule.metadata();
        Severity severity = metadata.defaultSeverity();
        boolean enabled = true;
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        int before = problems.size();
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
                default -> parameters.put(key, node);
            }
        }
        Optional<P> bound = ParameterBinding.bind(rule, parameters, COMMON_KEYS, (key, message, fix) ->
                problems.add(problem(source, map, key.isEmpty() ? at : at + "/" + key, message, fix)));
        if (metadata.fixed() && (!enabled || severity != Severity.ERROR)) {
            problems.add(problem(source, map, at, "control '" + metadata.id() + "' cannot be disabled or lowered.",
                    "remove it from the policy; " + metadata.description()));
            return;
        }
        if (problems.size() > before || bound.isEmpty()) {
            return;
        }
        if (enabled) {
            controls.put(metadata.id(), new ConfiguredControl<>(rule, severity, bound.get()));
        } else {
            controls.remove(metadata.id());
        }
    }

    static Problem problem(String source, SourceMap map, String pointer, String message, String fix) {
        SourceMap.Position position = map.positionOf(pointer);
        return new Problem(source, position.line(), position.column(), SourceMap.fieldOf(pointer), message, fix);
    }
}
