package dev.aibom.core.control;

import dev.aibom.control.ParameterDoc;

import dev.aibom.control.ControlRule;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.io.StrictMappers;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import dev.aibom.core.Numbers;

/**
 * Binds a control's parameters from a policy onto its parameter record: every value is checked against the record
 * component's Java type before it is converted with the strict mapper, so each problem can be reported on its own,
 * at its own line, in words ("expected a whole number here"), and a parameter the record does not have is named with
 * the ones it does. The record's compact constructor then checks the values together.
 */
public final class ParameterBinding {
    private ParameterBinding() {
    }

    /**
     * One parameter of a control, for documentation and messages.
     *
     * @param type         what a valid value looks like, in words
     * @param defaultValue the default as JSON
     */
    public record ParameterInfo(String name, String type, JsonNode defaultValue, String description) {
    }

    /** Receives one problem with a parameter: the key it is at, what is wrong, what to do. */
    public interface Problems {
        void add(String key, String message, String fix);
    }

    /** The parameters of a rule, in record order. */
    public static List<ParameterInfo> describe(ControlRule<?> rule) {
        Record defaults = rule.defaultParameters();
        List<ParameterInfo> infos = new ArrayList<>();
        for (RecordComponent component : defaults.getClass().getRecordComponents()) {
            infos.add(new ParameterInfo(component.getName(), describe(component.getGenericType()),
                    BomJson.MAPPER.valueToTree(value(component, defaults)), doc(component)));
        }
        return infos;
    }

    /** The parameter names of a rule. */
    public static List<String> names(ControlRule<?> rule) {
        return Arrays.stream(rule.defaultParameters().getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
    }

    /**
     * The rule's parameters with {@code values} set over the defaults, or empty when a problem was reported.
     *
     * @param values parameter name to value as written in the policy
     * @param known  the keys allowed beside the parameters ({@code enabled}, {@code severity}), for the message about
     *               an unknown key
     */
    public static <P extends Record> Optional<P> bind(ControlRule<P> rule, Map<String, JsonNode> values,
                                                      List<String> known, Problems problems) {
        P defaults = rule.defaultParameters();
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = value(components[i], defaults);
        }
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : values.entrySet()) {
            int index = indexOf(components, entry.getKey());
            if (index < 0) {
                List<String> allowed = new ArrayList<>(known);
                Arrays.stream(components).forEach(c -> allowed.add(c.getName()));
                problems.add(entry.getKey(), "unknown parameter '" + entry.getKey() + "' for control '"
                        + rule.metadata().id() + "'.", "the keys allowed here are: " + String.join(", ", allowed)
                        + ".");
                ok = false;
                continue;
            }
            RecordComponent component = components[index];
            Type type = component.getGenericType();
            Optional<String> notFinite = notFinite(type, entry.getValue());
            if (notFinite.isPresent()) {
                // a threshold of NaN, .inf or 1e400 would be met by nothing, or by everything: never accepted
                problems.add(entry.getKey(), notFinite.get() + ".", "write " + doc(component) + " as "
                        + describe(type) + ", finite.");
                ok = false;
                continue;
            }
            if (!accepts(type, entry.getValue())) {
                problems.add(entry.getKey(), "expected " + describe(type) + " here.", "write " + doc(component)
                        + " as " + describe(type) + ".");
                ok = false;
                continue;
            }
            try {
                JavaType javaType = StrictMappers.json().getTypeFactory().constructType(type);
                arguments[index] = StrictMappers.json().convertValue(entry.getValue(), javaType);
            } catch (IllegalArgumentException e) {
                problems.add(entry.getKey(), "'" + entry.getValue() + "' is not an allowed value.", "write "
                        + doc(component) + " as " + describe(type) + ".");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        try {
            Constructor<P> constructor = rule.parameterType().getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return Optional.of(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            problems.add("", (cause.getMessage() == null ? cause.toString() : cause.getMessage()) + ".",
                    "see the parameters of '" + rule.metadata().id() + "' in docs/controls.md.");
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the parameters of control " + rule.metadata().id() + " ("
                    + rule.parameterType().getName() + ") cannot be constructed: " + e, e);
        }
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read parameter " + component.getName() + ": " + e, e);
        }
    }

    private static String doc(RecordComponent component) {
        ParameterDoc doc = component.getAnnotation(ParameterDoc.class);
        return doc == null ? component.getName() : doc.value();
    }

    /** The type in words: "a list of texts", "a mapping of names to numbers". */
    static String describe(Type type) {
        return article(noun(type, false));
    }

    private static String article(String noun) {
        return noun.startsWith("one of") || noun.startsWith("true") ? noun : "a " + noun;
    }

    private static String noun(Type type, boolean plural) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return plural ? "texts" : "text";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return plural ? "whole numbers" : "whole number";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return plural ? "numbers" : "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return plural ? "true or false values" : "true or false";
        }
        if (raw.isEnum()) {
            String values = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()
                    .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            return "one of " + values;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return (plural ? "lists of " : "list of ") + noun(argument(type, 0), true);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return (plural ? "mappings of names to " : "mapping of names to ") + noun(argument(type, 1), true);
        }
        return raw.getSimpleName();
    }

    /** Why a number in {@code value} (or in its items) is not finite, for double parameters. */
    private static Optional<String> notFinite(Type type, JsonNode value) {
        Class<?> raw = raw(type);
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return value.isNumber() && Numbers.finite(value).isEmpty()
                    ? Optional.of(Numbers.why(value.isDouble() ? Double.toString(value.doubleValue())
                    : value.asText())) : Optional.empty();
        }
        if (Collection.class.isAssignableFrom(raw) && value.isArray()) {
            for (JsonNode item : value) {
                Optional<String> why = notFinite(argument(type, 0), item);
                if (why.isPresent()) {
                    return why;
                }
            }
        }
        if (Map.class.isAssignableFrom(raw) && value.isObject()) {
            for (JsonNode item : value) {
                Optional<String> why = notFinite(argument(type, 1), item);
                if (why.isPresent()) {
                    return why;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean accepts(Type type, JsonNode value) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return value.isTextual();
        }
        if (raw == int.class || raw == Integer.class) {
            return value.isIntegralNumber() && value.canConvertToInt();
        }
        if (raw == long.class || raw == Long.class) {
            return value.isIntegralNumber() && value.canConvertToLong();
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return value.isNumber();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return value.isBoolean();
        }
        if (raw.isEnum()) {
            return value.isTextual() && Arrays.stream(raw.getEnumConstants())
                    .anyMatch(c -> ((Enum<?>) c).name().equalsIgnoreCase(value.asText()));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!value.isArray()) {
                return false;
            }
            for (JsonNode item : value) {
                if (!accepts(argument(type, 0), item)) {
                    return false;
                }
            }
            return true;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!value.isObject()) {
                return false;
            }
            for (JsonNode item : value) {
                if (!accepts(argument(type, 1), item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported parameter type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("parameter type " + type + " needs type arguments");
    }
}
