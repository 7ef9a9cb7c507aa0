package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One control as the policy configures it: its severity and its (validated) parameters. */
public record ControlSettings(Severity severity, Map<String, JsonNode> parameters) {
    public ControlSettings {
        Objects.requireNonNull(severity, "severity");
        parameters = Map.copyOf(parameters);
    }

    public List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        parameter(name).forEach(value -> values.add(value.asText()));
        return values;
    }

    public long integer(String name) {
        return parameter(name).asLong();
    }

    public Map<String, Double> numbers(String name) {
        Map<String, Double> values = new LinkedHashMap<>();
        parameter(name).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asDouble()));
        return values;
    }

    public Map<String, List<String>> lists(String name) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameter(name).fields().forEachRemaining(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(item -> list.add(item.asText()));
            values.put(e.getKey(), list);
        });
        return values;
    }

    private JsonNode parameter(String name) {
        JsonNode value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return value;
    }
}
