package dev.aibom.core.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.hash.ArtifactDigest;
import dev.aibom.core.hash.FileDigest;
import dev.aibom.core.hash.FileHasher;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.io.ProjectFolder;

import java.io.IOException;
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
    /** {@code AMBIGUOUS}: the BOM states conflicting paths or kinds for the item, so which file it records is unknown. */
    public enum Status { OK, MISSING, MISMATCH, UNLISTED, OUTSIDE_PROJECT, AMBIGUOUS }

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

    /** What the file check and the model signatures read of a component (and of the components in it), nothing more. */
    private static final List<String> FILE_FACTS = List.of("bom-ref", "purl", "name", "type",
            "hashes", "properties");

    /**
     * What {@link #check} reads of a top-level component: a BOM read a part at a time keeps only these, in a root's
     * {@code components}.
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode facts(JsonNode component) {
        com.fasterxml.jackson.databind.node.ObjectNode facts =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (!component.isObject()) {
            return facts;
        }
        for (String name : FILE_FACTS) {
            if (component.has(name)) {
                facts.set(name, component.get(name));
            }
        }
        if (component.path("components").isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode nested = facts.putArray("components");
            component.get("components").forEach(child -> nested.add(facts(child)));
        }
        return facts;
    }

    /**
     * @param bom     the BOM's JSON tree
     * @param baseDir the folder the BOM's {@code aibom:artifact:path} values are relative to
     */
    public static Report check(JsonNode bom, Path baseDir, HashListener listener) throws IOException {
        // what the files really are: a link inside the folder that leads out of it is not the recorded file
        ProjectFolder folder = ProjectFolder.of(baseDir);
        List<Finding> findings = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        int remote = 0;
        for (JsonNode component : bom.path("components")) {
            String ref = component.path("bom-ref").asText(component.path("name").asText());
            Optional<Finding> conflict = conflict(component, ref);
            if (conflict.isPresent()) {
                findings.add(conflict.get());
                continue;
            }
            Optional<String> path = property(component, AibomProperties.ARTIFACT_PATH);
            String kind = property(component, AibomProperties.ARTIFACT_KIND).orElse("");
            if (kind.equals(AibomProperties.KIND_REMOTE)) {
                remote++;
                continue;
            }
            if (path.isEmpty()) {
                continue;
            }
            ProjectFolder.Located root = folder.locate(path.get());
            if (root instanceof ProjectFolder.Outside outside) {
                findings.add(new Finding(ref, path.get(), Status.OUTSIDE_PROJECT, outside.why()));
                continue;
            }
            if (kind.equals(AibomProperties.KIND_DIRECTORY)) {
                Set<String> listed = new TreeSet<>();
                for (JsonNode file : component.path("components")) {
                    String name = file.path("name").asText();
                    listed.add(name);
                    add(expected, findings, ref, folder.locate(path.get() + "/" + name), file);
                }
                if (root instanceof ProjectFolder.Inside inside && inside.directory()) {
                    for (Path onDisk : FileHasher.listFiles(inside.path())) {
                        String name = FileHasher.relativeName(inside.path(), onDisk);
                        if (!listed.contains(name)) {
                            findings.add(new Finding(ref, path.get() + "/" + name, Status.UNLISTED,
                                    "the folder has a file the BOM does not list"));
                        }
                    }
                }
            } else {
                add(expected, findings, ref, root, component);
            }
        }
        List<Path> files = expected.stream().map(Expected::file).distinct().toList();
        EnumSet<HashAlgorithm> algorithms = EnumSet.of(HashAlgorithm.SHA_256);
        expected.forEach(e -> algorithms.addAll(e.hashes.keySet()));
        List<ArtifactDigest> digests = new FileHasher(algorithms, 0, listener).hashAll(files);
        Map<Path, FileDigest> byFile = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byFile.put(files.get(i), digests.get(i).files().get(0));
        }
        for (Expected want : expected) {
            FileDigest have = byFile.get(want.file());
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

    private record Expected(Path file, String component, String path, Map<HashAlgorithm, String> hashes) {
    }

    private static void add(List<Expected> expected, List<Finding> findings, String ref,
                            ProjectFolder.Located located, JsonNode node) {
        String shownPath = located.recorded();
        if (located instanceof ProjectFolder.Outside outside) {
            findings.add(new Finding(ref, shownPath, Status.OUTSIDE_PROJECT, outside.why()));
            return;
        }
        if (located instanceof ProjectFolder.Missing missing) {
            findings.add(new Finding(ref, shownPath, Status.MISSING, missing.why()));
            return;
        }
        ProjectFolder.Inside inside = (ProjectFolder.Inside) located;
        if (!inside.regularFile()) {
            findings.add(new Finding(ref, shownPath, Status.MISSING, "the BOM records a file, the disk has "
                    + (inside.directory() ? "a folder" : "no regular file") + " there"));
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
        // two recorded paths may lead to one file on disk: each is judged, the file is hashed once
        expected.add(new Expected(inside.path(), ref, shownPath, hashes));
    }

    /**
     * Conflicting values of the properties that say which file is recorded (path, kind): no file is checked for the
     * item - either value could be the one a reader takes - and the conflict is a failure, never a silent choice.
     */
    private static Optional<Finding> conflict(JsonNode component, String ref) {
        for (String name : List.of(AibomProperties.ARTIFACT_PATH, AibomProperties.ARTIFACT_KIND)) {
            Set<String> values = new java.util.LinkedHashSet<>();
            for (JsonNode property : component.path("properties")) {
                if (name.equals(property.path("name").asText())) {
                    values.add(property.path("value").asText());
                }
            }
            if (values.size() > 1) {
                return Optional.of(new Finding(ref, String.join(" | ", values), Status.AMBIGUOUS, "the BOM states"
                        + " conflicting values for " + name + ", so which file it records cannot be told"));
            }
        }
        return Optional.empty();
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
