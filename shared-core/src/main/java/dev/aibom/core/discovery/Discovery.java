package dev.aibom.core.discovery;

import dev.aibom.core.format.ModelFormat;

import java.util.List;
import java.util.Objects;

/**
 * What a build really ships, found without the descriptor: AI libraries and SDKs among its dependencies, and model
 * files among the files it packages. The controls {@code shipped-models-declared} and {@code ai-sdks-declared}
 * compare it with what the BOM declares.
 *
 * @param dependencies the dependencies that the catalogue knows as AI libraries
 * @param files        model files, recognised by content
 * @param scanned      what was looked at, in words, for the reports ("12 runtime dependencies", "target/app.jar")
 * @param incomplete   what a bound (depth, bytes, entries) or an unreadable archive kept from being looked into, with
 *                     why: what ships there is not known
 */
public record Discovery(List<FoundLibrary> dependencies, List<FoundModelFile> files, List<String> scanned,
                        List<String> incomplete) {
    public Discovery {
        dependencies = List.copyOf(dependencies);
        files = List.copyOf(files);
        scanned = List.copyOf(scanned);
        incomplete = List.copyOf(incomplete);
    }

    public Discovery(List<FoundLibrary> dependencies, List<FoundModelFile> files, List<String> scanned) {
        this(dependencies, files, scanned, List.of());
    }

    /**
     * An AI library or SDK among the dependencies.
     *
     * @param coordinates {@code groupId:artifactId:version}
     * @param trail       how it came in: the project, then each dependency down to it
     * @param library     what the catalogue says about it
     */
    public record FoundLibrary(String coordinates, List<String> trail, Catalogue.Library library) {
        public FoundLibrary {
            Objects.requireNonNull(coordinates, "coordinates");
            trail = List.copyOf(trail);
            Objects.requireNonNull(library, "library");
        }

        /** "org.acme:app -> dev.langchain4j:langchain4j-open-ai:1.0.0". */
        public String origin() {
            return String.join(" -> ", trail);
        }
    }

    /**
     * A model file the build packages.
     *
     * @param path   where: {@code src/main/resources/models/intent.onnx}, or {@code target/app.jar!/models/intent.onnx}
     * @param sha256 its digest, to match it with a declared model or dataset
     */
    public record FoundModelFile(String path, ModelFormat format, String sha256, long size) {
        public FoundModelFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
