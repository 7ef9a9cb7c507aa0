package dev.aibom.core.descriptor;

import dev.aibom.core.io.SourceMap;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A descriptor that passed validation, with the artifacts it names resolved inside the project base folder.
 *
 * @param artifacts keyed by the JSON pointer of the model or dataset entry ({@code /models/0}, {@code /datasets/1})
 */
public record ValidDescriptor(
        Path file,
        Path baseDir,
        Descriptor descriptor,
        SourceMap sourceMap,
        Map<String, ArtifactLocation> artifacts) {

    public ValidDescriptor {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(sourceMap, "sourceMap");
        artifacts = Map.copyOf(artifacts);
    }

    public Optional<ArtifactLocation> artifact(String pointer) {
        return Optional.ofNullable(artifacts.get(pointer));
    }

    public Optional<SupplierDecl> supplier(String id) {
        return descriptor.suppliers().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
