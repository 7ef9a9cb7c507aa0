package dev.aibom.core.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges a Keras model configuration, parsed as JSON (escapes decoded: {@code "Lam\u0062da"} is a Lambda), object by
 * object. Keras 3 objects name a {@code module}, a {@code class_name} and a {@code registered_name}; Keras resolves
 * them by importing the module, so each reference is judged: Keras's own classes (a capitalised name in the
 * {@code keras} namespace) are built from their config and run no code the file brings; a Lambda layer (marshalled
 * Python), a TFSMLayer (a TensorFlow SavedModel), a serialised lambda function and a module known to run code
 * (the pickle denylist: {@code os}, {@code subprocess} ...) are denied; functions in Keras's modules other than the
 * activations and losses it names by string are denied when known to fetch or load files ({@code get_file},
 * CVE-2025-8747), otherwise not known to be safe, like any custom registered object. Legacy configurations (HDF5,
 * without modules) resolve class names among Keras's own classes and the loader's custom objects, so only a Lambda or
 * a serialised function is judged there.
 */
final class KerasObjects {
    private static final Set<String> DENIED_CLASSES = Set.of("Lambda", "TFSMLayer", "__lambda__");
    /** Functions in Keras's namespace that fetch, load or run something (CVE-2025-1550, CVE-2025-8747). */
    private static final Set<String> DENIED_FUNCTIONS = Set.of("get_file", "load_model", "load_weights",
            "model_from_json", "model_from_yaml", "model_from_config", "deserialize_keras_object", "load_img",
            "set_value", "load");
    private static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9_]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_DEPTH = 200;

    private KerasObjects() {
    }

    /**
     * @param config   the parsed configuration
     * @param where    where it is, for locations ({@code config.json}, {@code model_config})
     * @param globals  the pickle lists (modules known to run code), with the policy's allowed names
     */
    static void judge(JsonNode config, String where, PickleGlobals globals, List<Inspection.Issue> issues) {
        walk(config, where, "", globals, issues, 0);
    }

    private static void walk(JsonNode node, String where, String pointer, PickleGlobals globals,
                             List<Inspection.Issue> issues, int depth) {
        if (depth > MAX_DEPTH) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "nests more than " + MAX_DEPTH + " levels"
                    + " deep, so its layers cannot all be checked", where + pointer, ""));
            return;
        }
        if (node.isObject()) {
            if (node.has("class_name")) {
                object(node, where + pointer, globals, issues);
            }
            if ("lambda".equals(node.path("function_type").asText()) || node.has("function") && node.path("function")
                    .isArray() && node.path("function_type").isTextual()) {
                issues.add(new Inspection.Issue(Inspection.Kind.DENIED, "holds a serialised Python function"
                        + " (function_type " + node.path("function_type").asText() + "), whose code runs when the"
                        + " model is loaded", where + pointer, "lambda"));
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), where, pointer + "/" + e.getKey(), globals, issues,
                    depth + 1));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where, pointer + "/" + i, globals, issues, depth + 1);
            }
        }
    }

    private static void object(JsonNode node, String location, PickleGlobals globals,
                               List<Inspection.Issue> issues) {
        JsonNode classNode = node.path("class_name");
        if (!classNode.isTextual()) {
            return; // a config field that happens to be called class_name, with a non-text value: not a reference
        }
        String className = classNode.asText();
        String layerName = node.path("config").path("name").asText("");
        if (DENIED_CLASSES.contains(className)) {
            issues.add(new Inspection.Issue(Inspection.Kind.DENIED, "has a " + className + " "
                    + (className.equals("TFSMLayer") ? "layer, which loads and runs a TensorFlow SavedModel"
                    : className.equals("Lambda") ? "layer" + (layerName.isEmpty() ? "" : " '" + layerName + "'")
                    + ", whose Python code runs when the model is loaded" : "function, whose Python code runs when"
                    + " the model is loaded"), location, "keras." + className));
            return;
        }
        JsonNode moduleNode = node.path("module");
        if (!moduleNode.isTextual() || moduleNode.isNull()) {
            return; // legacy: resolved among Keras's own classes and the loader's custom objects
        }
        String module = moduleNode.asText();
        String registered = node.path("registered_name").isTextual() ? node.path("registered_name").asText() : "";
        String reference = module + "." + className;
        if (!IDENTIFIER.matcher(className).matches() || !module.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            issues.add(new Inspection.Issue(Inspection.Kind.DENIED, "refers to '" + reference + "', which is not a"
                    + " module and a name", location, reference));
            return;
        }
        boolean keras = module.equals("keras") || module.startsWith("keras.");
        if (!keras) {
            PickleGlobals.Judgement judgement = globals.judge(module, className);
            if (judgement.verdict() == PickleGlobals.Verdict.DENIED) {
                issues.add(new Inspection.Issue(Inspection.Kind.DENIED, "refers to " + reference + ", which Keras"
                        + " imports: known to run code (" + judgement.reason() + ")", location, reference));
            } else if (judgement.verdict() == PickleGlobals.Verdict.UNKNOWN) {
                issues.add(new Inspection.Issue(Inspection.Kind.UNKNOWN, "refers to " + reference
                        + (registered.isEmpty() ? "" : " (registered as " + registered + ")") + ", outside Keras:"
                        + " not known to be safe (a custom object, imported when the model is loaded)", location,
                        reference));
            }
            return;
        }
        if (CLASS.matcher(className).matches() && (registered.isEmpty() || registered.equals(className))) {
            return; // Keras's own class, built from its config
        }
        if (DENIED_FUNCTIONS.contains(className) || DENIED_FUNCTIONS.contains(node.path("config").asText(""))) {
            issues.add(new Inspection.Issue(Inspection.Kind.DENIED, "refers to " + reference + ", a Keras function"
                    + " that fetches or loads files (CVE-2025-8747)", location, reference));
            return;
        }
        if (className.equals("function") && IDENTIFIER.matcher(node.path("config").asText("")).matches()) {
            return; // one of Keras's own functions (an activation, a loss) by name
        }
        issues.add(new Inspection.Issue(Inspection.Kind.UNKNOWN, "refers to " + reference + (registered.isEmpty()
                ? "" : " (registered as " + registered + ")") + ": not known to be safe (not a Keras class)",
                location, reference));
    }
}
