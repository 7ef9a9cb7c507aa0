package dev.aibom.core.descriptor;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a model's or dataset's files are in the build.
 *
 * @param path         absolute, normalised path
 * @param relativePath the path relative to the project base folder, with {@code /} separators, as recorded in the BOM
 */
public record ArtifactLocation(Path path, String relativePath, boolean directory) {
    public ArtifactLocation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("artifact path must be absolute: " + path);
        }
    }
}
