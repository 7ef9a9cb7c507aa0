package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.descriptor.ArtifactLocation;
import dev.aibom.core.modelsig.ModelSignatureResult;
import dev.aibom.core.modelsig.ModelSignatureVerifier;
import dev.aibom.core.descriptor.ValidDescriptor;
import dev.aibom.core.hash.ArtifactDigest;
import dev.aibom.core.hub.HubResolver;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import dev.aibom.core.hash.HashCache;

/**
 * Turns a validated descriptor into a CycloneDX 1.6 ML-BOM in three steps: the artifacts hashed and their declared
 * digests checked ({@link ArtifactHashes}; the Hub references were resolved before, {@link HubResolver}), the BOM
 * assembled with cyclonedx-core-java ({@link BomAssembler}), then what that library gets wrong repaired, the serial
 * number derived from the content, and the result validated against the schema. Nothing is written here; see
 * {@link BomWriter}.
 */
public final class BomGenerator {
    public static final Version SPEC_VERSION = Version.VERSION_16;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Name-based UUIDs of BOM contents live in their own namespace, so they never collide with other v5 UUIDs. */
    private static final UUID SERIAL_NAMESPACE = UUID.fromString("2a4f3c1e-7b65-4d0e-9a7c-61c0f5d3ab42");

    private BomGenerator() {
    }

    /**
     * @param hub the descriptor's {@code hf://} references, resolved ({@link HubResolver}); every one must be there
     */
    public static GeneratedBom generate(ValidDescriptor descriptor, BomOptions options, HubResolver.Resolved hub)
            throws AibomException, IOException {
        return generate(descriptor, options, hub, java.util.Optional.empty());
    }

    /** @param cache answers unchanged files (saved after hashing), see {@link HashCache} */
    public static GeneratedBom generate(ValidDescriptor descriptor, BomOptions options, HubResolver.Resolved hub,
                                        java.util.Optional<HashCache> cache)
            throws AibomException, IOException {
        Map<String, ArtifactDigest> digests = ArtifactHashes.hash(descriptor, options, cache);
        ArtifactHashes.checkDeclared(descriptor, digests);
        Map<String, ModelSignatureResult> signatures = modelSignatures(descriptor, options);
        Bom bom = new BomAssembler(descriptor, digests, options, hub, signatures).build();

        ObjectNode tree = (ObjectNode) BomGeneratorFactory.createJson(SPEC_VERSION, bom).toJsonNode();
        BomJson.removeNulls(tree);
        SpecVersion version = options.specVersion();
        if (version == SpecVersion.V1_7) {
            // cyclonedx-core-java 12.2.0 models up to 1.6; 1.7 only adds to it, so the 1.6 document is a 1.7 one
            // once it says so, and the 1.7 schema below is the judge of that
            tree.put("$schema", "http://cyclonedx.org/schema/bom-1.7.schema.json");
            tree.put("specVersion", "1.7");
        }
        ((ObjectNode) tree.get("metadata")).put("timestamp", TIMESTAMP.format(options.timestamp()));
        tree.remove("serialNumber");
        String serialNumber = "urn:uuid:" + nameBasedUuid(BomJson.pretty(tree));
        ObjectNode ordered = withSerialNumber(tree, serialNumber);

        List<BomSchema.SchemaError> errors = BomSchema.validateJson(ordered, version);
        if (!errors.isEmpty()) {
            // a bug in aibom, not in the user's input: say so, with the schema's words
            throw new AibomException("The generated BOM for " + descriptor.file() + " does not validate against the"
                    + " CycloneDX " + version.text() + " schema, so it was not written. Please report"
                    + " this as an aibom bug with the descriptor attached. Schema errors:\n  - "
                    + errors.stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n  - ")));
        }
        Optional<byte[]> xml = Optional.empty();
        if (options.xml()) {
            bom.setSerialNumber(serialNumber);
            xml = Optional.of(xml(bom, descriptor));
        }
        int components = descriptor.descriptor().models().size() + descriptor.descriptor().datasets().size();
        return new GeneratedBom(BomJson.pretty(ordered), ordered, xml, serialNumber, components);
    }

    /**
     * The OpenSSF Model Signing signature of each model that has one (a {@code model.sig} in its folder, or beside its
     * file), checked with the trust given for model signatures; by the model's artifact pointer.
     */
    private static Map<String, ModelSignatureResult> modelSignatures(ValidDescriptor descriptor, BomOptions options)
            throws AibomException, IOException {
        Map<String, ModelSignatureResult> results = new java.util.HashMap<>();
        for (Map.Entry<String, ArtifactLocation> entry : descriptor.artifacts().entrySet()) {
            if (!entry.getKey().startsWith("/models/")) {
                continue;
            }
            Optional<java.nio.file.Path> signature = ModelSignatureVerifier.signatureOf(entry.getValue().path());
            if (signature.isPresent()) {
                results.put(entry.getKey(), options.modelTrust().verifier().verify(signature.get()));
            }
        }
        return results;
    }

    /** The model signature file's path as the BOM records it: beside the artifact's recorded path. */
    static String signaturePath(ArtifactLocation location) {
        String relative = location.relativePath();
        if (location.directory()) {
            return (relative.endsWith("/") ? relative : relative + "/") + ModelSignatureVerifier.FILE;
        }
        int slash = relative.lastIndexOf('/');
        return (slash < 0 ? "" : relative.substring(0, slash + 1)) + ModelSignatureVerifier.FILE;
    }

    private static byte[] xml(Bom bom, ValidDescriptor descriptor) throws AibomException {
        try {
            byte[] xml = XmlBoms.repair(BomGeneratorFactory.createXml(SPEC_VERSION, bom).toXmlString()
                    .getBytes(StandardCharsets.UTF_8));
            List<String> errors = XmlBoms.validate(xml);
            if (!errors.isEmpty()) {
                throw new AibomException("The generated XML BOM for " + descriptor.file() + " does not validate"
                        + " against the CycloneDX " + SPEC_VERSION.getVersionString() + " XSD, so it was not written."
                        + " Please report this as an aibom bug. Schema errors:\n  - " + String.join("\n  - ", errors));
            }
            return xml;
        } catch (GeneratorException e) {
            throw new AibomException("cyclonedx-core-java could not write the XML BOM for " + descriptor.file()
                    + ": " + e.getMessage(), e);
        }
    }

    // serialNumber goes right after version, where every CycloneDX tool puts it
    private static ObjectNode withSerialNumber(ObjectNode tree, String serialNumber) {
        ObjectNode ordered = BomJson.MAPPER.createObjectNode();
        tree.fields().forEachRemaining(field -> {
            ordered.set(field.getKey(), field.getValue());
            if (field.getKey().equals("specVersion")) {
                ordered.put("serialNumber", serialNumber);
            }
        });
        return ordered;
    }

    static UUID nameBasedUuid(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            long msb = SERIAL_NAMESPACE.getMostSignificantBits();
            long lsb = SERIAL_NAMESPACE.getLeastSignificantBits();
            for (int i = 7; i >= 0; i--) {
                sha1.update((byte) (msb >>> (8 * i)));
            }
            for (int i = 7; i >= 0; i--) {
                sha1.update((byte) (lsb >>> (8 * i)));
            }
            byte[] hash = sha1.digest(content);
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (hash[i] & 0xff);
                low = (low << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(high, low);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }

}
