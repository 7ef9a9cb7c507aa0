package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only navigation over any CycloneDX BOM's JSON tree - ours or a supplier's - for the controls: the models,
 * datasets and services, each with the JSON pointer where it stands.
 */
public final class BomView {
    /** Kinds of component the controls look at. */
    public static final String MODEL = "model";
    public static final String DATASET = "dataset";
    public static final String SERVICE = "service";

    /** One model, dataset or service of the BOM. */
    public record Item(String kind, String ref, String name, String pointer, JsonNode node) {
        public Optional<String> property(String propertyName) {
            for (JsonNode property : node.path("properties")) {
                if (propertyName.equals(property.path("name").asText())) {
                    return Optional.of(property.path("value").asText());
                }
            }
            return Optional.empty();
        }

        public List<String> properties(String propertyName) {
            List<String> values = new ArrayList<>();
            for (JsonNode property : node.path("properties")) {
                if (propertyName.equals(property.path("name").asText())) {
                    values.add(property.path("value").asText());
                }
            }
            return values;
        }

        /** The organisation that supplies it: supplier, else manufacturer, else (for services) provider. */
        public JsonNode supplierNode() {
            for (String field : new String[]{"supplier", "manufacturer", "provider"}) {
                JsonNode entity = node.get(field);
                if (entity != null && entity.isObject() && !entity.path("name").asText("").isBlank()) {
                    return entity;
                }
            }
            return MissingNode.getInstance();
        }

        public String supplierName() {
            return supplierNode().path("name").asText("");
        }

        /** How a reader names it in a message: {@code model 'credit-gbm'}. */
        public String label() {
            return kind + " '" + name + "'";
        }
    }

    private final JsonNode tree;
    private final List<Item> items;

    public BomView(JsonNode tree) {
        this.tree = tree;
        List<Item> found = new ArrayList<>();
        collectComponents(tree.path("components"), "/components", found);
        collectServices(tree.path("services"), "/services", found);
        this.items = List.copyOf(found);
    }

    public JsonNode tree() {
        return tree;
    }

    public List<Item> items() {
        return items;
    }

    public List<Item> items(String kind) {
        return items.stream().filter(item -> item.kind().equals(kind)).toList();
    }

    /** {@code metadata.component}: the system the BOM describes. */
    public Item system() {
        JsonNode component = tree.path("metadata").path("component");
        return new Item("system", component.path("bom-ref").asText(""), component.path("name").asText("(unnamed)"),
                "/metadata/component", component);
    }

    private static void collectComponents(JsonNode components, String pointer, List<Item> out) {
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String at = pointer + "/" + i;
            String type = component.path("type").asText();
            String kind = switch (type) {
                case "machine-learning-model" -> MODEL;
                case "data" -> DATASET;
                default -> null;
            };
            if (kind != null) {
                out.add(new Item(kind, ref(component), component.path("name").asText("(unnamed)"), at, component));
            }
            if (!"data".equals(type) || !hasOnlyFiles(component)) {
                collectComponents(component.path("components"), at + "/components", out);
            }
        }
    }

    private static boolean hasOnlyFiles(JsonNode component) {
        for (JsonNode child : component.path("components")) {
            if (!"file".equals(child.path("type").asText())) {
                return false;
            }
        }
        return true;
    }

    private static void collectServices(JsonNode services, String pointer, List<Item> out) {
        for (int i = 0; i < services.size(); i++) {
            JsonNode service = services.get(i);
            String at = pointer + "/" + i;
            out.add(new Item(SERVICE, ref(service), service.path("name").asText("(unnamed)"), at, service));
            collectServices(service.path("services"), at + "/services", out);
        }
    }

    private static String ref(JsonNode node) {
        String ref = node.path("bom-ref").asText("");
        return ref.isEmpty() ? node.path("purl").asText(node.path("name").asText("")) : ref;
    }
}
