package dev.aibom.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A typed, read-only view of any CycloneDX BOM - ours or a supplier's - for the controls, {@link Completeness} and
 * expression controls: the system, the models, datasets and services, and the facts about them the controls judge.
 * This class is the document (its items, system, supplier, timestamp); {@link BomItem} what every item has; {@link
 * ModelFacts}, {@link DataFacts} and {@link ServiceFacts} what only a model, dataset or service has. Every JSON pointer
 * into a component is written once ({@link BomPointers}); rules never navigate the JSON tree themselves.
 */
public final class BomView {
    /** Kinds of component the controls look at. */
    public static final String MODEL = "model";
    public static final String DATASET = "dataset";
    public static final String SERVICE = "service";
    public static final String SYSTEM = "system";

    private final JsonNode tree;
    private final List<BomItem> items;
    private final BomItem system;
    private final BomItem bom;

    public BomView(JsonNode tree) {
        this.tree = tree;
        List<BomItem> found = new ArrayList<>();
        collectComponents(tree.path("components"), "/components", found);
        collectServices(tree.path("services"), "/services", found);
        this.items = List.copyOf(found);
        JsonNode component = tree.path("metadata").path("component");
        this.system = new BomItem(SYSTEM, component.path("bom-ref").asText(""), component.path("name")
                .asText("(unnamed)"), "/metadata/component", component);
        this.bom = new BomItem("bom", "", "BOM", "", tree);
    }

    public JsonNode tree() {
        return tree;
    }

    /** Models, datasets and services, in document order. */
    public List<BomItem> items() {
        return items;
    }

    public List<BomItem> items(String kind) {
        return items.stream().filter(item -> item.kind().equals(kind)).toList();
    }

    /** {@code metadata.component}: the system the BOM describes. */
    public BomItem system() {
        return system;
    }

    /** The BOM as a whole, for findings about it (signatures, the BOM's own supplier). */
    public BomItem bom() {
        return bom;
    }

    /** The organisation the BOM says supplied it: {@code metadata.supplier}, {@code .manufacturer}, or the system's. */
    public Optional<BomEntity> bomSupplier() {
        JsonNode metadata = tree.path("metadata");
        for (String field : new String[]{"supplier", "manufacturer"}) {
            JsonNode entity = metadata.path(field);
            if (!entity.path("name").asText("").isBlank()) {
                return Optional.of(BomEntity.of(field, entity, "/metadata/" + field));
            }
        }
        JsonNode systemSupplier = metadata.path("component").path("supplier");
        if (!systemSupplier.path("name").asText("").isBlank()) {
            return Optional.of(BomEntity.of("supplier", systemSupplier, "/metadata/component/supplier"));
        }
        return Optional.empty();
    }

    /** The BOM's {@code metadata.timestamp}, as written. */
    public String timestamp() {
        return tree.path("metadata").path("timestamp").asText("");
    }

    public String serialNumber() {
        return tree.path("serialNumber").asText("");
    }

    /**
     * A reference the BOM makes and where it stands.
     *
     * @param pointer the JSON pointer of the reference ({@code /dependencies/0/dependsOn/1})
     * @param ref     what it names, as written
     */
    public record Reference(String pointer, String ref) {
    }

    /**
     * The references that name nothing in the BOM - no {@code bom-ref} anywhere in it: each {@code dependencies}
     * entry's {@code ref} and {@code dependsOn}, and each model card's dataset {@code ref} (every model, nested ones
     * too), in document order.
     */
    public List<Reference> unresolvedReferences() {
        java.util.Set<String> refs = new java.util.HashSet<>();
        collectRefs(tree, refs);
        List<Reference> unresolved = new ArrayList<>();
        JsonNode dependencies = tree.path("dependencies");
        for (int i = 0; i < dependencies.size(); i++) {
            JsonNode dependency = dependencies.get(i);
            resolve(refs, dependency.path("ref"), "/dependencies/" + i + "/ref", unresolved);
            JsonNode on = dependency.path("dependsOn");
            for (int j = 0; j < on.size(); j++) {
                resolve(refs, on.get(j), "/dependencies/" + i + "/dependsOn/" + j, unresolved);
            }
        }
        for (BomItem model : items(MODEL)) {
            JsonNode datasets = BomPointers.nodeAt(model.node(), BomPointers.DATASETS);
            for (int j = 0; j < datasets.size(); j++) {
                if (datasets.get(j).has("ref")) {
                    resolve(refs, datasets.get(j).path("ref"), model.at(BomPointers.DATASETS) + "/" + j + "/ref",
                            unresolved);
                }
            }
        }
        return unresolved;
    }

    private static void collectRefs(JsonNode node, java.util.Set<String> refs) {
        if (node.isObject() && node.path("bom-ref").isTextual()) {
            refs.add(node.path("bom-ref").asText());
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static void resolve(java.util.Set<String> refs, JsonNode ref, String pointer, List<Reference> out) {
        if (!ref.isTextual() || !refs.contains(ref.asText())) {
            out.add(new Reference(pointer, ref.asText()));
        }
    }

    private static void collectComponents(JsonNode components, String pointer, List<BomItem> out) {
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
                out.add(new BomItem(kind, ref(component), component.path("name").asText("(unnamed)"), at, component));
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

    private static void collectServices(JsonNode services, String pointer, List<BomItem> out) {
        for (int i = 0; i < services.size(); i++) {
            JsonNode service = services.get(i);
            String at = pointer + "/" + i;
            out.add(new BomItem(SERVICE, ref(service), service.path("name").asText("(unnamed)"), at, service));
            collectServices(service.path("services"), at + "/services", out);
        }
    }

    private static String ref(JsonNode node) {
        String ref = node.path("bom-ref").asText("");
        return ref.isEmpty() ? node.path("purl").asText(node.path("name").asText("")) : ref;
    }
}
