package dev.aibom.core.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.bom.AibomProperties;
import dev.aibom.core.hash.ArtifactDigest;
import dev.aibom.core.hash.FileDigest;
import dev.aibom.core.hash.FileHasher;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.hash.HashListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that the model and data files on disk are still the ones a BOM records: every recorded file present with
 * the recorded digests, and no file in a recorded folder that the BOM does not list.
 */
public final class ArtifactIntegrity {
    /** What was found for one file. */
    public enum Status { OK, MISSING, MISMATCH, UNLISTED, OUTSIDE_PROJECT }

    /**
     * @param component bom-ref (or name) of the model or dataset
     * @param path      the file, relative to the base folder
     */
    public record Finding(String component, String path, Status status, String detail) {
        public String summary() {
            return status + " " + path + " (" + component + ")" + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    /** All findings; {@link #failures()} are those that are not {@code OK}. */
    public record Report(List<Finding> findings, int remoteArtifacts) {
        public Report {
            findings = List.copyOf(findings);
        }

        public List<Finding> failures() {
            return findings.stream().filter(f -> f.status() != Status.OK).toList();
        }

        public boolean passed() {
            return failures().isEmpty();
        }
    }

    private ArtifactIntegrity() {
    }

    /**
     * @param bom     the BOM's JSON tree
     * @param baseDir the folder the BOM's {@code aibom:artifact:path} values are relative to
     */
    public static Report check(JsonNode bom, Path baseDir, HashListener listener) throws IOException {
        Path base = baseDir.toAbsolutePath().normalize();
        // what the files really are: a link inside the folder that leads out of it is not the recorded file
        Path realBase = base.toRealPath();
        List<Finding> findings = new ArrayList<>();
        Map<Path, Expected> expected = new LinkedHashMap<>();
        int remote = 0;
        for (JsonNode component : bom.path("components")) {
            String ref = component.path("bom-ref").asText(component.path("name").asText());
            Optional<String> path = property(component, AibomProperties.ARTIFACT_PATH);
            String kind = property(component, AibomProperties.ARTIFACT_KIND).orElse("");
            if (kind.equals(AibomProperties.KIND_REMOTE)) {
                remote++;
                continue;
            }
            if (path.isEmpty()) {
                continue;
            }
            Path root = base.resolve(path.get()).normalize();
            if (!root.startsWith(base)) {
                findings.add(new Finding(ref, path.get(), Status.OUTSIDE_PROJECT, "the recorded path leaves " + base));
                continue;
            }
            Optional<String> escape = escapes(root, realBase);
            if (escape.isPresent()) {
                findings.add(new Finding(ref, path.get(), Status.OUTSIDE_PROJECT, escape.get()));
                continue;
            }
            if (kind.equals(AibomProperties.KIND_DIRECTORY)) {
                Set<String> listed = new TreeSet<>();
                for (JsonNode file : component.path("components")) {
                    String name = file.path("name").asText();
                    listed.add(name);
                    add(expected, findings, ref, base, realBase, root.resolve(name).normalize(),
                            path.get() + "/" + name, file);
                }
                if (Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    for (Path onDisk : FileHasher.listFiles(root)) {
                        String name = FileHasher.relativeName(root, onDisk);
                        if (!listed.contains(name)) {
                            findings.add(new Finding(ref, path.get() + "/" + name, Status.UNLISTED,
                                    "the folder has a file the BOM does not list"));
                        }
                    }
                }
            } else {
                add(expected, findings, ref, base, realBase, root, path.get(), component);
            }
        }
        List<Path> files = new ArrayList<>(expected.keySet());
        EnumSet<HashAlgorithm> algorithms = EnumSet.of(HashAlgorithm.SHA_256);
        expected.values().forEach(e -> algorithms.addAll(e.hashes.keySet()));
        List<ArtifactDigest> digests = new FileHasher(algorithms, 0, listener).hashAll(files);
        for (int i = 0; i < files.size(); i++) {
            Expected want = expected.get(files.get(i));
            FileDigest have = digests.get(i).files().get(0);
            String mismatch = "";
            for (Map.Entry<HashAlgorithm, String> hash : want.hashes.entrySet()) {
                if (!hash.getValue().equalsIgnoreCase(have.hex().get(hash.getKey()))) {
                    mismatch = hash.getKey().cycloneDxName() + " is " + have.hex().get(hash.getKey())
                            + ", the BOM records " + hash.getValue();
                    break;
                }
            }
            findings.add(new Finding(want.component, want.path, mismatch.isEmpty() ? Status.OK : Status.MISMATCH,
                    mismatch));
        }
        findings.sort(java.util.Comparator.comparing(Finding::path));
        return new Report(findings, remote);
    }

    private record Expected(String component, String path, Map<HashAlgorithm, String> hashes) {
    }

    /** Why a path that exists leads out of the base folder through a symbolic link, if it does. */
    private static Optional<String> escapes(Path path, Path realBase) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Path real = path.toRealPath();
            return real.startsWith(realBase) ? Optional.empty()
                    : Optional.of("it is a symbolic link to " + real + ", outside " + realBase);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.of("it is a symbolic link that leads nowhere");
        }
    }

    private static void add(Map<Path, Expected> expected, List<Finding> findings, String ref, Path base,
                            Path realBase, Path file, String shownPath, JsonNode node) throws IOException {
        if (!file.startsWith(base)) {
            findings.add(new Finding(ref, shownPath, Status.OUTSIDE_PROJECT, "the recorded path leaves " + base));
            return;
        }
        Optional<String> escape = escapes(file, realBase);
        if (escape.isPresent()) {
            findings.add(new Finding(ref, shownPath, Status.OUTSIDE_PROJECT, escape.get()));
            return;
        }
        if (!Files.isRegularFile(file)) {
            findings.add(new Finding(ref, shownPath, Status.MISSING, "the BOM records it, the disk does not have it"));
            return;
        }
        Map<HashAlgorithm, String> hashes = new LinkedHashMap<>();
        for (JsonNode hash : node.path("hashes")) {
            HashAlgorithm.fromCycloneDxName(hash.path("alg").asText())
                    .ifPresent(algorithm -> hashes.put(algorithm, hash.path("content").asText()));
        }
        if (hashes.isEmpty()) {
            findings.add(new Finding(ref, shownPath, Status.MISMATCH, "the BOM records no SHA-256 or SHA-512 for it"));
            return;
        }
        expected.put(file, new Expected(ref, shownPath, hashes));
    }

    private static Optional<String> property(JsonNode node, String name) {
        for (JsonNode property : node.path("properties")) {
            if (name.equals(property.path("name").asText())) {
                return Optional.of(property.path("value").asText());
            }
        }
        return Optional.empty();
    }
}
