package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A control parameter: its name, what shape its value has, and its default.
 *
 * @param shape        what a valid value looks like, in words, for error messages
 * @param defaultValue the value when the policy does not set it
 */
public record Parameter(String name, Shape shape, JsonNode defaultValue, String description) {
    /** The shapes parameters take. */
    public enum Shape {
        STRING_LIST("a list of texts"),
        INTEGER("a whole number"),
        NUMBER_MAP("a mapping of names to numbers"),
        LIST_MAP("a mapping of names to lists of texts");

        private final String description;

        Shape(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        boolean accepts(JsonNode value) {
            return switch (this) {
                case STRING_LIST -> value.isArray() && allMatch(value, JsonNode::isTextual);
                case INTEGER -> value.isIntegralNumber() && value.asLong() >= 0;
                case NUMBER_MAP -> value.isObject() && allMatch(value, JsonNode::isNumber);
                case LIST_MAP -> value.isObject() && allMatch(value,
                        v -> v.isArray() && allMatch(v, JsonNode::isTextual));
            };
        }

        private static boolean allMatch(JsonNode container, java.util.function.Predicate<JsonNode> test) {
            for (JsonNode item : container) {
                if (!test.test(item)) {
                    return false;
                }
            }
            return true;
        }
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!shape.accepts(defaultValue)) {
            throw new IllegalArgumentException("default of " + name + " is not " + shape.description());
        }
    }
}
