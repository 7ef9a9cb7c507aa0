package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A BOM read from disk that passed schema validation.
 *
 * @param tree  the JSON exactly as read: the authority for signatures, controls and JSON-pointer evidence
 * @param model the same BOM in cyclonedx-core-java's model, for convenience. Where that library cannot represent the
 *              input it is approximated (data type {@code definition} reads as {@code other}; the root
 *              {@code signature} is left out, because the library would read a {@code chain} as {@code signers}) -
 *              use the tree for those.
 */
public record LoadedBom(Path source, Version specVersion, JsonNode tree, Bom model, SignatureForm signatureForm) {
    public LoadedBom {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(specVersion, "specVersion");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(signatureForm, "signatureForm");
    }

    public String serialNumber() {
        return tree.path("serialNumber").asText(null);
    }

    public int version() {
        return tree.path("version").asInt(1);
    }
}
