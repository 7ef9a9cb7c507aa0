package dev.aibom.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed, read-only view of any CycloneDX BOM - ours or a supplier's - for the controls, {@link Completeness} and
 * expression controls: the system, the models, datasets and services, and the facts about them the controls judge.
 * Every JSON pointer into a component is written once, here ({@link Pointers}); rules never navigate the JSON tree
 * themselves, so a rule and the completeness score can never disagree about where a fact lives.
 */
public final class BomView {
    /** Kinds of component the controls look at. */
    public static final String MODEL = "model";
    public static final String DATASET = "dataset";
    public static final String SERVICE = "service";
    public static final String SYSTEM = "system";

    private static final java.util.concurrent.ConcurrentHashMap<String, com.fasterxml.jackson.core.JsonPointer> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The node at a relative pointer, with the pointer parsed once (rules ask for the same few, for every item). */
    static JsonNode nodeAt(JsonNode node, String relative) {
        return node.at(COMPILED.computeIfAbsent(relative, com.fasterxml.jackson.core.JsonPointer::compile));
    }

    /** Where each fact stands inside a component, relative to the component's own pointer. */
    public static final class Pointers {
        public static final String SUPPLIER = "/supplier";
        public static final String MANUFACTURER = "/manufacturer";
        public static final String PROVIDER = "/provider";
        public static final String LICENSES = "/licenses";
        public static final String HASHES = "/hashes";
        public static final String PROPERTIES = "/properties";
        public static final String EXTERNAL_REFERENCES = "/externalReferences";
        public static final String MODEL_CARD = "/modelCard";
        public static final String TASK = "/modelCard/modelParameters/task";
        public static final String ARCHITECTURE = "/modelCard/modelParameters/modelArchitecture";
        public static final String ARCHITECTURE_FAMILY = "/modelCard/modelParameters/architectureFamily";
        public static final String DATASETS = "/modelCard/modelParameters/datasets";
        public static final String METRICS = "/modelCard/quantitativeAnalysis/performanceMetrics";
        public static final String LIMITATIONS = "/modelCard/considerations/technicalLimitations";
        public static final String USE_CASES = "/modelCard/considerations/useCases";
        public static final String USERS = "/modelCard/considerations/users";
        public static final String ETHICAL_CONSIDERATIONS = "/modelCard/considerations/ethicalConsiderations";
        public static final String DATA = "/data/0";
        public static final String DATA_DESCRIPTION = "/data/0/description";
        public static final String DATA_CONTENTS_URL = "/data/0/contents/url";
        public static final String DATA_CLASSIFICATION = "/data/0/classification";
        public static final String DATA_SENSITIVE = "/data/0/sensitiveData";
        public static final String DATA_GOVERNANCE = "/data/0/governance";
        public static final String ENDPOINTS = "/endpoints";
        public static final String DATA_FLOWS = "/data";

        private Pointers() {
        }
    }

    /** The model-card fields {@code model-documentation} can require, each with where it stands. */
    public enum ModelCardField {
        TASK("task", Pointers.TASK),
        ARCHITECTURE("architecture", Pointers.ARCHITECTURE),
        DATASETS("datasets", Pointers.DATASETS),
        LIMITATIONS("limitations", Pointers.LIMITATIONS),
        USE_CASES("useCases", Pointers.USE_CASES),
        USERS("users", Pointers.USERS),
        ETHICAL_CONSIDERATIONS("ethicalConsiderations", Pointers.ETHICAL_CONSIDERATIONS);

        private final String key;
        private final String pointer;

        ModelCardField(String key, String pointer) {
            this.key = key;
            this.pointer = pointer;
        }

        /** The name a policy uses for it. */
        public String key() {
            return key;
        }

        public String pointer() {
            return pointer;
        }

        public static Optional<ModelCardField> byKey(String key) {
            for (ModelCardField field : values()) {
                if (field.key.equals(key)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An organisation as a standard CycloneDX field states it ({@code supplier}, {@code manufacturer} or
     * {@code provider}).
     *
     * @param field   which field it came from
     * @param pointer where it stands in the BOM
     */
    public record Entity(String field, String name, List<String> urls, String pointer) {
        public Entity {
            name = name == null ? "" : name;
            urls = List.copyOf(urls);
        }

        static Entity of(String field, JsonNode node, String pointer) {
            List<String> urls = new ArrayList<>();
            for (JsonNode url : node.path("url")) {
                if (url.isTextual()) {
                    urls.add(url.asText());
                }
            }
            return new Entity(field, node.path("name").asText(""), urls, pointer);
        }
    }

    /** One hash as recorded. */
    public record Hash(String algorithm, String value) {
    }

    /** One performance metric of a model card. */
    public record Metric(String type, String value, String slice) {
    }

    /** One release approval recorded with {@code aibom:model:approval:<n>:*} properties. */
    public record Approval(String by, String role, String date) {
    }

    /** The governance parties of a dataset. */
    public record Governance(int owners, int custodians, int stewards) {
        public boolean anyone() {
            return owners + custodians + stewards > 0;
        }
    }

    /**
     * A property that a single-valued {@code aibom:} name carries more than once with different values: the BOM is
     * ambiguous, so a control that needs it cannot be evaluated (never a pass). See {@code bom-unambiguous}.
     */
    public static final class AmbiguousPropertyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AmbiguousPropertyException(String message) {
            super(message);
        }
    }

    /** One model, dataset or service of the BOM, or the system itself. */
    public static final class Item {
        private final String kind;
        private final String ref;
        private final String name;
        private final String pointer;
        private final JsonNode node;
        private Map<String, List<String>> properties;
        private Optional<Entity> supplier;
        private Map<String, String> firstValues;
        private java.util.Set<String> conflicting;

        public Item(String kind, String ref, String name, String pointer, JsonNode node) {
            this.kind = kind;
            this.ref = ref;
            this.name = name;
            this.pointer = pointer;
            this.node = node;
        }

        public String kind() {
            return kind;
        }

        /** bom-ref (or purl, or name, when it has none). */
        public String ref() {
            return ref;
        }

        public String name() {
            return name;
        }

        /** JSON pointer of the component in the BOM. */
        public String pointer() {
            return pointer;
        }

        /** The component's JSON, for what the typed accessors do not cover (expression controls). */
        public JsonNode node() {
            return node;
        }

        /** The pointer of a fact of this component: {@code at(Pointers.TASK)}. */
        public String at(String relative) {
            return pointer + relative;
        }

        /** The CycloneDX {@code type}. */
        public String type() {
            return node.path("type").asText("");
        }

        public String version() {
            return node.path("version").asText("");
        }

        public String purl() {
            return node.path("purl").asText("");
        }

        /** How a reader names it in a message: {@code model 'credit-gbm'}. */
        public String label() {
            return kind + " '" + name + "'";
        }

        /** Every property, by name, values in document order. */
        public Map<String, List<String>> properties() {
            if (properties == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                for (JsonNode property : node.path("properties")) {
                    all.computeIfAbsent(property.path("name").asText(), k -> new ArrayList<>())
                            .add(property.path("value").asText());
                }
                all.replaceAll((k, v) -> List.copyOf(v));
                properties = Collections.unmodifiableMap(all);
            }
            return properties;
        }

        /**
         * The value of a single-valued property.
         *
         * @throws AmbiguousPropertyException when the name is present more than once with different values
         */
        public Optional<String> property(String propertyName) {
            if (firstValues == null) {
                indexProperties();
            }
            if (conflicting != null && conflicting.contains(propertyName)
                    && !AibomProperties.MULTI_VALUED.contains(propertyName)) {
                throw new AmbiguousPropertyException(label() + " has conflicting values for " + propertyName + ": "
                        + String.join(", ", new LinkedHashSet<>(properties(propertyName))));
            }
            return Optional.ofNullable(firstValues.get(propertyName));
        }

        // one pass over the properties: the first value of each name, and the names with differing values
        private void indexProperties() {
            java.util.HashMap<String, String> first = new java.util.HashMap<>();
            for (JsonNode property : node.path("properties")) {
                String propertyName = property.path("name").asText();
                String value = property.path("value").asText();
                String previous = first.putIfAbsent(propertyName, value);
                if (previous != null && !previous.equals(value)) {
                    if (conflicting == null) {
                        conflicting = new java.util.HashSet<>();
                    }
                    conflicting.add(propertyName);
                }
            }
            firstValues = first;
        }

        /** Every value of a multi-valued property ({@code aibom:data:qualityCheck}). */
        public List<String> properties(String propertyName) {
            List<String> values = new ArrayList<>();
            for (JsonNode property : node.path("properties")) {
                if (propertyName.equals(property.path("name").asText())) {
                    values.add(property.path("value").asText());
                }
            }
            return values;
        }

        /** Where a property stands (the first one of that name), or the properties array. */
        public String propertyPointer(String propertyName) {
            JsonNode all = node.path("properties");
            for (int i = 0; i < all.size(); i++) {
                if (propertyName.equals(all.get(i).path("name").asText())) {
                    return pointer + Pointers.PROPERTIES + "/" + i;
                }
            }
            return pointer + Pointers.PROPERTIES;
        }

        /** Names of single-valued {@code aibom:} properties that carry different values. */
        public List<String> conflictingProperties() {
            if (firstValues == null) {
                indexProperties();
            }
            if (conflicting == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            properties().keySet().forEach(propertyName -> {
                if (conflicting.contains(propertyName) && propertyName.startsWith("aibom:")
                        && !AibomProperties.MULTI_VALUED.contains(propertyName)) {
                    names.add(propertyName);
                }
            });
            return names;
        }

        /**
         * The organisation that supplies it, as the standard fields state it: {@code supplier}, else
         * {@code manufacturer}, else (for services) {@code provider}; only one with a name counts.
         */
        public Optional<Entity> supplier() {
            if (supplier == null) {
                supplier = Optional.empty();
                for (String field : new String[]{"supplier", "manufacturer", "provider"}) {
                    JsonNode entity = node.get(field);
                    if (entity != null && entity.isObject() && !entity.path("name").asText("").isBlank()) {
                        supplier = Optional.of(Entity.of(field, entity, pointer + "/" + field));
                        break;
                    }
                }
            }
            return supplier;
        }

        public String supplierName() {
            return supplier().map(Entity::name).orElse("");
        }

        /** The standard field a supplier belongs in for this kind: {@code provider} for services. */
        public String supplierField() {
            return kind.equals(SERVICE) ? "provider" : "supplier";
        }

        /** Where the supplier is (or would be) recorded. */
        public String supplierPointer() {
            if (node.isMissingNode()) {
                return pointer;
            }
            return supplier().map(Entity::pointer).orElse(pointer + "/" + supplierField());
        }

        /** The aibom supplier id, a hint that must agree with the standard supplier field. */
        public Optional<String> supplierIdHint() {
            return property(AibomProperties.SUPPLIER_ID);
        }

        /** Licences as written: SPDX expressions, SPDX ids or licence names. */
        public List<String> licenses() {
            List<String> texts = new ArrayList<>();
            for (JsonNode choice : node.path("licenses")) {
                if (choice.has("expression")) {
                    texts.add(choice.get("expression").asText());
                } else {
                    JsonNode license = choice.path("license");
                    String text = license.path("id").asText(license.path("name").asText(""));
                    if (!text.isBlank()) {
                        texts.add(text);
                    }
                }
            }
            return texts;
        }

        public List<Hash> hashes() {
            List<Hash> hashes = new ArrayList<>();
            for (JsonNode hash : node.path("hashes")) {
                hashes.add(new Hash(hash.path("alg").asText(""), hash.path("content").asText("")));
            }
            return hashes;
        }

        /** Types of the external references. */
        public List<String> externalReferenceTypes() {
            List<String> types = new ArrayList<>();
            for (JsonNode reference : node.path("externalReferences")) {
                types.add(reference.path("type").asText(""));
            }
            return types;
        }

        // ---- models

        /** {@code aibom:model:lifecycle}. */
        public Optional<String> lifecycleStage() {
            return property(AibomProperties.MODEL_LIFECYCLE);
        }

        /** Approvals in index order, up to the first index with no {@code by}. */
        public List<Approval> approvals() {
            List<Approval> approvals = new ArrayList<>();
            for (int i = 0; ; i++) {
                Optional<String> by = property(AibomProperties.MODEL_APPROVAL + i + ":by");
                if (by.isEmpty()) {
                    return approvals;
                }
                approvals.add(new Approval(by.get(), property(AibomProperties.MODEL_APPROVAL + i + ":role").orElse(""),
                        property(AibomProperties.MODEL_APPROVAL + i + ":date").orElse("")));
            }
        }

        public List<Metric> metrics() {
            List<Metric> metrics = new ArrayList<>();
            for (JsonNode metric : nodeAt(node, Pointers.METRICS)) {
                metrics.add(new Metric(metric.path("type").asText(""), metric.path("value").asText(""),
                        metric.path("slice").asText("")));
            }
            return metrics;
        }

        /** Whether a model-card field holds something (architecture falls back to the architecture family). */
        public boolean has(ModelCardField field) {
            JsonNode value = nodeAt(node, field.pointer());
            if (field == ModelCardField.ARCHITECTURE && value.isMissingNode()) {
                value = nodeAt(node, Pointers.ARCHITECTURE_FAMILY);
            }
            return present(value);
        }

        /** The model card's task. */
        public String task() {
            return nodeAt(node, Pointers.TASK).asText("");
        }

        public List<String> useCases() {
            return texts(nodeAt(node, Pointers.USE_CASES));
        }

        // ---- datasets

        /** The first {@code data} entry's classification. */
        public String dataClassification() {
            return nodeAt(node, Pointers.DATA_CLASSIFICATION).asText("");
        }

        public String dataDescription() {
            return nodeAt(node, Pointers.DATA_DESCRIPTION).asText("");
        }

        public boolean hasDataContentsUrl() {
            return present(nodeAt(node, Pointers.DATA_CONTENTS_URL));
        }

        public List<String> sensitiveData() {
            return texts(nodeAt(node, Pointers.DATA_SENSITIVE));
        }

        public Governance governance() {
            JsonNode governance = nodeAt(node, Pointers.DATA_GOVERNANCE);
            return new Governance(governance.path("owners").size(), governance.path("custodians").size(),
                    governance.path("stewards").size());
        }

        // ---- services

        public List<String> endpoints() {
            return texts(node.path("endpoints"));
        }

        public boolean hasDataFlows() {
            return present(node.path("data"));
        }

        /** Whether a fact (relative pointer) holds something: not missing, null, empty or blank. */
        public boolean present(String relative) {
            return present(nodeAt(node, relative));
        }

        private static boolean present(JsonNode node) {
            return !node.isMissingNode() && !node.isNull() && !(node.isContainerNode() && node.isEmpty())
                    && !(node.isTextual() && node.asText().isBlank());
        }

        private static List<String> texts(JsonNode array) {
            List<String> texts = new ArrayList<>();
            for (JsonNode item : array) {
                texts.add(item.asText());
            }
            return texts;
        }

        @Override
        public String toString() {
            return label() + " at " + pointer;
        }
    }

    private final JsonNode tree;
    private final List<Item> items;
    private final Item system;
    private final Item bom;

    public BomView(JsonNode tree) {
        this.tree = tree;
        List<Item> found = new ArrayList<>();
        collectComponents(tree.path("components"), "/components", found);
        collectServices(tree.path("services"), "/services", found);
        this.items = List.copyOf(found);
        JsonNode component = tree.path("metadata").path("component");
        this.system = new Item(SYSTEM, component.path("bom-ref").asText(""), component.path("name")
                .asText("(unnamed)"), "/metadata/component", component);
        this.bom = new Item("bom", "", "BOM", "", tree);
    }

    public JsonNode tree() {
        return tree;
    }

    /** Models, datasets and services, in document order. */
    public List<Item> items() {
        return items;
    }

    public List<Item> items(String kind) {
        return items.stream().filter(item -> item.kind().equals(kind)).toList();
    }

    /** {@code metadata.component}: the system the BOM describes. */
    public Item system() {
        return system;
    }

    /** The BOM as a whole, for findings about it (signatures, the BOM's own supplier). */
    public Item bom() {
        return bom;
    }

    /** The organisation the BOM says supplied it: {@code metadata.supplier}, {@code .manufacturer}, or the system's. */
    public Optional<Entity> bomSupplier() {
        JsonNode metadata = tree.path("metadata");
        for (String field : new String[]{"supplier", "manufacturer"}) {
            JsonNode entity = metadata.path(field);
            if (!entity.path("name").asText("").isBlank()) {
                return Optional.of(Entity.of(field, entity, "/metadata/" + field));
            }
        }
        JsonNode systemSupplier = metadata.path("component").path("supplier");
        if (!systemSupplier.path("name").asText("").isBlank()) {
            return Optional.of(Entity.of("supplier", systemSupplier, "/metadata/component/supplier"));
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
