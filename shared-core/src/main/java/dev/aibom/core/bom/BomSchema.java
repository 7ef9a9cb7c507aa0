package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.cyclonedx.Version;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validation against the official CycloneDX JSON schemas and XSDs that cyclonedx-core-java bundles. JSON validation
 * uses the same validator (networknt) and the same schema files as that library, but keeps the compiled schema
 * (building it costs far more than validating) and reports where in the BOM each error is.
 */
public final class BomSchema {
    private static final String BASE = "http://cyclonedx.org/schema/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                    .schemaIdResolvers(resolvers -> resolvers.mappings(Map.of(
                            BASE + "spdx.schema.json", "classpath:spdx.schema.json",
                            BASE + "jsf-0.82.schema.json", "classpath:jsf-0.82.schema.json",
                            BASE + "bom-1.4.schema.json", "classpath:bom-1.4.schema.json",
                            BASE + "bom-1.5.schema.json", "classpath:bom-1.5.schema.json",
                            BASE + "bom-1.6.schema.json", "classpath:bom-1.6.schema.json"))));
    private static final Map<Version, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Schema EMAIL = REGISTRY.getSchema(
            BomJson.MAPPER.createObjectNode().put("type", "string").put("format", "idn-email"));

    /** One schema violation: where (JSON pointer into the BOM) and what. */
    public record SchemaError(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }

    private BomSchema() {
    }

    private static Schema schema(Version version) {
        return SCHEMAS.computeIfAbsent(version, v -> REGISTRY.getSchema(
                SchemaLocation.of(BASE + "bom-" + v.getVersionString() + ".schema.json")));
    }

    /** Schema errors of a JSON BOM; empty when valid. Supports 1.4, 1.5 and 1.6. */
    public static List<SchemaError> validateJson(JsonNode bom, Version version) {
        if (version.getVersion() < Version.VERSION_14.getVersion()) {
            throw new IllegalArgumentException("aibom validates CycloneDX 1.4-1.6 JSON, not " + version);
        }
        return schema(version).validate(bom).stream()
                .map(error -> new SchemaError(error.getInstanceLocation().toString(), error.getMessage()))
                .toList();
    }

    /** Whether the schema's {@code idn-email} format accepts the address (it checks the top-level domain too). */
    public static boolean isSchemaValidEmail(String address) {
        return EMAIL.validate(TextNode.valueOf(address)).isEmpty();
    }

    /** XSD errors of a CycloneDX 1.6 XML BOM (the specification's XSD, see {@link XmlBoms}); empty when valid. */
    public static List<String> validateXml16(byte[] bom) {
        return XmlBoms.validate(bom);
    }
}
