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
    /** Null in the document's view for a sliced judgement ({@link #document()}): it has no items. */
    private final List<BomItem> items;
    private final BomItem system;
    private final BomItem bom;
    /** Counted on first use for a whole BOM's view; given to a slice's. */
    private Totals totals;

    public BomView(JsonNode tree) {
        this(tree, 0, 0, null);
    }

    /**
     * A view of {@code tree}, whose top-level {@code components} start at index {@code componentOffset} of the whole
     * BOM's and {@code services} at {@code serviceOffset} (the pointers say where they are in the whole BOM).
     *
     * @param totals the whole BOM's totals; null to count them from {@code tree}
     */
    private BomView(JsonNode tree, int componentOffset, int serviceOffset, Totals totals) {
        this.tree = tree;
        List<BomItem> found = new ArrayList<>();
        collectComponents(tree.path("components"), "/components", componentOffset, found);
        collectServices(tree.path("services"), "/services", serviceOffset, found);
        this.items = List.copyOf(found);
        JsonNode component = tree.path("metadata").path("component");
        this.system = new BomItem(SYSTEM, component.path("bom-ref").asText(""), component.path("name")
                .asText("(unnamed)"), "/metadata/component", component);
        this.bom = new BomItem("bom", "", "BOM", "", tree);
        this.totals = totals;
    }

    private BomView(BomView whole) {
        this.tree = whole.tree;
        this.items = null;
        this.system = whole.system;
        this.bom = whole.bom;
        this.totals = whole.totals();
    }

    /**
     * What a judgement in slices needs to know of the whole BOM before or without its items: how many models,
     * datasets and services it lists, and every {@code bom-ref} in it (so that a reference is judged against the whole
     * BOM).
     */
    public record Totals(int models, int datasets, int services, java.util.Set<String> refs,
                         java.util.Set<String> refsOutsideDeclarations) {
        public Totals {
            refs = java.util.Set.copyOf(refs);
            refsOutsideDeclarations = java.util.Set.copyOf(refsOutsideDeclarations);
        }

        /**
         * Counts the totals of a BOM read a part at a time: {@link #element} for each element of its top-level arrays,
         * {@link #root} for the rest.
         */
        public static final class Counter {
            private int models;
            private int datasets;
            private int services;
            private final java.util.Set<String> refs = new java.util.HashSet<>();
            private final java.util.Set<String> outside = new java.util.HashSet<>();

            /** An element of the top-level array {@code member}. */
            public void element(String member, JsonNode element) {
                collectRefs(element, refs, outside);
                List<BomItem> found = new ArrayList<>();
                com.fasterxml.jackson.databind.node.ArrayNode alone =
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(element);
                if (member.equals("components")) {
                    collectComponents(alone, "/components", 0, found);
                } else if (member.equals("services")) {
                    collectServices(alone, "/services", 0, found);
                }
                count(found);
            }

            /** The root, with or without its arrays' elements. */
            public void root(JsonNode root) {
                collectRefs(root, refs, outside);
            }

            private void count(List<BomItem> items) {
                for (BomItem item : items) {
                    switch (item.kind()) {
                        case MODEL -> models++;
                        case DATASET -> datasets++;
                        default -> services++;
                    }
                }
            }

            public Totals totals() {
                return new Totals(models, datasets, services, refs, outside);
            }
        }

        /** The totals of a BOM held whole, whose items are {@code items}. */
        static Totals of(JsonNode tree, List<BomItem> items) {
            Counter counter = new Counter();
            counter.root(tree);
            counter.count(items);
            return counter.totals();
        }

        /** The kinds of item the BOM lists ({@code model}, {@code dataset}, {@code service}), in that order. */
        public List<String> kinds() {
            List<String> kinds = new ArrayList<>();
            if (models > 0) {
                kinds.add(MODEL);
            }
            if (datasets > 0) {
                kinds.add(DATASET);
            }
            if (services > 0) {
                kinds.add(SERVICE);
            }
            return kinds;
        }
    }

    /** The whole BOM's totals, the same in every slice's view. */
    public Totals totals() {
        if (totals == null) {
            totals = Totals.of(tree, items);
        }
        return totals;
    }

    /**
     * The view a sliced judgement begins with: the BOM's system, supplier, metadata, totals and other document facts,
     * and no items ({@link #items()} throws: a rule judges items in the slices' views).
     */
    public BomView document() {
        return new BomView(this);
    }

    /**
     * This BOM in slices of at most {@code size} top-level components, then of at most {@code size} top-level
     * services: each slice's view has those items (with their nested ones), the same document facts and totals as the
     * whole, and pointers into the whole BOM. Judging each slice in turn is judging the whole.
     */
    public List<BomView> slices(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a slice holds at least one component: " + size);
        }
        List<BomView> slices = new ArrayList<>();
        for (String member : List.of("components", "services")) {
            JsonNode array = tree.path(member);
            for (int from = 0; from < array.size(); from += size) {
                List<JsonNode> elements = new ArrayList<>();
                for (int i = from; i < Math.min(array.size(), from + size); i++) {
                    elements.add(array.get(i));
                }
                slices.add(slice(tree, member, from, elements, totals()));
            }
        }
        return slices;
    }

    /**
     * The document's view of a BOM read a part at a time: {@code root} without its components and services, with the
     * whole BOM's {@code totals}; it has no items.
     */
    public static BomView document(JsonNode root, Totals totals) {
        return new BomView(new BomView(root, 0, 0, java.util.Objects.requireNonNull(totals, "totals")));
    }

    /**
     * One slice of a BOM read a part at a time: {@code elements}, the elements of its top-level array {@code member}
     * ({@code components} or {@code services}) from index {@code offset} on, in {@code root} (whose other members are
     * the document's), with the whole BOM's {@code totals}.
     */
    public static BomView slice(JsonNode root, String member, int offset, List<JsonNode> elements, Totals totals) {
        if (!member.equals("components") && !member.equals("services")) {
            throw new IllegalArgumentException("only components and services are sliced, not " + member);
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.properties().forEach(entry -> copy.set(entry.getKey(), entry.getValue()));
        com.fasterxml.jackson.databind.node.ArrayNode part = copy.putArray(member);
        elements.forEach(part::add);
        copy.remove(member.equals("components") ? "services" : "components");
        return new BomView(copy, member.equals("components") ? offset : 0, member.equals("services") ? offset : 0,
                java.util.Objects.requireNonNull(totals, "totals"));
    }

    public JsonNode tree() {
        return tree;
    }

    /** Models, datasets and services, in document order. */
    public List<BomItem> items() {
        if (items == null) {
            throw new IllegalStateException("the document's view of a sliced judgement has no items: judge them in"
                    + " the slices");
        }
        return items;
    }

    public List<BomItem> items(String kind) {
        return items().stream().filter(item -> item.kind().equals(kind)).toList();
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
        List<Reference> unresolved = new ArrayList<>(unresolvedDependencies());
        unresolved.addAll(unresolvedDatasetReferences());
        return unresolved;
    }

    /** The {@code dependencies} entries' {@code ref} and {@code dependsOn} that name nothing in the whole BOM. */
    public List<Reference> unresolvedDependencies() {
        List<Reference> unresolved = new ArrayList<>();
        JsonNode dependencies = tree.path("dependencies");
        for (int i = 0; i < dependencies.size(); i++) {
            JsonNode dependency = dependencies.get(i);
            resolve(totals().refs(), dependency.path("ref"), "/dependencies/" + i + "/ref", unresolved);
            JsonNode on = dependency.path("dependsOn");
            for (int j = 0; j < on.size(); j++) {
                resolve(totals().refs(), on.get(j), "/dependencies/" + i + "/dependsOn/" + j, unresolved);
            }
        }
        return unresolved;
    }

    /** The dataset {@code ref}s of this view's models' cards that name nothing in the whole BOM. */
    public List<Reference> unresolvedDatasetReferences() {
        List<Reference> unresolved = new ArrayList<>();
        for (BomItem model : items(MODEL)) {
            JsonNode datasets = BomPointers.nodeAt(model.node(), BomPointers.DATASETS);
            for (int j = 0; j < datasets.size(); j++) {
                if (datasets.get(j).has("ref")) {
                    resolve(totals().refs(), datasets.get(j).path("ref"), model.at(BomPointers.DATASETS) + "/" + j
                            + "/ref", unresolved);
                }
            }
        }
        return unresolved;
    }

    /**
     * Every {@code bom-ref} in {@code bom} outside any {@code declarations} member: what a declaration's claim may be
     * about.
     */
    public static java.util.Set<String> refsOutsideDeclarations(JsonNode bom) {
        java.util.Set<String> outside = new java.util.HashSet<>();
        collectRefs(bom, null, outside);
        return outside;
    }

    /**
     * Adds every textual {@code bom-ref} under {@code node} to {@code all}, and those outside any {@code declarations}
     * member to {@code outside}, in one walk; either set may be null (not wanted, or inside the declarations).
     */
    private static void collectRefs(JsonNode node, java.util.Set<String> all, java.util.Set<String> outside) {
        if (node.isObject()) {
            JsonNode ref = node.get("bom-ref");
            if (ref != null && ref.isTextual()) {
                if (all != null) {
                    all.add(ref.textValue());
                }
                if (outside != null) {
                    outside.add(ref.textValue());
                }
            }
            node.properties().forEach(field -> collectRefs(field.getValue(), all,
                    field.getKey().equals("declarations") ? null : outside));
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, all, outside));
        }
    }

    private static void resolve(java.util.Set<String> refs, JsonNode ref, String pointer, List<Reference> out) {
        if (!ref.isTextual() || !refs.contains(ref.asText())) {
            out.add(new Reference(pointer, ref.asText()));
        }
    }

    // run on each element as it is read, before the schema has judged it: a "components" or "services" that is not an
    // array (an object, whose size counts its members) holds no items; the schema refuses it
    private static void collectComponents(JsonNode components, String pointer, int offset, List<BomItem> out) {
        if (!components.isArray()) {
            return;
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String at = pointer + "/" + (offset + i);
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
                collectComponents(component.path("components"), at + "/components", 0, out);
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

    private static void collectServices(JsonNode services, String pointer, int offset, List<BomItem> out) {
        if (!services.isArray()) {
            return;
        }
        for (int i = 0; i < services.size(); i++) {
            JsonNode service = services.get(i);
            String at = pointer + "/" + (offset + i);
            out.add(new BomItem(SERVICE, ref(service), service.path("name").asText("(unnamed)"), at, service));
            collectServices(service.path("services"), at + "/services", 0, out);
        }
    }

    private static String ref(JsonNode node) {
        String ref = node.path("bom-ref").asText("");
        return ref.isEmpty() ? node.path("purl").asText(node.path("name").asText("")) : ref;
    }
}
