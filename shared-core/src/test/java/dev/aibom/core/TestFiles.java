package dev.aibom.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Locations of the repository's examples and of the third-party conformance data beside the repository. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The repository root (the folder holding {@code examples/}), found from the module's working directory. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** {@code ../shared/conformance}: third-party test data (see its README). */
    public static Path conformance() {
        Path conformance = repositoryRoot().resolveSibling("shared").resolve("conformance");
        if (!Files.isDirectory(conformance)) {
            throw new IllegalStateException("the conformance data is expected at " + conformance);
        }
        return conformance;
    }

    public static Path example(String name) {
        return repositoryRoot().resolve("examples").resolve(name);
    }

    /** Copies a folder tree, so a test can change files without touching the repository. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                if (from.relativize(source).startsWith("target")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
