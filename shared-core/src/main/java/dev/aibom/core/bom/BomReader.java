package dev.aibom.core.bom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.io.SourceMap;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads any CycloneDX 1.4-1.6 JSON BOM - ours or a supplier's - strictly: valid UTF-8, no duplicate keys (a classic
 * way to make a verifier and a reader see different documents), no trailing data, within size and depth limits, and
 * valid against the official schema of its {@code specVersion}. Every problem comes back as one error listing all of
 * them.
 */
public final class BomReader {
    static final String WHAT = "CycloneDX BOM";
    private static final Set<String> SUPPORTED = Set.of("1.4", "1.5", "1.6");

    private final ReadLimits limits;
    private final ObjectMapper mapper;

    public BomReader() {
        this(ReadLimits.DEFAULT);
    }

    public BomReader(ReadLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    public LoadedBom read(Path file) throws InvalidInputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw problem(file, 0, 0, "", "the file is " + size + " bytes, more than the limit of "
                        + limits.maxBytes() + ".", "raise the read limit if this BOM is genuinely that large.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(file, 0, 0, "", "the file does not exist.", "check the path to the BOM.");
        } catch (IOException e) {
            throw problem(file, 0, 0, "", "cannot read the file: " + e + ".", "check the path and permissions.");
        }
        return read(file, bytes);
    }

    /** Reads BOM bytes; {@code file} only names them in messages. */
    public LoadedBom read(Path file, byte[] bytes) throws InvalidInputException {
        JsonNode tree = parse(file, bytes);
        String specVersion = tree.path("specVersion").asText("");
        if (!"CycloneDX".equals(tree.path("bomFormat").asText())) {
            throw problem(file, 0, 0, "bomFormat", "this is not a CycloneDX BOM (bomFormat is "
                    + (tree.has("bomFormat") ? "'" + tree.get("bomFormat").asText() + "'" : "missing") + ").",
                    "pass a CycloneDX JSON BOM.");
        }
        if (!SUPPORTED.contains(specVersion)) {
            throw problem(file, 0, 0, "specVersion", "CycloneDX " + (specVersion.isEmpty() ? "(no specVersion)"
                            : specVersion) + " is not supported; aibom reads CycloneDX 1.4, 1.5 and 1.6 JSON.",
                    "ask the supplier for a CycloneDX 1.4-1.6 JSON BOM.");
        }
        Version version = Version.fromVersionString(specVersion);
        List<BomSchema.SchemaError> errors = BomSchema.validateJson(tree, version);
        if (!errors.isEmpty()) {
            SourceMap sourceMap = sourceMap(bytes);
            List<Problem> problems = new ArrayList<>();
            for (BomSchema.SchemaError error : errors) {
                SourceMap.Position position = sourceMap.positionOf(error.pointer());
                problems.add(new Problem(file, position.line(), position.column(), error.pointer(),
                        "does not match the CycloneDX " + specVersion + " schema: " + error.message(), ""));
            }
            throw new InvalidInputException(WHAT, file, problems);
        }
        return new LoadedBom(file, version, tree, () -> typedModel(file, tree), signatureForm(tree));
    }

    private JsonNode parse(Path file, byte[] bytes) throws InvalidInputException {
        // parse the strictly decoded text, not the bytes: jackson-core 2.21's byte parser rejects an escaped
        // surrogate pair ("\ud83d\ude02") in a member name as "Invalid UTF-8"
        String text = decodeUtf8(file, bytes);
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw problem(file, 0, 0, "", "the file is empty.", "pass a CycloneDX JSON BOM.");
            }
            if (!tree.isObject()) {
                throw problem(file, 1, 1, "", "a BOM is a JSON object, but this file holds a JSON "
                        + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".", "pass a CycloneDX JSON BOM.");
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw problem(file, 0, 0, "", "the JSON exceeds a read limit: " + e.getOriginalMessage(),
                    "raise the read limit if this BOM is genuine.");
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                message = "the key " + message.replaceAll("^Duplicate field ('.*').*$", "$1") + " appears twice in"
                        + " one object; a reader and a signature verifier could see different values, so the BOM is"
                        + " refused.";
            } else if (message.contains("Trailing token")) {
                message = "there is data after the end of the JSON document.";
            } else {
                message = "this is not valid JSON: " + message.lines().findFirst().orElse(message);
            }
            throw problem(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0
                    : Math.max(0, at.getColumnNr()), "", message, "ask the supplier for a well-formed BOM.");
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            if (e.getOriginalMessage().contains("Trailing token")) {
                JsonLocation at = e.getLocation();
                throw problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                        "there is data after the end of the JSON document.", "ask the supplier for a well-formed BOM.");
            }
            throw problem(file, 0, 0, "", "this is not valid JSON: " + e.getOriginalMessage(), "");
        } catch (IOException e) {
            throw problem(file, 0, 0, "", "cannot parse the file: " + e.getMessage(), "");
        }
    }

    private SourceMap sourceMap(byte[] bytes) {
        try (JsonParser parser = mapper.createParser(new String(bytes, StandardCharsets.UTF_8))) {
            return SourceMap.record(parser);
        } catch (IOException e) {
            return SourceMap.empty();
        }
    }

    private static String decodeUtf8(Path file, byte[] bytes) throws InvalidInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw problem(file, 0, 0, "", "the file is not valid UTF-8 (bad byte sequence at offset "
                    + buffer.position() + ").", "JSON BOMs must be UTF-8; ask the supplier to re-export it.");
        } catch (CharacterCodingException e) {
            throw problem(file, 0, 0, "", "the file is not valid UTF-8.", "JSON BOMs must be UTF-8.");
        }
    }

    private static Bom typedModel(Path file, JsonNode tree) {
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
