package dev.aibom.core.job;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.control.BomView;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.control.ControlEngine;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.TemporaryFiles;
import dev.aibom.core.io.TemporaryStorageException;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A BOM read once, strictly, for a check or a review, without holding its components and services: as it is read,
 * its signatures are verified ({@link BomSignatures#verify(Path, ReadLimits, VerificationPolicy,
 * BomReader.ElementSink)}), its totals counted, what the file check needs of each component kept, and each top-level
 * component and service written, as it was read, to a temporary file with no name; the controls then judge it a slice
 * at a time ({@link ControlEngine.Source}), each slice read back from that file - what was judged is what was read and
 * verified, not the file on disk read again. The rest of the root (metadata, dependencies, declarations ...) is kept.
 */
final class StreamedBom implements ControlEngine.Source, AutoCloseable {
    private final String specVersion;
    private final ObjectNode root;
    private final BomView.Totals totals;
    private final VerificationReport signatures;
    private final ObjectNode fileFacts;
    private final Spool components;
    private final Spool services;

    private StreamedBom(String specVersion, ObjectNode root, BomView.Totals totals, VerificationReport signatures,
                        ObjectNode fileFacts, Spool components, Spool services) {
        this.specVersion = specVersion;
        this.root = root;
        this.totals = totals;
        this.signatures = signatures;
        this.fileFacts = fileFacts;
        this.components = components;
        this.services = services;
    }

    /**
     * Reads and judges {@code file} as {@code BomReader.read} does, verifying its signatures with {@code policy}.
     *
     * @param fileFacts keep what the file check needs of each component (only when the files are checked)
     */
    static StreamedBom read(Path file, ReadLimits limits, VerificationPolicy policy, boolean fileFacts)
            throws InvalidInputException, IOException {
        ObjectMapper mapper = new BomReader(limits).mapper();
        Spool components = new Spool(mapper);
        Spool services = new Spool(mapper);
        try {
            BomView.Totals.Counter counter = new BomView.Totals.Counter();
            Map<String, List<JsonNode>> others = new LinkedHashMap<>();
            ArrayNode factsOf = JsonNodeFactory.instance.arrayNode();
            BomSignatures.Read read = BomSignatures.verify(file, limits, policy, (member, index, element) -> {
                counter.element(member, element);
                switch (member) {
                    case "components" -> {
                        components.add(element);
                        if (fileFacts) {
                            factsOf.add(ArtifactIntegrity.facts(element));
                        }
                    }
                    case "services" -> services.add(element);
                    default -> others.computeIfAbsent(member, m -> new ArrayList<>()).add(element);
                }
            });
            ObjectNode root = read.root();
            // the root's other arrays are small (dependencies, external references, properties ...): kept whole
            others.forEach((member, elements) -> ((ArrayNode) root.get(member)).addAll(elements));
            counter.root(root);
            ObjectNode facts = JsonNodeFactory.instance.objectNode();
            facts.set("components", factsOf);
            components.finish();
            services.finish();
            return new StreamedBom(root.path("specVersion").asText(), root, counter.totals(), read.report(),
                    facts, components, services);
        } catch (InvalidInputException | IOException | RuntimeException e) {
            components.close();
            services.close();
            throw e;
        }
    }

    /** The version the BOM states ({@code 1.6}). */
    String specVersion() {
        return specVersion;
    }

    VerificationReport signatures() {
        return signatures;
    }

    /** What {@link ArtifactIntegrity#check} reads of the components. */
    JsonNode fileFacts() {
        return fileFacts;
    }

    @Override
    public BomView document() {
        return BomView.document(root, totals);
    }

    @Override
    public Iterable<BomView> slices() {
        return () -> new Iterator<>() {
            private final Iterator<JsonNode> componentsRead = components.read();
            private Iterator<JsonNode> servicesRead;
            private int componentIndex;
            private int serviceIndex;

            @Override
            public boolean hasNext() {
                if (componentsRead.hasNext()) {
                    return true;
                }
                if (servicesRead == null) {
                    servicesRead = services.read();
                }
                return servicesRead.hasNext();
            }

            @Override
            public BomView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                boolean component = componentsRead.hasNext();
                Iterator<JsonNode> elements = component ? componentsRead : servicesRead;
                List<JsonNode> slice = new ArrayList<>();
                while (elements.hasNext() && slice.size() < ControlEngine.SLICE) {
                    slice.add(elements.next());
                }
                int offset = component ? componentIndex : serviceIndex;
                if (component) {
                    componentIndex += slice.size();
                } else {
                    serviceIndex += slice.size();
                }
                return BomView.slice(root, component ? "components" : "services", offset, slice, totals);
            }
        };
    }

    /** The whole BOM, read back into one tree: only for a control that does not judge in slices. */
    @Override
    public BomView whole() {
        ObjectNode whole = JsonNodeFactory.instance.objectNode();
        root.properties().forEach(entry -> whole.set(entry.getKey(), entry.getValue()));
        if (root.has("components")) {
            components.read().forEachRemaining(whole.putArray("components")::add);
        }
        if (root.has("services")) {
            services.read().forEachRemaining(whole.putArray("services")::add);
        }
        return new BomView(whole);
    }

    @Override
    public void close() {
        components.close();
        services.close();
    }

    /**
     * The elements of one top-level array, written as read to a temporary file with no name (where the system allows;
     * elsewhere deleted on close), and read back in order as often as needed.
     */
    private static final class Spool implements AutoCloseable {
        private final ObjectMapper mapper;
        private final FileChannel channel;
        private final JsonGenerator out;

        Spool(ObjectMapper mapper) throws IOException {
            this.mapper = mapper;
            this.channel = TemporaryFiles.unnamed("aibom-bom-");
            // every node as it was read: a number too large for a double was read as infinity, which must come back a
            // number, not the text "Infinity" (Jackson's default)
            this.out = mapper.writer().without(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                    .createGenerator(TemporaryFiles.output(channel));
            // the channel stays open for reading when the generator is done
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }

        void add(JsonNode element) throws IOException {
            mapper.writeTree(out, element);
        }

        void finish() throws IOException {
            out.flush();
        }

        Iterator<JsonNode> read() {
            try {
                MappingIterator<JsonNode> elements = mapper.readerFor(JsonNode.class)
                        .with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                        .readValues(new java.io.BufferedInputStream(new From(channel), 64 * 1024));
                return elements;
            } catch (IOException e) {
                throw new UncheckedIOException(TemporaryStorageException.cannotReadBack(e));
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing what is deleted anyway
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // the file was deleted or is deleted with the process
            }
        }
    }

    /** The file from its start, by positional reads (the channel's own position is the writer's). */
    private static final class From extends InputStream {
        private final FileChannel channel;
        private long position;

        From(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = channel.read(ByteBuffer.wrap(bytes, offset, length), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
