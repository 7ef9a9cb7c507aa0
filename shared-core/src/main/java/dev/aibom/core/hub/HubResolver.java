package dev.aibom.core.hub;

import dev.aibom.core.AibomException;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Log;
import dev.aibom.core.Problem;
import dev.aibom.core.descriptor.DatasetDecl;
import dev.aibom.core.descriptor.HuggingFaceRef;
import dev.aibom.core.descriptor.ModelDecl;
import dev.aibom.core.descriptor.ValidDescriptor;
import dev.aibom.core.io.SourceMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.aibom.core.format.ModelFormat;

/**
 * Resolves every {@code hf://} reference of a descriptor (model sources, base models, dataset URLs) before the BOM is
 * built, and checks what the descriptor states against what the Hub serves for the commit: a declared
 * {@code sha256} must be the SHA-256 of one of the commit's files. Card metadata that contradicts the descriptor is
 * not an error here: the BOM records both, and the {@code hub-card-consistent} control judges them.
 */
public final class HubResolver {
    /** The folder, beside the descriptor, of the Hub metadata a project commits so that it builds offline. */
    public static final String PROJECT_CACHE = ".aibom/hub-cache";

    private HubResolver() {
    }

    /** The resolved references, by their text in the descriptor. */
    public record Resolved(Map<String, HubRepo> byReference) {
        public static final Resolved NONE = new Resolved(Map.of());

        public Resolved {
            byReference = Map.copyOf(byReference);
        }

        public Optional<HubRepo> of(String reference) {
            return Optional.ofNullable(reference == null ? null : byReference.get(reference));
        }
    }

    public static Resolved resolve(ValidDescriptor valid, HubOptions options, Log log) throws AibomException {
        Map<String, String> references = new LinkedHashMap<>(); // text -> pointer of its first use
        List<ModelDecl> models = valid.descriptor().models();
        for (int i = 0; i < models.size(); i++) {
            add(references, models.get(i).source(), "/models/" + i + "/source");
            add(references, models.get(i).baseModel(), "/models/" + i + "/baseModel");
        }
        List<DatasetDecl> datasets = valid.descriptor().datasets();
        for (int i = 0; i < datasets.size(); i++) {
            add(references, datasets.get(i).url(), "/datasets/" + i + "/url");
        }
        if (references.isEmpty()) {
            return Resolved.NONE;
        }
        Path projectFolder = valid.file().toAbsolutePath().getParent().resolve(PROJECT_CACHE);
        Optional<Path> projectCache = Files.isDirectory(projectFolder) ? Optional.of(projectFolder) : Optional.empty();
        HubClient client = new HubClient(options, log);
        Map<String, HubRepo> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> reference : references.entrySet()) {
            HuggingFaceRef ref = HuggingFaceRef.parse(reference.getKey());
            HubRepo repo;
            try {
                repo = client.resolve(ref, projectCache);
            } catch (AibomException e) {
                throw new AibomException(valid.file() + ", " + SourceMap.fieldOf(reference.getValue()) + " (line "
                        + valid.sourceMap().positionOf(reference.getValue()).line() + "): " + e.getMessage(), e);
            }
            log.info("hub: " + ref + (ref.pinned() ? "" : " -> " + repo.ref().commit()) + ": " + repo.files().size()
                    + " file" + (repo.files().size() == 1 ? "" : "s") + ", " + lfs(repo) + ", from "
                    + repo.origin().words() + (repo.origin() == HubRepo.Origin.PROJECT_CACHE
                    || repo.origin() == HubRepo.Origin.PROJECT_CACHE_CHECKED ? " (" + PROJECT_CACHE + ")" : ""));
            resolved.put(reference.getKey(), repo);
        }
        checkDeclaredHashes(valid, new Resolved(resolved));
        return new Resolved(resolved);
    }

    private static String lfs(HubRepo repo) {
        long hashed = repo.files().stream().filter(f -> f.sha256() != null).count();
        return hashed + " with a SHA-256 (LFS)";
    }

    private static void add(Map<String, String> references, String text, String pointer) {
        if (HuggingFaceRef.looksLikeOne(text)) {
            references.putIfAbsent(text, pointer);
        }
    }

    /** A declared sha256 of a Hub artifact must be one the Hub serves for that commit. */
    private static void checkDeclaredHashes(ValidDescriptor valid, Resolved resolved) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<ModelDecl> models = valid.descriptor().models();
        for (int i = 0; i < models.size(); i++) {
            check(valid, resolved.of(models.get(i).source()), models.get(i).sha256(), "/models/" + i + "/sha256",
                    problems);
        }
        List<DatasetDecl> datasets = valid.descriptor().datasets();
        for (int i = 0; i < datasets.size(); i++) {
            check(valid, resolved.of(datasets.get(i).url()), datasets.get(i).sha256(), "/datasets/" + i + "/sha256",
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("AI-BOM descriptor", valid.file(), problems);
        }
    }

    private static void check(ValidDescriptor valid, Optional<HubRepo> repo, String sha256, String pointer,
                              List<Problem> problems) {
        if (repo.isEmpty() || sha256 == null) {
            return;
        }
        List<HubFile> named = repo.get().filesWithSha256(sha256);
        if (named.size() > 1) {
            java.util.Set<String> formats = new java.util.TreeSet<>();
            named.forEach(f -> formats.add(ModelFormat.byName(f.path())
                    .map(ModelFormat::value).orElse("unknown")));
            if (formats.size() > 1) {
                SourceMap.Position position = valid.sourceMap().positionOf(pointer);
                problems.add(new Problem(valid.file(), position.line(), position.column(), SourceMap.fieldOf(pointer),
                        "the Hub serves the file with SHA-256 " + sha256 + " at " + repo.get().ref() + " under "
                                + named.size() + " names of different formats (" + String.join(", ", named.stream()
                                .map(f -> f.path() + ": " + ModelFormat.byName(f.path())
                                        .map(ModelFormat::value).orElse("unknown")).toList())
                                + "), so which format the deployment loads cannot be told.",
                        "ask the publisher to serve one name, or pin a commit that does."));
            }
            return;
        }
        if (!named.isEmpty()) {
            return;
        }
        List<String> lfs = repo.get().files().stream().filter(f -> f.sha256() != null)
                .map(f -> f.path() + " " + f.sha256().substring(0, 12) + "...").toList();
        SourceMap.Position position = valid.sourceMap().positionOf(pointer);
        problems.add(new Problem(valid.file(), position.line(), position.column(), SourceMap.fieldOf(pointer),
                "the Hub serves no file with SHA-256 " + sha256 + " at " + repo.get().ref() + " (" + (lfs.isEmpty()
                        ? "it lists no LFS file with a SHA-256" : "its LFS files: " + String.join(", ", lfs)) + ").",
                "check the sha256 and the commit: the file the deployment downloads must be one the commit serves."));
    }
}
