package dev.aibom.core.bom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Deterministic JSON text for BOMs: two-space indent, {@code \n} line ends on every OS, final newline. */
public final class BomJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY;
    /** Values into a generator: flushed with the generator, not after each (a write to the file per element). */
    private static final ObjectWriter VALUE = MAPPER.writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        PRETTY = MAPPER.writer(printer);
    }

    private BomJson() {
    }

    /** Writes the tree as {@link #pretty} does, straight into {@code out}; {@code compact}: on one line. */
    public static void write(JsonNode tree, boolean compact, java.io.OutputStream out) throws java.io.IOException {
        java.io.OutputStream open = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws java.io.IOException {
                flush(); // the caller closes the stream
            }
        };
        (compact ? MAPPER.writer() : PRETTY).writeValue(open, tree);
        out.write('\n');
    }

    /**
     * A generator that writes as {@link #write} does ({@code compact}: on one line), for a document written member by
     * member; it leaves {@code out} open. {@link #value} writes a tree into it.
     */
    public static JsonGenerator generator(OutputStream out, boolean compact)
            throws IOException {
        return (compact ? MAPPER.writer() : PRETTY).createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Writes {@code value} into a {@link #generator} as {@link #write} writes it inside a whole tree. */
    public static void value(JsonGenerator generator, JsonNode value) throws IOException {
        VALUE.writeValue(generator, value);
    }

    public static byte[] pretty(JsonNode tree) {
        try {
            return (PRETTY.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Drops every {@code null} member and empty object left behind, in place. cyclonedx-core-java 12.2.0 writes
     * {@code "contact": null} for a data governance party that is only an organization, which the schema rejects.
     */
    public static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> drop = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                removeNulls(field.getValue());
                if (field.getValue().isNull()) {
                    drop.add(field.getKey());
                }
            }
            object.remove(drop);
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                removeNulls(item);
            }
        }
    }
}
