package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import dev.aibom.core.io.SourceMap;

import java.io.IOException;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Validation against the official CycloneDX JSON schemas: 1.4-1.6 as cyclonedx-core-java bundles them, 1.7 as the
 * specification publishes it (bundled with aibom). The compiled schemas are kept (building one costs far more than
 * validating), and every error says where in the BOM it is.
 *
 * <p>Schemas are loaded only from aibom's own class loader - never through the thread's context class loader, which in
 * Maven and Jenkins belongs to someone else - and never from the network. The CycloneDX schemas use two keywords
 * draft-07 does not define ({@code meta:enum}, {@code deprecated}); they are registered as annotations, which is what
 * they are, instead of being reported as unknown.
 */
public final class BomSchema {
    private static final String BASE = "http://cyclonedx.org/schema/";
    /** Schema file to the resource that holds it. */
    private static final Map<String, String> RESOURCES = Map.of(
            "spdx.schema.json", "spdx.schema.json",
            "jsf-0.82.schema.json", "jsf-0.82.schema.json",
            "bom-1.4.schema.json", "bom-1.4.schema.json",
            "bom-1.5.schema.json", "bom-1.5.schema.json",
            "bom-1.6.schema.json", "bom-1.6.schema.json",
            "bom-1.7.schema.json", "dev/aibom/core/schema/bom-1.7.schema.json",
            "cryptography-defs.schema.json", "dev/aibom/core/schema/cryptography-defs.schema.json");
    /**
     * Two registries of the same schemas that differ only in how they write where an error is: validity is decided
     * with the legacy paths ({@code $.components[0]}), which networknt builds at half the cost of JSON pointers (a
     * 20,000-component BOM: 661 against 1152 ms, warm); only a BOM with errors is validated again for the JSON
     * pointers the messages give. In a holder of their own, so that they are built by the first thread that needs
     * them ({@link #prepareInBackground}'s), not by whoever first touches this class.
     */
    private static final class Registries {
        static final Dialect DRAFT_7 = Dialect.builder(Dialects.getDraft7())
                .keyword(new AnnotationKeyword("meta:enum"))
                .keyword(new AnnotationKeyword("deprecated"))
                .build();
        static final SchemaRegistry LEGACY = registry(PathType.LEGACY);
        static final SchemaRegistry POINTER = registry(PathType.JSON_POINTER);
    }

    private static final Map<SpecVersion, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<SpecVersion, Schema> POINTER_SCHEMAS = new ConcurrentHashMap<>();

    private static SchemaRegistry registry(PathType paths) {
        return SchemaRegistry.withDefaultDialect(Registries.DRAFT_7, builder -> builder
                .dialectRegistry(new BasicDialectRegistry(Registries.DRAFT_7))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(paths).build())
                .schemaLoader(loader -> loader.fetchRemoteResources(false)
                        .resourceLoaders(resources -> resources.values(list -> {
                            list.clear();
                            list.add(BomSchema::resource);
                        }))));
    }
    /** One schema violation: where (JSON pointer into the BOM) and what. */
    public record SchemaError(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }

    private BomSchema() {
    }

    /** A CycloneDX schema from aibom's class path, or null (nothing else is ever fetched). */
    private static InputStreamSource resource(AbsoluteIri iri) {
        String text = iri.toString();
        if (!text.startsWith(BASE)) {
            return null;
        }
        String resource = RESOURCES.get(text.substring(BASE.length()));
        if (resource == null) {
            return null;
        }
        ClassLoader loader = resource.startsWith("dev/") ? BomSchema.class.getClassLoader()
                : org.cyclonedx.Version.class.getClassLoader();
        return () -> {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new FileNotFoundException("the CycloneDX schema " + resource + " is missing from"
                        + " aibom's class path");
            }
            return in;
        };
    }

    private static Schema schema(SpecVersion version) {
        return SCHEMAS.computeIfAbsent(version, v -> Registries.LEGACY.getSchema(
                SchemaLocation.of(BASE + "bom-" + v.text() + ".schema.json")));
    }

    private static Schema pointerSchema(SpecVersion version) {
        return POINTER_SCHEMAS.computeIfAbsent(version, v -> Registries.POINTER.getSchema(
                SchemaLocation.of(BASE + "bom-" + v.text() + ".schema.json")));
    }

    /**
     * A small BOM of the shape aibom writes (system, model with hashes and model card, dataset, service, dependencies):
     * what {@link #prepare} validates so that the validators such a BOM needs exist before a real one arrives.
     */
    private static final String TYPICAL = """
            {"bomFormat": "CycloneDX", "specVersion": "%s", "serialNumber":
             "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", "version": 1,
             "metadata": {"timestamp": "2026-01-01T00:00:00Z", "tools": {"components": [{"type": "application",
              "name": "aibom", "version": "1"}]}, "supplier": {"name": "s"}, "component": {"type": "application",
              "bom-ref": "app", "name": "app", "version": "1", "properties": [{"name": "p", "value": "v"}]}},
             "components": [{"type": "machine-learning-model", "bom-ref": "m", "name": "m", "version": "1",
              "supplier": {"name": "s"}, "licenses": [{"license": {"id": "Apache-2.0"}}], "purl": "pkg:generic/m@1",
              "hashes": [{"alg": "SHA-256", "content":
              "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],
              "externalReferences": [{"type": "distribution", "url": "https://example.com/m"}],
              "modelCard": {"modelParameters": {"task": "classification", "datasets": [{"ref": "d"}]},
              "considerations": {"useCases": ["u"]}}, "properties": [{"name": "p", "value": "v"}]},
              {"type": "data", "bom-ref": "d", "name": "d", "data": [{"type": "dataset", "name": "d",
              "classification": "internal"}]}],
             "services": [{"bom-ref": "svc", "name": "svc", "endpoints": ["https://example.com/api"]}],
             "dependencies": [{"ref": "app", "dependsOn": ["m", "svc"]}, {"ref": "m", "dependsOn": ["d"]}]}
            """;

    /**
     * Builds the version's schema and the validators a BOM of the usual shape needs, by validating one; a command that
     * will validate a BOM runs it on a spare thread while it starts up (the validators are built once, as the first
     * BOM needs them, and then shared). Nothing is reported: a failure here is met, and reported, by the validation
     * itself.
     */
    public static void prepare(SpecVersion version) {
        try {
            validateJson(typical(version), version);
        } catch (RuntimeException | IOException e) {
            // left for the validation that counts
        }
    }

    /** The versions {@link #prepareInBackground} has started preparing in this JVM. */
    private static final Set<SpecVersion> PREPARING = ConcurrentHashMap.newKeySet();

    /**
     * {@link #prepare} on a daemon thread, once per version and JVM: for a job that will validate a BOM of this version
     * after other work (reading its inputs, hashing files), which then overlaps with building the validators.
     */
    public static void prepareInBackground(SpecVersion version) {
        if (PREPARING.add(version)) {
            Thread thread = new Thread(() -> prepare(version), "aibom-schema-" + version.text());
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** {@link #TYPICAL} for a version (valid: a test holds it so, or the warm-up would stop early). */
    static JsonNode typical(SpecVersion version) throws IOException {
        return new ObjectMapper().readTree(TYPICAL.formatted(version.text()));
    }

    /** Schema errors of a JSON BOM, each with the JSON pointer of where it is; empty when valid. */
    public static List<SchemaError> validateJson(JsonNode bom, SpecVersion version) {
        try (Validation validation = new Validation(version)) {
            if (bom.isObject()) {
                for (Map.Entry<String, JsonNode> member : bom.properties()) {
                    if (member.getValue().isArray()) {
                        for (JsonNode element : member.getValue()) {
                            validation.element(member.getKey(), element);
                        }
                    }
                }
            }
            return validation.finish(bom);
        }
    }

    /**
     * How a version's schema is split: its root is an object schema whose array members ({@code components},
     * {@code services}, {@code dependencies} ...) say only what each element is ({@code items}) and whether elements
     * are unique, so a BOM is valid exactly when each element is valid against {@code items}, no two elements of a
     * {@code uniqueItems} member are equal, and the rest of the BOM - with those members empty - is valid against the
     * root. That lets a BOM be validated element by element as it is read (never held whole), on every core.
     *
     * @param members  the split members, in the order of the schema's properties
     * @param keywords the root's keywords in the order the validator evaluates them
     */
    private record Split(Schema root, Supplier<Schema> pointerRoot, Map<String, Member> members,
                         List<String> order,
                         List<String> keywords) {
    }

    /**
     * One split member: the schema of its elements (legacy paths), and the same with JSON pointers for messages,
     * compiled only when an element has errors.
     */
    private record Member(String name, Schema items, Supplier<Schema> pointerItems,
                          boolean unique) {
    }

    private static final Set<String> ROOT_KEYWORDS = Set.of("$schema", "$id", "type", "title", "$comment",
            "required", "additionalProperties", "properties", "definitions");
    private static final Set<String> SPLIT_KEYWORDS = Set.of("type", "title", "description", "$comment", "items",
            "uniqueItems", "additionalItems");
    private static final Map<SpecVersion, Split> SPLITS = new ConcurrentHashMap<>();

    private static Split split(SpecVersion version) {
        return SPLITS.computeIfAbsent(version, v -> {
            Schema root = schema(v);
            JsonNode node = root.getSchemaNode();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String keyword = it.next();
                if (!ROOT_KEYWORDS.contains(keyword)) {
                    // a keyword across members would make element-by-element validation wrong: refuse to guess
                    throw new IllegalStateException("the CycloneDX " + v.text() + " schema has the root keyword '"
                            + keyword + "', which aibom's element-by-element validation does not know");
                }
            }
            Map<String, Member> members = new LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            String file = BASE + "bom-" + v.text() + ".schema.json";
            for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                order.add(property.getKey());
                JsonNode p = property.getValue();
                boolean onlyItems = true;
                for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
                    onlyItems &= SPLIT_KEYWORDS.contains(it.next());
                }
                if (onlyItems && "array".equals(p.path("type").asText()) && p.path("items").isObject()) {
                    String items = file + "#/properties/" + property.getKey() + "/items";
                    members.put(property.getKey(), new Member(property.getKey(),
                            Registries.LEGACY.getSchema(SchemaLocation.of(items)),
                            Lazy.of(() -> Registries.POINTER.getSchema(SchemaLocation.of(items))),
                            p.path("uniqueItems").asBoolean(false)));
                }
            }
            List<String> keywords = root.getValidators().stream()
                    .map(KeywordValidator::getKeyword).toList();
            return new Split(root, Lazy.of(() -> pointerSchema(v)), Map.copyOf(members), List.copyOf(order),
                    keywords);
        });
    }

    /**
     * One BOM's validation, fed element by element as the BOM is read ({@link #element}), then finished with the rest
     * of it ({@link #finish}). Elements are validated on a pool of worker threads (one per core), a few batches
     * ahead of the reader at most; errors come back in the order a validation of the whole BOM gives them.
     */
    public static final class Validation implements AutoCloseable {
        private static final int BATCH = 64;
        private final Split split;
        private final ExecutorService pool;
        private final Semaphore ahead;
        private final Map<String, List<Future<Batch>>> batches = new LinkedHashMap<>();
        private final Map<String, List<JsonNode>> pending = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, ArrayNode> unsplit =
                new LinkedHashMap<>();

        public Validation(SpecVersion version) {
            this.split = split(version);
            int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
            this.pool = Executors.newFixedThreadPool(workers, runnable -> {
                Thread thread = new Thread(runnable, "aibom-schema");
                thread.setDaemon(true);
                return thread;
            });
            this.ahead = new Semaphore(2 * workers);
        }

        /** The next element of the top-level array {@code member}. */
        public void element(String member, JsonNode element) {
            if (!split.members().containsKey(member)) {
                unsplit.computeIfAbsent(member, m -> JsonNodeFactory.instance
                        .arrayNode()).add(element);
                return;
            }
            List<JsonNode> batch = pending.computeIfAbsent(member, m -> new ArrayList<>(BATCH));
            batch.add(element);
            if (batch.size() == BATCH) {
                submit(member, batch);
                pending.remove(member);
            }
        }

        private void submit(String member, List<JsonNode> elements) {
            Member m = split.members().get(member);
            int first = counts.merge(member, elements.size(), Integer::sum) - elements.size();
            ahead.acquireUninterruptibly();
            try {
                batches.computeIfAbsent(member, k -> new ArrayList<>()).add(pool.submit(() -> {
                    try {
                        return Batch.of(m, first, elements);
                    } finally {
                        ahead.release();
                    }
                }));
            } catch (RuntimeException e) {
                ahead.release();
                throw e;
            }
        }

        /**
         * The errors of the whole BOM: {@code bom} is its root as read, where every top-level array that was passed
         * to {@link #element} may be whole or empty (its elements were passed here).
         */
        public List<SchemaError> finish(JsonNode bom) {
            for (Map.Entry<String, List<JsonNode>> rest : List.copyOf(pending.entrySet())) {
                submit(rest.getKey(), rest.getValue());
            }
            pending.clear();
            Map<String, List<SchemaError>> byMember = new HashMap<>();
            Map<String, List<SchemaError>> duplicates = new HashMap<>();
            for (Map.Entry<String, List<Future<Batch>>> member : batches.entrySet()) {
                List<SchemaError> errors = new ArrayList<>();
                Set<ByteBuffer> seen = new HashSet<>();
                List<SchemaError> repeated = new ArrayList<>();
                for (Future<Batch> future : member.getValue()) {
                    Batch batch = result(future);
                    errors.addAll(batch.errors());
                    for (byte[] digest : batch.digests()) {
                        if (!seen.add(ByteBuffer.wrap(digest))) {
                            repeated.add(new SchemaError("/" + SourceMap.segment(member.getKey()),
                                    "must have only unique items in the array"));
                        }
                    }
                }
                byMember.put(member.getKey(), errors);
                duplicates.put(member.getKey(), repeated);
            }
            ObjectNode rest =
                    JsonNodeFactory.instance.objectNode();
            if (bom.isObject()) {
                for (Map.Entry<String, JsonNode> member : bom.properties()) {
                    JsonNode value = member.getValue();
                    if (split.members().containsKey(member.getKey()) && value.isArray()) {
                        value = JsonNodeFactory.instance.arrayNode();
                    } else if (unsplit.containsKey(member.getKey())) {
                        value = unsplit.get(member.getKey());
                    }
                    rest.set(member.getKey(), value);
                }
            }
            return ordered(rest, byMember, duplicates);
        }

        /**
         * The rest's errors as the root schema gives them, each split member's element errors (then its repeated
         * elements) placed where the root's {@code properties} keyword would have put them: among the errors of the
         * other members in the schema's order of properties, after the errors of root keywords evaluated before
         * {@code properties} and before those of the keywords evaluated after it ({@code additionalProperties}).
         */
        private List<SchemaError> ordered(JsonNode rest, Map<String, List<SchemaError>> byMember,
                                          Map<String, List<SchemaError>> duplicates) {
            List<com.networknt.schema.Error> found = List.of();
            if (!validate(split.root(), rest).isEmpty()) {
                found = validate(split.pointerRoot().get(), rest);
                if (found.isEmpty()) {
                    throw new IllegalStateException("the CycloneDX schema found errors it cannot locate");
                }
            }
            int propertiesAt = split.keywords().indexOf("properties");
            List<SchemaError> out = new ArrayList<>();
            Set<String> placed = new HashSet<>();
            for (com.networknt.schema.Error error : found) {
                String[] path = error.getEvaluationPath().toString().split("/", 4);
                String keyword = path.length > 1 ? path[1] : "";
                if (keyword.equals("properties") && path.length > 2) {
                    int at = split.order().indexOf(path[2]);
                    for (String earlier : split.order().subList(0, Math.max(0, at))) {
                        place(earlier, byMember, duplicates, placed, out);
                    }
                } else if (split.keywords().indexOf(keyword) > propertiesAt) {
                    split.order().forEach(member -> place(member, byMember, duplicates, placed, out));
                }
                out.add(new SchemaError(error.getInstanceLocation().toString(), message(error.getMessage())));
            }
            for (String member : split.order()) {
                place(member, byMember, duplicates, placed, out);
            }
            return List.copyOf(out);
        }

        private static void place(String member, Map<String, List<SchemaError>> byMember,
                                  Map<String, List<SchemaError>> duplicates, Set<String> placed,
                                  List<SchemaError> out) {
            if (byMember.containsKey(member) && placed.add(member)) {
                out.addAll(byMember.get(member));
                out.addAll(duplicates.get(member));
            }
        }

        private static Batch result(Future<Batch> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** What a batch of elements found: its errors (pointers into the BOM) and, for a unique member, each digest. */
    private record Batch(List<SchemaError> errors, List<byte[]> digests) {
        static Batch of(Member member, int first, List<JsonNode> elements) {
            List<SchemaError> errors = new ArrayList<>();
            List<byte[]> digests = member.unique() ? new ArrayList<>(elements.size()) : List.of();
            for (int i = 0; i < elements.size(); i++) {
                JsonNode element = elements.get(i);
                if (!validate(member.items(), element).isEmpty()) {
                    String at = "/" + SourceMap.segment(member.name()) + "/" + (first + i);
                    for (com.networknt.schema.Error error : validate(member.pointerItems().get(), element)) {
                        errors.add(new SchemaError(at + error.getInstanceLocation().toString(),
                                message(error.getMessage())));
                    }
                }
                if (member.unique()) {
                    digests.add(NodeEquality.digest(element));
                }
            }
            return new Batch(errors, digests);
        }
    }

    private static final String ENUMERATION = "does not have a value in the enumeration ";
    /**
     * An enumeration longer than this is cut in a message; the longest after the licence ids, the external reference
     * types, has 43 values in 1.6 and 47 in 1.7.
     */
    static final int LONG = 64;
    /** How many values of a long enumeration a message shows. */
    static final int LISTED = 10;

    /**
     * networknt's message, with an enumeration of more than {@link #LONG} values cut to its first {@link #LISTED} and
     * how many more there are: a licence id that is not an SPDX id would otherwise be answered with all 778 of them.
     */
    static String message(String message) {
        int at = message.indexOf(ENUMERATION);
        if (at < 0) {
            return message;
        }
        JsonNode values;
        try {
            values = BomJson.MAPPER.readTree(message.substring(at + ENUMERATION.length()));
        } catch (IOException e) {
            return message;
        }
        if (values == null || !values.isArray() || values.size() <= LONG) {
            return message;
        }
        StringBuilder shown = new StringBuilder(message.substring(0, at + ENUMERATION.length())).append('[');
        for (int i = 0; i < LISTED; i++) {
            shown.append(i == 0 ? "" : ", ").append(values.get(i));
        }
        return shown.append(", ... ").append(values.size() - LISTED).append(" more]").toString();
    }

    /** A number larger than any bound a CycloneDX schema states: what a number beyond a double's range is judged as. */
    private static final java.math.BigDecimal BEYOND = new java.math.BigDecimal("1E+400");

    /**
     * The schema's errors for {@code node}. A number beyond the range of a double ({@code 1e400}) is read as an
     * infinite double, which keeps it a number for the controls; but networknt judges some keywords ({@code enum},
     * {@code const}) by a number's decimal value, which an infinite double does not have, and throws. Such a node is
     * judged again with each infinite number standing as {@code ±1E+400}: for every keyword of the CycloneDX schemas
     * (types, enumerations, bounds of a few digits) that is the verdict on the number the BOM wrote. An exception on
     * a node without an infinite number is a fault, and is thrown as such.
     */
    static List<com.networknt.schema.Error> validate(Schema schema, JsonNode node) {
        try {
            return schema.validate(node);
        } catch (RuntimeException e) {
            JsonNode finite = finite(node);
            if (finite == node) {
                throw e;
            }
            return schema.validate(finite);
        }
    }

    /** {@code node} with every infinite number replaced by {@code ±1E+400}; {@code node} itself when it has none. */
    static JsonNode finite(JsonNode node) {
        if (node.isNumber() && (node.isDouble() || node.isFloat()) && Double.isInfinite(node.doubleValue())) {
            return JsonNodeFactory.instance.numberNode(node.doubleValue() > 0 ? BEYOND : BEYOND.negate());
        }
        if (node.isArray()) {
            ArrayNode copy = null;
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = finite(node.get(i));
                if (element != node.get(i) && copy == null) {
                    copy = ((ArrayNode) node).deepCopy();
                }
                if (copy != null) {
                    copy.set(i, element);
                }
            }
            return copy == null ? node : copy;
        }
        if (node.isObject()) {
            ObjectNode copy = null;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                JsonNode value = finite(member.getValue());
                if (value != member.getValue() && copy == null) {
                    copy = ((ObjectNode) node).deepCopy();
                }
                if (copy != null) {
                    copy.set(member.getKey(), value);
                }
            }
            return copy == null ? node : copy;
        }
        return node;
    }

    /** XSD errors of a CycloneDX 1.6 XML BOM (the specification's XSD, see {@link XmlBoms}); empty when valid. */
    public static List<String> validateXml16(byte[] bom) {
        return XmlBoms.validate(bom);
    }
}
