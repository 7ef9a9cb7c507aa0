package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyclonedx.model.Bom;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A BOM read from disk that passed schema validation.
 *
 * <p>{@link #tree()} is the JSON exactly as read: the authority for signatures, controls and JSON-pointer evidence.
 * {@link #model()} is the same BOM in cyclonedx-core-java's model, for convenience, built on first use (signing and
 * the controls never need it). Where that library cannot represent the input it is approximated (data type
 * {@code definition} reads as {@code other}; the root {@code signature} is left out, because the library would read a
 * {@code chain} as {@code signers}) - use the tree for those.
 */
public final class LoadedBom {
    private final Path source;
    private final SpecVersion specVersion;
    private final JsonNode tree;
    private final SignatureForm signatureForm;
    private final Supplier<Bom> model;

    public LoadedBom(Path source, SpecVersion specVersion, JsonNode tree, Supplier<Bom> model,
                     SignatureForm signatureForm) {
        this.source = Objects.requireNonNull(source, "source");
        this.specVersion = Objects.requireNonNull(specVersion, "specVersion");
        this.tree = Objects.requireNonNull(tree, "tree");
        this.model = Lazy.of(model);
        this.signatureForm = Objects.requireNonNull(signatureForm, "signatureForm");
    }

    public Path source() {
        return source;
    }

    public SpecVersion specVersion() {
        return specVersion;
    }

    public JsonNode tree() {
        return tree;
    }

    /**
     * @throws IllegalStateException when cyclonedx-core-java cannot read this schema-valid BOM (a bug to report), or
     *                               for CycloneDX 1.7, which the library does not model (use the tree)
     */
    public Bom model() {
        return model.get();
    }

    public SignatureForm signatureForm() {
        return signatureForm;
    }

    public String serialNumber() {
        return tree.path("serialNumber").asText(null);
    }

    public int version() {
        return tree.path("version").asInt(1);
    }
}
