package dev.aibom.core;

import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import java.util.Map;

/**
 * E-mail addresses as the CycloneDX schemas judge them: JSON Schema's {@code idn-email} format (draft-07, as
 * networknt implements it, top-level domain included), so that an address the descriptor accepts also validates in
 * the BOM that carries it.
 */
public final class Emails {
    private static final Schema EMAIL = SchemaRegistry.withDefaultDialect(Dialects.getDraft7(),
                    builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)))
            .getSchema(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                    Map.of("type", "string", "format", "idn-email")));

    private Emails() {
    }

    /** Whether the schema's {@code idn-email} format accepts the address. */
    public static boolean isSchemaValid(String address) {
        return EMAIL.validate(TextNode.valueOf(address)).isEmpty();
    }
}
