package dev.aibom.core.bom;

import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.descriptor.ArtifactLocation;
import dev.aibom.core.descriptor.Descriptor;
import dev.aibom.core.descriptor.ValidDescriptor;
import dev.aibom.core.hash.ArtifactDigest;
import dev.aibom.core.hash.FileHasher;
import dev.aibom.core.io.SourceMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import dev.aibom.core.hash.HashCache;

/** The descriptor's artifacts hashed (through the hash cache when there is one), and the digests it declares checked. */
final class ArtifactHashes {
    private ArtifactHashes() {
    }

    static Map<String, ArtifactDigest> hash(ValidDescriptor descriptor, BomOptions options,
                                                             java.util.Optional<HashCache> cache)
            throws IOException {
        List<String> pointers = descriptor.artifacts().keySet().stream().sorted().toList();
        List<Path> paths = pointers.stream().map(p -> descriptor.artifacts().get(p).path()).toList();
        FileHasher hasher = new FileHasher(options.algorithms(), options.threads(), options.listener());
        List<ArtifactDigest> hashed = (cache.isPresent() ? hasher.withCache(cache.get()) : hasher).hashAll(paths);
        if (cache.isPresent()) {
            cache.get().save();
        }
        Map<String, ArtifactDigest> digests = new LinkedHashMap<>();
        for (int i = 0; i < pointers.size(); i++) {
            digests.put(pointers.get(i), hashed.get(i));
        }
        return digests;
    }

    static void checkDeclared(ValidDescriptor descriptor, Map<String, ArtifactDigest> digests)
            throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Descriptor d = descriptor.descriptor();
        for (int i = 0; i < d.models().size(); i++) {
            compare(descriptor, "/models/" + i, d.models().get(i).sha256(), digests, problems);
        }
        for (int i = 0; i < d.datasets().size(); i++) {
            compare(descriptor, "/datasets/" + i, d.datasets().get(i).sha256(), digests, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("AI-BOM descriptor", descriptor.file(), problems);
        }
    }

    private static void compare(ValidDescriptor descriptor, String pointer, String declared,
                                Map<String, ArtifactDigest> digests, List<Problem> problems) {
        ArtifactDigest actual = digests.get(pointer);
        if (declared == null || declared.isBlank() || actual == null
                || declared.equalsIgnoreCase(actual.sha256())) {
            return;
        }
        ArtifactLocation location = descriptor.artifacts().get(pointer);
        SourceMap.Position position = descriptor.sourceMap().positionOf(pointer + "/sha256");
        problems.add(new Problem(descriptor.file(), position.line(), position.column(),
                SourceMap.fieldOf(pointer + "/sha256"),
                "the declared sha256 " + declared.toLowerCase(Locale.ROOT) + " does not match "
                        + location.relativePath() + ", whose SHA-256 is " + actual.sha256() + ".",
                "if the file changed on purpose, update 'sha256'; otherwise restore the file that was approved."));
    }
}
