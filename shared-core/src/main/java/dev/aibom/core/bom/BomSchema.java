package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final Dialect DRAFT_7 = Dialect.builder(Dialects.getDraft7())
            .keyword(new AnnotationKeyword("meta:enum"))
            .keyword(new AnnotationKeyword("deprecated"))
            .build();
    /**
     * Two registries of the same schemas that differ only in how they write where an error is: validity is decided
     * with the legacy paths ({@code $.components[0]}), which networknt builds at half the cost of JSON pointers (a
     * 20,000-component BOM: 661 against 1152 ms, warm); only a BOM with errors is validated again for the JSON
     * pointers the messages give.
     */
    private static final SchemaRegistry REGISTRY = registry(PathType.LEGACY);
    private static final SchemaRegistry POINTER_REGISTRY = registry(PathType.JSON_POINTER);
    private static final Map<SpecVersion, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<SpecVersion, Schema> POINTER_SCHEMAS = new ConcurrentHashMap<>();

    private static SchemaRegistry registry(PathType paths) {
        return SchemaRegistry.withDefaultDialect(DRAFT_7, builder -> builder
                .dialectRegistry(new BasicDialectRegistry(DRAFT_7))
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
                throw new java.io.FileNotFoundException("the CycloneDX schema " + resource + " is missing from"
                        + " aibom's class path");
            }
            return in;
        };
    }

    private static Schema schema(SpecVersion version) {
        return SCHEMAS.computeIfAbsent(version, v -> REGISTRY.getSchema(
                SchemaLocation.of(BASE + "bom-" + v.text() + ".schema.json")));
    }

    private static Schema pointerSchema(SpecVersion version) {
        return POINTER_SCHEMAS.computeIfAbsent(version, v -> POINTER_REGISTRY.getSchema(
                SchemaLocation.of(BASE + "bom-" + v.text() + ".schema.json")));
    }

    /** Schema errors of a JSON BOM, each with the JSON pointer of where it is; empty when valid. */
    public static List<SchemaError> validateJson(JsonNode bom, SpecVersion version) {
        if (schema(version).validate(bom).isEmpty()) {
            return List.of();
        }
        List<SchemaError> errors = pointerSchema(version).validate(bom).stream()
                .map(error -> new SchemaError(error.getInstanceLocation().toString(), error.getMessage()))
                .toList();
        if (errors.isEmpty()) {
            // the same schema with other paths cannot disagree; if it ever did, the BOM is still not valid
            throw new IllegalStateException("the CycloneDX " + version.text() + " schema found errors it cannot"
                    + " locate");
        }
        return errors;
    }

    /** XSD errors of a CycloneDX 1.6 XML BOM (the specification's XSD, see {@link XmlBoms}); empty when valid. */
    public static List<String> validateXml16(byte[] bom) {
        return XmlBoms.validate(bom);
    }
}
