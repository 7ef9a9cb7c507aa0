package dev.aibom.core.bom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aibom.control.BomView;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.io.InputFiles;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.SourceMap;
import dev.aibom.core.io.StrictJson;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads any CycloneDX 1.4-1.7 JSON BOM - ours or a supplier's - strictly: valid UTF-8, no duplicate keys (a classic
 * way to make a verifier and a reader see different documents), no trailing data, within size and depth limits, and
 * valid against the official schema of its {@code specVersion}. Every problem comes back as one error listing all of
 * them.
 */
public final class BomReader {
    static final String WHAT = "CycloneDX BOM";
    
    private final ReadLimits limits;
    private final StrictJson json;

    public BomReader(ReadLimits limits) {
        this.limits = limits;
        this.json = new StrictJson(limits, WHAT, "BOM", "a CycloneDX JSON BOM", "the supplier");
    }

    /**
     * The mapper this reader reads with (its strictness, its compact tree nodes): for a BOM's parts kept aside while it
     * is read and read back later, so that they are the same nodes.
     */
    public com.fasterxml.jackson.databind.ObjectMapper mapper() {
        return json.mapper();
    }

    /**
     * Reads the BOM file streamed into the parser: the file's bytes are never held whole (they are read again only
     * when a message needs a line number or the place of bad UTF-8), and its elements are validated against the schema
     * as they are read, on every core.
     */
    public LoadedBom read(Path file) throws InvalidInputException {
        StrictJson.Bytes again = () -> InputFiles.open(file, limits.maxBytes(), kind());
        Streamed streamed = json.stream(file, InputFiles.open(file, limits.maxBytes(), kind()), again,
                parser -> stream(file, parser, true, ElementSink.NONE));
        return loaded(file, streamed, again);
    }

    /**
     * Reads and judges the BOM file exactly as {@link #read(Path)} does, but keeps no tree: each element of its
     * top-level arrays is validated and counted as it is read, then dropped, so the memory needed does not grow with
     * the number of components. For {@code validate}.
     */
    public Summary validate(Path file) throws InvalidInputException {
        StrictJson.Bytes again = () -> InputFiles.open(file, limits.maxBytes(), streamedKind());
        Counter counter = new Counter();
        Streamed streamed = json.stream(file, InputFiles.open(file, limits.maxBytes(), streamedKind()), again,
                parser -> stream(file, parser, false, counter));
        SpecVersion version = judge(file, streamed, again);
        JsonNode root = streamed.root();
        return new Summary(version, root.path("serialNumber").asText(null), counter.components, counter.models,
                counter.datasets, counter.services, signatureForm(root));
    }

    /**
     * What {@link #validate} found in a valid BOM.
     *
     * @param components every component, nested ones included
     */
    public record Summary(SpecVersion specVersion, String serialNumber, int components, int models, int datasets,
                          int services, SignatureForm signature) {
    }

    private InputFiles.Kind kind() {
        return new InputFiles.Kind(WHAT, limits.raiseHint());
    }

    /** For what streams the BOM and keeps no tree: the hint says a higher limit needs no more heap. */
    private InputFiles.Kind streamedKind() {
        return new InputFiles.Kind(WHAT, limits.raiseHintStreamed());
    }

    /** The file's bytes within this reader's limit, for a caller that needs them as well as the BOM. */
    public byte[] bytes(Path file) throws InvalidInputException {
        return InputFiles.read(file, limits.maxBytes(), kind());
    }

    /** The first {@code n} bytes of the BOM file (fewer if it is shorter), refused as reading it would be. */
    public byte[] head(Path file, int n) throws InvalidInputException {
        return InputFiles.head(file, limits.maxBytes(), streamedKind(), n);
    }

    /** Reads BOM bytes; {@code file} only names them in messages. */
    public LoadedBom read(Path file, byte[] bytes) throws InvalidInputException {
        Streamed streamed = json.stream(file, bytes, parser -> stream(file, parser, true, ElementSink.NONE));
        return loaded(file, streamed, () -> new ByteArrayInputStream(bytes));
    }

    private LoadedBom loaded(Path file, Streamed streamed, StrictJson.Bytes bytes) throws InvalidInputException {
        SpecVersion version = judge(file, streamed, bytes);
        JsonNode tree = streamed.root();
        return new LoadedBom(file, version, tree, () -> typedModel(file, tree, version), signatureForm(tree));
    }

    /**
     * Reads and judges the BOM file exactly as {@link #read(Path)} does, keeping only its root: every element of a
     * top-level array goes to {@code sink} as it is read (in document order, with its index) and is then dropped; in
     * the root those arrays are empty. For work that needs each element once ({@code verify}), so that memory does not
     * grow with the number of components.
     */
    public Root readRoot(Path file, ElementSink sink) throws InvalidInputException {
        StrictJson.Bytes again = () -> InputFiles.open(file, limits.maxBytes(), streamedKind());
        Streamed streamed = json.stream(file, InputFiles.open(file, limits.maxBytes(), streamedKind()), again,
                parser -> stream(file, parser, false, sink));
        SpecVersion version = judge(file, streamed, again);
        return new Root(version, (ObjectNode) streamed.root());
    }

    /**
     * A BOM read by {@link #readRoot}: its version and its root, whose top-level arrays are empty (their elements went
     * to the sink).
     */
    public record Root(SpecVersion specVersion, ObjectNode root) {
    }

    /**
     * What is told about each element of a top-level array as it is read, and (for a sink that rebuilds the document
     * in order) about the root's other members and where each array starts and ends.
     */
    @FunctionalInterface
    public interface ElementSink {
        ElementSink NONE = (member, index, element) -> { };

        void element(String member, int index, JsonNode element) throws IOException;

        /** A member of the root that is not an array, as read (before what follows it). */
        default void member(String name, JsonNode value) throws IOException {
        }

        /** The top-level array {@code name} starts; its elements follow. */
        default void arrayStart(String name) throws IOException {
        }

        /** The top-level array {@code name} ended. */
        default void arrayEnd(String name) throws IOException {
        }
    }

    /** Counts what {@code validate} reports, by {@link BomView}'s own rules, one element at a time. */
    private static final class Counter implements ElementSink {
        int components;
        int models;
        int datasets;
        int services;

        @Override
        public void element(String member, int index, JsonNode element) {
            if (!member.equals("components") && !member.equals("services")) {
                return;
            }
            ObjectNode alone =
                    JsonNodeFactory.instance.objectNode();
            alone.putArray(member).add(element);
            BomView view = new BomView(alone);
            models += view.items(BomView.MODEL).size();
            datasets += view.items(BomView.DATASET).size();
            services += view.items(BomView.SERVICE).size();
            if (member.equals("components")) {
                components += count(element);
            }
        }

        private static int count(JsonNode component) {
            int count = 1;
            for (JsonNode nested : component.path("components")) {
                count += count(nested);
            }
            return count;
        }
    }

    /**
     * The document read in one pass: its root (with the top-level arrays whole, or empty when not kept), the schema
     * errors of all of it, and the bom-refs of the system, the components and the services in document order.
     */
    private record Streamed(JsonNode root, List<BomSchema.SchemaError> schemaErrors, List<String[]> componentRefs,
                            List<String[]> serviceRefs) {
    }

    /**
     * Reads the document member by member; each element of a top-level array is parsed alone, passed to the schema
     * validation (once the specVersion is known: elements before it wait), to the sink, and kept in the root only
     * when {@code keep}.
     */
    private Streamed stream(Path file, JsonParser parser, boolean keep, ElementSink sink)
            throws IOException, InvalidInputException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw json.empty(file);
        }
        if (first != JsonToken.START_OBJECT) {
            throw json.notAnObject(file, switch (first) {
                case START_ARRAY -> "ARRAY";
                case VALUE_STRING -> "STRING";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
                case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
                default -> "NULL";
            });
        }
        ObjectNode root = json.objectNode();
        List<String[]> componentRefs = new ArrayList<>();
        List<String[]> serviceRefs = new ArrayList<>();
        List<Object[]> waiting = new ArrayList<>();
        BomSchema.Validation validation = null;
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    ArrayNode array = json.arrayNode();
                    root.set(name, array);
                    sink.arrayStart(name);
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode element = json.part(parser);
                        if (validation != null) {
                            validation.element(name, element);
                        } else {
                            waiting.add(new Object[]{name, element});
                        }
                        if (keep) {
                            array.add(element);
                        }
                        sink.element(name, index, element);
                        if (name.equals("components") || name.equals("services")) {
                            collectBomRefs(element, "/" + name + "/" + index,
                                    name.equals("components") ? componentRefs : serviceRefs);
                        }
                        index++;
                    }
                    sink.arrayEnd(name);
                } else {
                    JsonNode member = json.part(parser);
                    root.set(name, member);
                    sink.member(name, member);
                }
                if (validation == null) {
                    Optional<SpecVersion> version = SpecVersion.of(root.path("specVersion").asText(""));
                    if (version.isPresent()) {
                        validation = new BomSchema.Validation(version.get());
                        for (Object[] early : waiting) {
                            validation.element((String) early[0], (JsonNode) early[1]);
                        }
                        waiting.clear();
                    }
                }
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw json.trailingData(file, parser.currentTokenLocation());
            }
            List<BomSchema.SchemaError> errors = validation == null ? List.of() : validation.finish(root);
            return new Streamed(root, errors, componentRefs, serviceRefs);
        } finally {
            if (validation != null) {
                validation.close();
            }
        }
    }

    /** What makes a streamed document a BOM aibom reads: its format, version, schema and unique bom-refs. */
    private SpecVersion judge(Path file, Streamed streamed, StrictJson.Bytes bytes) throws InvalidInputException {
        JsonNode tree = streamed.root();
        String specVersion = tree.path("specVersion").asText("");
        if (!"CycloneDX".equals(tree.path("bomFormat").asText())) {
            throw problem(file, 0, 0, "bomFormat", "this is not a CycloneDX BOM (bomFormat is "
                    + (tree.has("bomFormat") ? "'" + tree.get("bomFormat").asText() + "'" : "missing") + ").",
                    "pass a CycloneDX JSON BOM.");
        }
        Optional<SpecVersion> known = SpecVersion.of(specVersion);
        if (known.isEmpty()) {
            throw problem(file, 0, 0, "specVersion", "CycloneDX " + (specVersion.isEmpty() ? "(no specVersion)"
                            : specVersion) + " is not supported; aibom reads CycloneDX 1.4, 1.5, 1.6 and 1.7 JSON.",
                    "ask the supplier for a CycloneDX 1.4-1.7 JSON BOM.");
        }
        if (!streamed.schemaErrors().isEmpty()) {
            SourceMap sourceMap = sourceMap(bytes, streamed.schemaErrors().stream()
                    .map(BomSchema.SchemaError::pointer).toList());
            List<Problem> problems = new ArrayList<>();
            for (BomSchema.SchemaError error : streamed.schemaErrors()) {
                SourceMap.Position position = sourceMap.positionOf(error.pointer());
                problems.add(new Problem(file, position.line(), position.column(), error.pointer(),
                        "does not match the CycloneDX " + specVersion + " schema: " + error.message(), ""));
            }
            throw new InvalidInputException(WHAT, file, problems);
        }
        List<Problem> duplicates = duplicateBomRefs(file, streamed, bytes);
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException(WHAT, file, duplicates);
        }
        return known.get();
    }

    /**
     * CycloneDX requires bom-refs to be unique in a BOM. A second component with the bom-ref of another would inherit
     * its waivers, its dependencies and its findings, so a BOM that repeats one is refused.
     */
    private List<Problem> duplicateBomRefs(Path file, Streamed streamed, StrictJson.Bytes bytes)
            throws InvalidInputException {
        Map<String, String> seen = new HashMap<>();
        List<String[]> repeated = new ArrayList<>();
        // what findings, waivers and dependencies attach to: the system, components and services (formulation
        // workspaces of the specification's own valid samples reuse bom-refs as references)
        List<String[]> refs = new ArrayList<>();
        JsonNode system = streamed.root().path("metadata").path("component");
        if (system.isObject()) {
            collectBomRefs(system, "/metadata/component", refs);
        }
        refs.addAll(streamed.componentRefs());
        refs.addAll(streamed.serviceRefs());
        for (String[] ref : refs) {
            String first = seen.putIfAbsent(ref[0], ref[1]);
            if (first != null) {
                repeated.add(new String[]{ref[0], first.isEmpty() ? "/" : first, ref[1]});
            }
        }
        if (repeated.isEmpty()) {
            return List.of();
        }
        SourceMap sourceMap = sourceMap(bytes, repeated.stream().map(d -> d[2] + "/bom-ref").toList());
        List<Problem> problems = new ArrayList<>();
        for (String[] duplicate : repeated) {
            SourceMap.Position position = sourceMap.positionOf(duplicate[2] + "/bom-ref");
            problems.add(new Problem(file, position.line(), position.column(), duplicate[2] + "/bom-ref",
                    "the bom-ref '" + duplicate[0] + "' is also used at " + duplicate[1] + "; bom-refs must be unique,"
                            + " or findings, waivers and dependencies could attach to the wrong component.",
                    "ask the supplier for a BOM with unique bom-refs."));
        }
        return problems;
    }

    /** Each bom-ref (and where it is) of a component or service and those nested in it, in document order. */
    private static void collectBomRefs(JsonNode node, String pointer, List<String[]> out) {
        if (node.isObject()) {
            JsonNode ref = node.get("bom-ref");
            if (ref != null && ref.isTextual()) {
                out.add(new String[]{ref.asText(), pointer});
            }
            for (String nested : new String[]{"components", "services"}) {
                if (node.path(nested).isArray()) {
                    collectBomRefs(node.get(nested), pointer + "/" + nested, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    collectBomRefs(node.get(i), pointer + "/" + i, out);
                }
            }
        }
    }

    /** Where {@code pointers} are in the document, read again as a stream (only what those need is kept). */
    private SourceMap sourceMap(StrictJson.Bytes bytes, List<String> pointers) {
        try (InputStream in = bytes.open();
             JsonParser parser = json.mapper().createParser(new InputStreamReader(in,
                     StandardCharsets.UTF_8))) {
            return SourceMap.recordOnly(parser, pointers);
        } catch (IOException | InvalidInputException e) {
            return SourceMap.empty();
        }
    }

    private static Bom typedModel(Path file, JsonNode tree, SpecVersion version) {
        if (version.library().isEmpty()) {
            throw new IllegalStateException("cyclonedx-core-java models CycloneDX up to 1.6; the " + version + " BOM "
                    + file + " is read through its JSON tree only");
        }
        ObjectNode copy = (ObjectNode) tree.deepCopy();
        // cyclonedx-core-java 12.2.0 cannot parse data type "definition", and reads a JSF chain as signers
        replaceDefinitionDataType(copy);
        copy.remove("signature");
        try {
            return new org.cyclonedx.parsers.JsonParser().parse(BomJson.MAPPER.writeValueAsBytes(copy));
        } catch (ParseException | IOException e) {
            throw new IllegalStateException("The BOM " + file + " is schema-valid but cyclonedx-core-java cannot read"
                    + " it: " + e.getMessage() + ". Please report this to aibom with the BOM attached.", e);
        }
    }

    private static void replaceDefinitionDataType(JsonNode node) {
        if (node.isObject()) {
            JsonNode data = node.get("data");
            if (data != null && data.isArray() && node.has("type")) {
                for (JsonNode entry : data) {
                    if (entry.isObject() && "definition".equals(entry.path("type").asText())) {
                        ((ObjectNode) entry).set("type", TextNode.valueOf("other"));
                    }
                }
            }
            node.forEach(BomReader::replaceDefinitionDataType);
        } else if (node.isArray()) {
            node.forEach(BomReader::replaceDefinitionDataType);
        }
    }

    static SignatureForm signatureForm(JsonNode tree) {
        JsonNode signature = tree.get("signature");
        if (signature == null) {
            return SignatureForm.NONE;
        }
        if (signature.has("chain")) {
            return SignatureForm.CHAIN;
        }
        if (signature.has("signers")) {
            return SignatureForm.SIGNERS;
        }
        return SignatureForm.SINGLE;
    }

    private static InvalidInputException problem(Path file, int line, int column, String field, String message,
                                                 String fix) {
        return InvalidInputException.of(WHAT, new Problem(file, line, column, field, message, fix));
    }
}
