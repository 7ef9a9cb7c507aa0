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

    /** Where the corpus is: {@code -Daibom.conformance=DIR}, by default {@code ../shared/conformance}. */
    public static final String CONFORMANCE_PROPERTY = "aibom.conformance";
    /** {@code -Daibom.conformance.required=true}: an absent corpus fails the tests that need it (CI sets it). */
    public static final String REQUIRED_PROPERTY = "aibom.conformance.required";

    public static Path conformanceLocation() {
        String configured = System.getProperty(CONFORMANCE_PROPERTY, "");
        return configured.isBlank() ? repositoryRoot().resolveSibling("shared").resolve("conformance")
                : Path.of(configured).toAbsolutePath();
    }

    public static boolean conformancePresent() {
        return Files.isDirectory(conformanceLocation().resolve("cyclonedx-spec"));
    }

    public static boolean conformanceRequired() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"));
    }

    /**
     * The third-party test data (see its README). Tests that call this are annotated {@link NeedsConformance}, so
     * that they are skipped, not failed, on a machine without it - unless it is required.
     */
    public static Path conformance() {
        Path conformance = conformanceLocation();
        if (!conformancePresent()) {
            throw new IllegalStateException("the conformance corpus is required (-D" + REQUIRED_PROPERTY + "=true)"
                    + " but not at " + conformance + "; set -D" + CONFORMANCE_PROPERTY + "=DIR");
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

    /** Deletes {@code folder} and everything in it (a test's own temporary folder, made without {@code @TempDir}). */
    public static void deleteTree(java.nio.file.Path folder) throws java.io.IOException {
        try (var walk = java.nio.file.Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
