package dev.aibom.core.bom;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.io.SourceMap;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.aibom.core.io.InputFiles;
import dev.aibom.core.io.StrictJson;

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
     * Reads the BOM file streamed into the parser: the file's bytes are never held whole (they are read again only
     * when a message needs a line number or the place of bad UTF-8).
     */
    public LoadedBom read(Path file) throws InvalidInputException {
        StrictJson.Bytes again = () -> bytes(file);
        return judge(file, json.parse(file, InputFiles.open(file, limits.maxBytes(), kind()), again), again);
    }

    private InputFiles.Kind kind() {
        return new InputFiles.Kind(WHAT, limits.raiseHint());
    }

    /** The file's bytes within this reader's limit, for a caller that needs them as well as the BOM. */
    public byte[] bytes(Path file) throws InvalidInputException {
        return InputFiles.read(file, limits.maxBytes(), kind());
    }

    /** Reads BOM bytes; {@code file} only names them in messages. */
    public LoadedBom read(Path file, byte[] bytes) throws InvalidInputException {
        return judge(file, parse(file, bytes), () -> bytes);
    }

    /** What makes a parsed tree a BOM aibom reads: its format, version, schema and unique bom-refs. */
    private LoadedBom judge(Path file, JsonNode tree, StrictJson.Bytes bytes) throws InvalidInputException {
        String specVersion = tree.path("specVersion").asText("");
        if (!"CycloneDX".equals(tree.path("bomFormat").asText())) {
            throw problem(file, 0, 0, "bomFormat", "this is not a CycloneDX BOM (bomFormat is "
                    + (tree.has("bomFormat") ? "'" + tree.get("bomFormat").asText() + "'" : "missing") + ").",
                    "pass a CycloneDX JSON BOM.");
        }
        java.util.Optional<SpecVersion> known = SpecVersion.of(specVersion);
        if (known.isEmpty()) {
            throw problem(file, 0, 0, "specVersion", "CycloneDX " + (specVersion.isEmpty() ? "(no specVersion)"
                            : specVersion) + " is not supported; aibom reads CycloneDX 1.4, 1.5, 1.6 and 1.7 JSON.",
                    "ask the supplier for a CycloneDX 1.4-1.7 JSON BOM.");
        }
        SpecVersion version = known.get();
        List<BomSchema.SchemaError> errors = BomSchema.validateJson(tree, version);
        if (!errors.isEmpty()) {
            SourceMap sourceMap = sourceMap(bytes.get());
            List<Problem> problems = new ArrayList<>();
            for (BomSchema.SchemaError error : errors) {
                SourceMap.Position position = sourceMap.positionOf(error.pointer());
                problems.add(new Problem(file, position.line(), position.column(), error.pointer(),
                        "does not match the CycloneDX " + specVersion + " schema: " + error.message(), ""));
            }
            throw new InvalidInputException(WHAT, file, problems);
        }
        List<Problem> duplicates = duplicateBomRefs(file, tree, bytes);
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException(WHAT, file, duplicates);
        }
        return new LoadedBom(file, version, tree, () -> typedModel(file, tree, version), signatureForm(tree));
    }

    /**
     * CycloneDX requires bom-refs to be unique in a BOM. A second component with the bom-ref of another would inherit
     * its waivers, its dependencies and its findings, so a BOM that repeats one is refused.
     */
    private List<Problem> duplicateBomRefs(Path file, JsonNode tree, StrictJson.Bytes bytes)
            throws InvalidInputException {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        List<String[]> repeated = new ArrayList<>();
        // what findings, waivers and dependencies attach to: the system, components and services (formulation
        // workspaces of the specification's own valid samples reuse bom-refs as references)
        JsonNode system = tree.path("metadata").path("component");
        if (system.isObject()) {
            collectBomRefs(system, "/metadata/component", seen, repeated);
        }
        collectBomRefs(tree.path("components"), "/components", seen, repeated);
        collectBomRefs(tree.path("services"), "/services", seen, repeated);
        if (repeated.isEmpty()) {
            return List.of();
        }
        SourceMap sourceMap = sourceMap(bytes.get());
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

    private static void collectBomRefs(JsonNode node, String pointer, java.util.Map<String, String> seen,
                                       List<String[]> repeated) {
        if (node.isObject()) {
            JsonNode ref = node.get("bom-ref");
            if (ref != null && ref.isTextual()) {
                String first = seen.putIfAbsent(ref.asText(), pointer);
                if (first != null) {
                    repeated.add(new String[]{ref.asText(), first.isEmpty() ? "/" : first, pointer});
                }
            }
            for (String nested : new String[]{"components", "services"}) {
                if (node.path(nested).isArray()) {
                    collectBomRefs(node.get(nested), pointer + "/" + nested, seen, repeated);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    collectBomRefs(node.get(i), pointer + "/" + i, seen, repeated);
                }
            }
        }
    }

    private JsonNode parse(Path file, byte[] bytes) throws InvalidInputException {
        return json.parse(file, bytes);
    }

    private SourceMap sourceMap(byte[] bytes) {
        try (JsonParser parser = json.mapper().createParser(new String(bytes, StandardCharsets.UTF_8))) {
            return SourceMap.record(parser);
        } catch (IOException e) {
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
