package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle for element-by-element validation: the very schema files aibom validates with (cyclonedx-core-java's
 * bundled 1.4-1.6, aibom's 1.7), validating the whole tree at once, as aibom did before it validated element by
 * element. Each error as {@code pointer: message}.
 */
final class BundledSchema {
    private static final String BASE = "http://cyclonedx.org/schema/";

    private BundledSchema() {
    }

    static List<String> errors(JsonNode bom, String version) {
        Map<String, String> contents = new HashMap<>();
        for (String name : List.of("spdx.schema.json", "jsf-0.82.schema.json", "bom-1.4.schema.json",
                "bom-1.5.schema.json", "bom-1.6.schema.json")) {
            contents.put(BASE + name, resource(org.cyclonedx.Version.class.getClassLoader(), name));
        }
        for (String name : List.of("bom-1.7.schema.json", "cryptography-defs.schema.json")) {
            contents.put(BASE + name, resource(BomSchema.class.getClassLoader(), "dev/aibom/core/schema/" + name));
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .pathType(PathType.JSON_POINTER).build())
                        .resourceLoaders(loaders -> loaders.resources(contents)));
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "bom-" + version + ".schema.json"));
        // the messages as aibom words them: a long enumeration cut to its first values (BomSchema.message)
        return schema.validate(bom).stream()
                .map(e -> e.getInstanceLocation() + ": " + BomSchema.message(e.getMessage())).toList();
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
