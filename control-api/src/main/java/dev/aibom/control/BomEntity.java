package dev.aibom.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation as a standard CycloneDX field states it ({@code supplier}, {@code manufacturer} or
 * {@code provider}).
 *
 * @param field   which field it came from
 * @param pointer where it stands in the BOM
 */
public record BomEntity(String field, String name, List<String> urls, String pointer) {
    public BomEntity {
        name = name == null ? "" : name;
        urls = List.copyOf(urls);
    }

    static BomEntity of(String field, JsonNode node, String pointer) {
        List<String> urls = new ArrayList<>();
        for (JsonNode url : node.path("url")) {
            if (url.isTextual()) {
                urls.add(url.asText());
            }
        }
        return new BomEntity(field, node.path("name").asText(""), urls, pointer);
    }
}
