package dev.aibom.core.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Maven goals' own parameters as data: {@code maven-plugin/src/main/goals/parameters.yaml} declares, once, what
 * each parameter is (Java type, user property, default) and what it means in each goal (its Javadoc); this writes,
 * per goal, the abstract class its mojo extends ({@code CheckParameters} for {@code CheckMojo}), one documented
 * {@code @Parameter} field per entry. Run at build time by {@link OptionSources}; a mistake in the table (an unknown
 * key, type or base class, a parameter with no type) stops the build with a message naming the entry.
 */
final class GoalParameterSources {
    private static final Set<String> TYPES = Set.of("File", "String", "boolean", "int", "List<File>");
    /** AbstractAibomMojo, or the base generated for one of {@link OptionCatalogue#GROUPS} (JudgingMojo ...). */
    private static final Set<String> BASES = Stream.concat(Stream.of("AbstractAibomMojo"),
            OptionCatalogue.GROUPS.stream().map(group -> group.baseName() + "Mojo")).collect(Collectors.toSet());
    private static final Set<String> SPEC_KEYS = Set.of("type", "property", "default", "required");
    private static final Set<String> ENTRY_KEYS = Set.of("type", "property", "default", "required", "doc");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** One parameter of one goal, as the generated field declares it. */
    record Parameter(String name, String type, Optional<String> property, Optional<String> defaultValue,
                     boolean required, String doc) {
        Parameter {
            Objects.requireNonNull(name, "name");
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException("parameter " + name + ": type '" + type + "' is not one of "
                        + TYPES.stream().sorted().toList());
            }
            if (doc.isBlank() || doc.contains("*/")) {
                throw new IllegalArgumentException("parameter " + name + ": doc must be text (and not contain */)");
            }
        }
    }

    /** A goal: the class its parameters extend and the parameters, in the table's order. */
    record Goal(String name, String base, List<Parameter> parameters) {
        Goal {
            if (!BASES.contains(base)) {
                throw new IllegalArgumentException("goal " + name + ": extends '" + base + "' is not one of "
                        + BASES.stream().sorted().toList());
            }
            parameters = List.copyOf(parameters);
        }

        String className() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Parameters";
        }
    }

    private GoalParameterSources() {
    }

    /** The goals the table declares; an {@link IllegalArgumentException} naming the file and entry when it is wrong. */
    static List<Goal> read(Path table) throws IOException {
        JsonNode root = yaml(table);
        try {
            only(root, "the file", Set.of("parameters", "goals"));
            JsonNode shared = root.path("parameters");
            List<Goal> goals = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("goals").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> goal = it.next();
                only(goal.getValue(), "goal " + goal.getKey(), Set.of("extends", "parameters"));
                List<Parameter> parameters = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> ps = goal.getValue().path("parameters").fields();
                     ps.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = ps.next();
                    parameters.add(parameter(goal.getKey(), entry.getKey(), entry.getValue(),
                            shared.path(entry.getKey())));
                }
                goals.add(new Goal(goal.getKey(), goal.getValue().path("extends").asText("AbstractAibomMojo"),
                        parameters));
            }
            return goals;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(table + ": " + e.getMessage(), e);
        }
    }

    private static Parameter parameter(String goal, String name, JsonNode entry, JsonNode shared) {
        String where = "goal " + goal + ", parameter " + name;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": the name is not camelCase");
        }
        if (!shared.isMissingNode()) {
            only(shared, "parameters." + name, SPEC_KEYS);
        }
        String doc;
        JsonNode spec = entry;
        if (entry.isTextual()) {
            doc = entry.asText();
            spec = null;
        } else {
            only(entry, where, ENTRY_KEYS);
            doc = entry.path("doc").asText("");
        }
        String type = pick(spec, shared, "type").orElseThrow(() -> new IllegalArgumentException(where
                + ": no type (give it here or under parameters)"));
        return new Parameter(name, type, pick(spec, shared, "property"), pick(spec, shared, "default"),
                pick(spec, shared, "required").map(Boolean::parseBoolean).orElse(false), doc.trim());
    }

    /** The goal's own value when it states the key (null: none), else the shared one. */
    private static Optional<String> pick(JsonNode spec, JsonNode shared, String key) {
        if (spec != null && spec.has(key)) {
            return spec.get(key).isNull() ? Optional.empty() : Optional.of(spec.get(key).asText());
        }
        return shared.has(key) && !shared.get(key).isNull() ? Optional.of(shared.get(key).asText())
                : Optional.empty();
    }

    /** A build-time table (YAML) of the plugins: this class's and {@link BuildStepSources}'. */
    static JsonNode yaml(Path table) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(table.toFile());
    }

    /** {@code node} is a mapping whose keys are all {@code allowed}; else an error naming {@code where}. */
    static void only(JsonNode node, String where, Set<String> allowed) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": must be a mapping");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "' (allowed: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    /** The class a goal's mojo extends. */
    static String source(Goal goal, String tableName) {
        StringBuilder out = new StringBuilder("package dev.aibom.maven;\n\n")
                .append("// Generated at build time by dev.aibom.core.job.OptionSources from ").append(tableName)
                .append(": do not edit.\n\n");
        boolean file = goal.parameters().stream().anyMatch(p -> p.type().contains("File"));
        boolean list = goal.parameters().stream().anyMatch(p -> p.type().startsWith("List"));
        out.append("import org.apache.maven.plugins.annotations.Parameter;\n\n");
        if (file) {
            out.append("import java.io.File;\n");
        }
        if (list) {
            out.append("import java.util.List;\n");
        }
        out.append(file || list ? "\n" : "")
                .append("/** The parameters of the goal {@code ").append(goal.name()).append("}, generated from ")
                .append(tableName).append(". */\n")
                .append("public abstract class ").append(goal.className()).append(" extends ").append(goal.base())
                .append(" {\n");
        for (Parameter p : goal.parameters()) {
            List<String> attributes = new ArrayList<>();
            p.property().ifPresent(v -> attributes.add("property = \"" + v + "\""));
            p.defaultValue().ifPresent(v -> attributes.add("defaultValue = \"" + v + "\""));
            if (p.required()) {
                attributes.add("required = true");
            }
            out.append(OptionSources.javadoc(p.doc(), "    "))
                    .append("    @Parameter(").append(String.join(", ", attributes)).append(")\n")
                    .append("    protected ").append(p.type()).append(' ').append(p.name()).append(";\n\n");
        }
        out.setLength(out.length() - 1);
        return out.append("}\n").toString();
    }

    static String fileName(Goal goal) {
        return "dev/aibom/maven/" + goal.className() + ".java";
    }
}
