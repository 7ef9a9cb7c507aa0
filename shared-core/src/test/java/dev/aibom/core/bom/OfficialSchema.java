package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.aibom.core.TestFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent oracle: the CycloneDX specification repository's own schema files (in ../shared), served to the
 * validator under their official ids, not the copies bundled in cyclonedx-core-java that production code uses.
 */
public final class OfficialSchema {
    private static final String BASE = "http://cyclonedx.org/schema/";

    private OfficialSchema() {
    }

    public static List<String> errors(JsonNode bom, String version) {
        Path dir = TestFiles.conformance().resolve("cyclonedx-spec/schema");
        Map<String, String> contents = new HashMap<>();
        for (String name : List.of("spdx.schema.json", "jsf-0.82.schema.json", "cryptography-defs.schema.json",
                "bom-" + version + ".schema.json")) {
            try {
                contents.put(BASE + name, Files.readString(dir.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.resourceLoaders(loaders -> loaders.resources(contents)));
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "bom-" + version + ".schema.json"));
        return schema.validate(bom).stream().map(Object::toString).toList();
    }
}
