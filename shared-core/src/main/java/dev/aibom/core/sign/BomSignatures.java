package dev.aibom.core.sign;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.BomSchema;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.io.AtomicFiles;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.SourceMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Signing and verifying CycloneDX BOMs. The JSON tree is signed and verified as read; it is never re-serialised
 * through cyclonedx-core-java's model, which would drop or reorder what it does not know.
 */
public final class BomSignatures {
    private BomSignatures() {
    }

    /**
     * A signed copy of the BOM's JSON tree (sharing the BOM's members; the BOM is not changed). The BOM passed the
     * schema when it was read and signing changes only the signature object, so only that is checked against the
     * schema of its version - validating the whole document a second time would double the work for nothing.
     */
    public static ObjectNode sign(LoadedBom bom, SigningKey key, SignOptions options) throws AibomException {
        ObjectNode signed = JsfSigner.sign((ObjectNode) bom.tree(), key, options);
        checkSchema(signed, signed.get(options.property()), bom.specVersion(), options.property());
        return signed;
    }

    /**
     * The signature object against the schema: with the default property only it changed; another member name is
     * judged with the root around it (whose top-level arrays may be empty: their elements passed when read).
     */
    private static void checkSchema(ObjectNode root, JsonNode signature, SpecVersion version, String property)
            throws AibomException {
        ObjectNode skeleton = BomJson.MAPPER.createObjectNode();
        if (property.equals(Jsf.DEFAULT_PROPERTY)) {
            skeleton.set("bomFormat", root.get("bomFormat"));
            skeleton.set("specVersion", root.get("specVersion"));
        } else {
            skeleton.setAll(root);
        }
        skeleton.set(property, signature);
        List<BomSchema.SchemaError> errors = BomSchema.validateJson(skeleton, version);
        if (!errors.isEmpty()) {
            throw new AibomException("The signed BOM does not validate against the CycloneDX "
                    + version + " schema, so it was not written: " + errors);
        }
    }

    /**
     * Reads {@code input} strictly, signs it and writes {@code output} atomically (they may be the same file), in the
     * layout of the input (a BOM on one line stays on one line). One streamed pass, memory not growing with the BOM:
     * each element of the top-level arrays is read alone ({@link BomReader#readRoot}), canonicalized into a
     * {@link Jcs.Spool} for the signature and written into the output; then the signature is computed over the root
     * with its arrays from the spool (as {@link #verify(Path, ReadLimits, VerificationPolicy, BomReader.ElementSink)}
     * checks it) and written as the root's last member. Nothing is written if the BOM is invalid. A signed BOM larger
     * than the read limit is not written: verify and check would refuse to read it.
     *
     * @return the signature object written (the value of the options' property)
     */
    public static JsonNode signFile(Path input, Path output, SigningKey key, SignOptions options, ReadLimits limits)
            throws AibomException, IOException {
        BomReader reader = new BomReader(limits);
        boolean compact = compact(reader.head(input, 64 * 1024 + 1));
        String property = options.property();
        JsonNode[] signature = new JsonNode[1];
        try (Jcs.Spool spool = new Jcs.Spool()) {
            AtomicFiles.<AibomException>write(output, out -> {
                JsonGenerator generator = BomJson.generator(out, compact);
                generator.writeStartObject();
                BomReader.Root read = reader.readRoot(input, new Copy(generator, spool, property));
                ObjectNode signed = JsfSigner.sign(spool.document(read.root()), key, options);
                checkSchema(read.root(), signed.get(property), read.specVersion(), property);
                generator.writeFieldName(property);
                BomJson.value(generator, signed.get(property));
                generator.writeEndObject();
                generator.flush();
                out.write('\n');
                signature[0] = signed.get(property);
            }, size -> {
                if (size > limits.maxBytes()) {
                    throw new AibomException("The signed BOM would be " + size + " bytes, more than the "
                            + limits.maxBytes() + " bytes that verify and check read in this JVM, so it was not"
                            + " written. " + limits.raiseHint());
                }
            });
        }
        return signature[0];
    }

    /**
     * Writes the BOM as it is read into the signed output, and canonicalizes each array element into the spool; the
     * signature property is left out (the new one is written last).
     */
    private static final class Copy implements BomReader.ElementSink {
        private final JsonGenerator generator;
        private final Jcs.Spool spool;
        private final String property;

        Copy(JsonGenerator generator, Jcs.Spool spool, String property) {
            this.generator = generator;
            this.spool = spool;
            this.property = property;
        }

        @Override
        public void member(String name, JsonNode value) throws IOException {
            if (!name.equals(property)) {
                generator.writeFieldName(name);
                BomJson.value(generator, value);
            }
        }

        @Override
        public void arrayStart(String name) throws IOException {
            if (!name.equals(property)) {
                generator.writeFieldName(name);
                generator.writeStartArray();
            }
        }

        @Override
        public void element(String member, int index, JsonNode element) throws IOException {
            spool.element(member, element);
            if (!member.equals(property)) {
                BomJson.value(generator, element);
            }
        }

        @Override
        public void arrayEnd(String name) throws IOException {
            if (!name.equals(property)) {
                generator.writeEndArray();
            }
        }
    }

    /** A BOM written on one line (no line break in its first 64 KiB): the signed BOM is written the same way. */
    static boolean compact(byte[] bytes) {
        int end = Math.min(bytes.length - 1, 64 * 1024);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                return false;
            }
        }
        return bytes.length > 2;
    }

    /**
     * Verifies the root signature(s) and every nested signature of the BOM: {@link Streamed} over the whole tree (no
     * element passed on its own), so that a tree and a streamed read are judged by one piece of code.
     */
    public static VerificationReport verify(LoadedBom bom, VerificationPolicy policy) {
        return new Streamed(policy).report(bom.tree());
    }

    /**
     * Reads the BOM file once without keeping it ({@code BomReader.readRoot}) and verifies its signatures as
     * {@link #verify(LoadedBom, VerificationPolicy)} would: each element of its top-level arrays is canonicalized into
     * a {@link Jcs.Spool} (for the root signature) and searched for nested signatures as it is read, and passed on to
     * {@code also}; then the root signature is checked over the root with its arrays from the spool.
     *
     * @return the report and the root (its top-level arrays empty)
     */
    public static Read verify(Path file, ReadLimits limits, VerificationPolicy policy, BomReader.ElementSink also)
            throws InvalidInputException, IOException {
        Streamed signatures = new Streamed(policy);
        try (Jcs.Spool spool = new Jcs.Spool()) {
            ObjectNode root = new BomReader(limits).readRoot(file, (member, index, element) -> {
                spool.element(member, element);
                signatures.element(member, index, element);
                also.element(member, index, element);
            }).root();
            return new Read(signatures.report(spool.document(root)), root);
        }
    }

    /** A BOM's signatures verified as it was read, and its root (top-level arrays empty). */
    public record Read(VerificationReport report, ObjectNode root) {
    }

    /**
     * Verifies the signatures of a BOM read without a tree ({@code BomReader.readRoot}): each element of its top-level
     * arrays is passed to {@link #element} as it is read (its nested signatures are verified then), and the root to
     * {@link #report}, its arrays standing as {@link Jcs.Spool} members so that the root signature covers the document
     * exactly as {@link #verify(LoadedBom, VerificationPolicy)} would. The same results, in the same order.
     */
    public static final class Streamed {
        private final VerificationPolicy policy;
        private final JsfVerifier verifier;
        private final Map<String, List<SignerResult>> nestedInArrays = new HashMap<>();

        public Streamed(VerificationPolicy policy) {
            this.policy = policy;
            this.verifier = new JsfVerifier(policy);
        }

        /** The next element of the top-level array {@code member}. */
        public void element(String member, int index, JsonNode element) {
            collectNested(element, "/" + SourceMap.segment(member) + "/" + index, verifier,
                    nestedInArrays.computeIfAbsent(member, m -> new ArrayList<>()));
        }

        /** The report, once the whole BOM has been read: {@code root} with its arrays as spooled members. */
        public VerificationReport report(JsonNode root) {
            List<SignerResult> rootSigners = root.has(Jsf.DEFAULT_PROPERTY)
                    ? verifier.verify(root, Jsf.DEFAULT_PROPERTY, "") : List.of();
            List<SignerResult> nested = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (nestedInArrays.containsKey(field.getKey())) {
                    nested.addAll(nestedInArrays.get(field.getKey()));
                } else if (!field.getKey().equals(Jsf.DEFAULT_PROPERTY)) {
                    collectNested(field.getValue(), "/" + SourceMap.segment(field.getKey()), verifier, nested);
                }
            }
            return new VerificationReport(root.has(Jsf.DEFAULT_PROPERTY), policy.requireSignature(), rootSigners,
                    nested, !policy.trustedKeys().isEmpty() || !policy.trustedRoots().isEmpty());
        }
    }

    /** Every signature nested in {@code node} (its own included), at {@code pointer}, into {@code results}. */
    private static void collectNested(JsonNode node, String pointer, JsfVerifier verifier,
                                      List<SignerResult> results) {
        if (node.isObject()) {
            if (node.get(Jsf.DEFAULT_PROPERTY) instanceof ObjectNode) {
                results.addAll(verifier.verify(node, Jsf.DEFAULT_PROPERTY, pointer));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(Jsf.DEFAULT_PROPERTY)) {
                    collectNested(field.getValue(), pointer + "/" + SourceMap.segment(field.getKey()), verifier,
                            results);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNested(node.get(i), pointer + "/" + i, verifier, results);
            }
        }
    }

}
