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
 * One model, dataset or service of the BOM, or the system itself: what every kind has (identity, properties, supplier,
 * licences, hashes, references); what only a model, dataset or service has is in {@link #model()}, {@link #data()} and
 * {@link #service()}.
 */
public final class BomItem {
    /** One hash as recorded. */
    public record Hash(String algorithm, String value) {
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

    private final String kind;
    private final String ref;
    private final String name;
    private final String pointer;
    private final JsonNode node;
    private Map<String, List<String>> properties;
    private Optional<BomEntity> supplier;
    private Map<String, String> firstValues;
    private java.util.Set<String> conflicting;

    public BomItem(String kind, String ref, String name, String pointer, JsonNode node) {
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

    /** The pointer of a fact of this component: {@code at(BomPointers.TASK)}. */
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
                return pointer + BomPointers.PROPERTIES + "/" + i;
            }
        }
        return pointer + BomPointers.PROPERTIES;
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
     * Each of {@link #conflictingProperties()} with its distinct values in document order, as messages name them:
     * {@code aibom:artifact:path (models/a.onnx, models/b.onnx)}.
     */
    public List<String> conflictingPropertiesDescribed() {
        List<String> described = new ArrayList<>();
        for (String propertyName : conflictingProperties()) {
            described.add(propertyName + " (" + String.join(", ", new LinkedHashSet<>(properties(propertyName)))
                    + ")");
        }
        return described;
    }

    /**
     * The organisation that supplies it, as the standard fields state it: {@code supplier}, else
     * {@code manufacturer}, else (for services) {@code provider}; only one with a name counts.
     */
    public Optional<BomEntity> supplier() {
        if (supplier == null) {
            supplier = Optional.empty();
            for (String field : new String[]{"supplier", "manufacturer", "provider"}) {
                JsonNode entity = node.get(field);
                if (entity != null && entity.isObject() && !entity.path("name").asText("").isBlank()) {
                    supplier = Optional.of(BomEntity.of(field, entity, pointer + "/" + field));
                    break;
                }
            }
        }
        return supplier;
    }

    public String supplierName() {
        return supplier().map(BomEntity::name).orElse("");
    }

    /** The standard field a supplier belongs in for this kind: {@code provider} for services. */
    public String supplierField() {
        return kind.equals(BomView.SERVICE) ? "provider" : "supplier";
    }

    /** Where the supplier is (or would be) recorded. */
    public String supplierPointer() {
        if (node.isMissingNode()) {
            return pointer;
        }
        return supplier().map(BomEntity::pointer).orElse(pointer + "/" + supplierField());
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

    /** What a model's card and release record say (for a model; empty for anything else). */
    public ModelFacts model() {
        return new ModelFacts(this);
    }

    /** What a dataset's {@code data} entry says. */
    public DataFacts data() {
        return new DataFacts(node);
    }

    /** What a service says of its endpoints and data flows. */
    public ServiceFacts service() {
        return new ServiceFacts(node);
    }

    /** Whether a fact (relative pointer) holds something: not missing, null, empty or blank. */
    public boolean present(String relative) {
        return BomPointers.present(BomPointers.nodeAt(node, relative));
    }



    @Override
    public String toString() {
        return label() + " at " + pointer;
    }
}
