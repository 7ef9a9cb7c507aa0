package dev.aibom.core.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.descriptor.HuggingFaceRef;
import dev.aibom.core.io.AtomicFiles;
import dev.aibom.core.io.InputFiles;
import dev.aibom.core.io.StrictJson;
import dev.aibom.core.net.Http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.aibom.core.Errors;
import dev.aibom.core.InvalidInputException;

/**
 * Resolves {@code hf://} references to a commit, its files (with the LFS SHA-256 of each large file) and its card
 * metadata: from the project's Hub cache, the Hub cache, or the Hub's API
 * ({@code GET /api/{models|datasets}/{repo}/revision/{revision}?blobs=true}, as {@code huggingface_hub}'s
 * {@code model_info(files_metadata=True)} asks it). A commit's metadata never changes, so cached commits never
 * expire; a branch or tag is always asked of the Hub, because it moves.
 */
public final class HubClient {
    /** The largest metadata answer accepted: a repository with tens of thousands of files stays well below. */
    static final long MAX_BODY = 32L * 1024 * 1024;
    private static final int CACHE_FORMAT = 1;
    private static final StrictJson JSON = new StrictJson(new ReadLimits(MAX_BODY, 64), "Hugging Face Hub answer",
            "Hub answer", "the Hub's JSON", "the Hub");

    private final HubOptions options;
    private final Log log;
    private boolean announced;

    public HubClient(HubOptions options, Log log) {
        this.options = options;
        this.log = log;
    }

    /**
     * @param projectCache a cache committed with the project (read, never written), if it has one
     * @throws AibomException naming the reference and what to do, for every way this can fail
     */
    public HubRepo resolve(HuggingFaceRef ref, Optional<Path> projectCache) throws AibomException {
        if (ref.pinned()) {
            if (projectCache.isPresent()) {
                Optional<HubRepo> cached = readCache(projectCache.get(), ref, HubRepo.Origin.PROJECT_CACHE);
                if (cached.isPresent()) {
                    return checked(cached.get(), cacheFile(projectCache.get(), ref));
                }
            }
            Optional<HubRepo> cached = readCache(options.cache(), ref, HubRepo.Origin.CACHE);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        if (options.offline()) {
            throw new AibomException(ref + ": offline, and " + (ref.pinned() ? "this commit is not in the Hub cache "
                    + options.cache() + projectCache.map(p -> " nor in the project's " + p).orElse("")
                    + ". Run once online to cache it, or commit its metadata to the project's Hub cache."
                    : "'" + ref.revision() + "' is a branch or tag, which only the Hub can resolve (it moves). Pin"
                    + " the commit in the descriptor: hf://" + (ref.type() == HuggingFaceRef.Type.DATASET
                    ? "datasets/" : "") + ref.repository() + "@<40-hex commit>."));
        }
        HubRepo fetched = fetch(ref);
        writeCache(fetched);
        return fetched;
    }

    /**
     * A committed cache entry is evidence, not truth: anyone who can change the repository can change it. When the
     * Hub can be asked, its answer for the commit must list the same files with the same SHA-256s; offline, or when
     * the Hub cannot be asked, the entry is used as it is and the BOM says so ({@code project-cache-unchecked}).
     */
    private HubRepo checked(HubRepo cached, Path file) throws AibomException {
        HuggingFaceRef ref = cached.ref();
        if (options.offline()) {
            return cached;
        }
        HubRepo fetched;
        try {
            fetched = fetch(ref);
        } catch (AibomException e) {
            log.warn("hub: " + ref + ": the Hub could not confirm the project's Hub cache entry " + file + " ("
                    + e.getMessage() + "); the BOM records that its files and SHA-256s come from the committed cache,"
                    + " unchecked (aibom:hub:metadataSource project-cache-unchecked)");
            return cached;
        }
        List<String> differences = new ArrayList<>();
        java.util.Map<String, HubFile> hub = new java.util.TreeMap<>();
        fetched.files().forEach(f -> hub.put(f.path(), f));
        java.util.Map<String, HubFile> ours = new java.util.TreeMap<>();
        cached.files().forEach(f -> ours.put(f.path(), f));
        for (HubFile mine : ours.values()) {
            HubFile theirs = hub.get(mine.path());
            if (theirs == null) {
                differences.add(mine.path() + " is not in the Hub's listing");
            } else if (!java.util.Objects.equals(lower(mine.sha256()), lower(theirs.sha256()))) {
                differences.add(mine.path() + " has SHA-256 " + (mine.sha256() == null ? "none" : mine.sha256())
                        + " in the cache, " + (theirs.sha256() == null ? "none" : theirs.sha256()) + " on the Hub");
            }
        }
        hub.keySet().stream().filter(path -> !ours.containsKey(path))
                .forEach(path -> differences.add(path + " is on the Hub but not in the cache entry"));
        if (!differences.isEmpty()) {
            throw new AibomException(ref + ": the project's Hub cache entry " + file + " disagrees with the Hub for"
                    + " this commit: " + String.join("; ", differences) + ". The committed cache is evidence, not"
                    + " truth: delete the entry and build once online (or copy the Hub's answer into it again).");
        }
        return fetched.from(HubRepo.Origin.PROJECT_CACHE_CHECKED);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------------ the Hub

    private HubRepo fetch(HuggingFaceRef ref) throws AibomException {
        if (!announced) {
            log.info("hub: " + options.endpoint() + " (" + (options.endpointOrigin().equals("default")
                    ? "default: " + HubOptions.ENDPOINT + " not set" : "from " + options.endpointOrigin()) + "); "
                    + (options.token().isPresent() ? "token from " + options.tokenVariable() : "no token ("
                    + HubOptions.TOKEN + " not set)"));
            announced = true;
        }
        URI uri = URI.create(options.endpoint() + "/api/" + ref.type().api() + "/" + ref.repository() + "/revision/"
                + URLEncoder.encode(ref.revision(), StandardCharsets.UTF_8).replace("+", "%20") + "?blobs=true");
        Http.Options http = Http.Options.of(options.timeout(), MAX_BODY).withHeader("Accept", "application/json");
        if (options.token().isPresent()) {
            http = http.withHeader("Authorization", "Bearer " + options.token().get());
        }
        Http.Response response = Http.fetch(uri, http, "Hugging Face Hub's metadata of " + ref);
        if (response.status() != 200) {
            throw refused(ref, response);
        }
        JsonNode tree;
        try {
            tree = JSON.parse(Path.of(ref.repository()), response.body());
        } catch (AibomException e) {
            throw malformed(ref, uri, "it is not the complete JSON object it should be");
        }
        HubRepo repo = parseHubAnswer(ref, tree, uri);
        if (!ref.pinned()) {
            log.warn("hub: " + ref + " is the " + (looksLikeTag(ref.revision()) ? "tag" : "branch") + " '"
                    + ref.revision() + "', now at commit " + repo.ref().commit() + "; the BOM records the commit. Pin"
                    + " it in the descriptor (" + repo.ref() + "): a branch or tag can move.");
        }
        return repo;
    }

    private static boolean looksLikeTag(String revision) {
        return revision.matches("v?\\d+(\\.\\d+)*.*");
    }

    private AibomException refused(HuggingFaceRef ref, Http.Response response) {
        int status = response.status();
        String code = response.headers().firstValue("X-Error-Code").orElse("");
        String where = "the Hub (" + options.endpoint() + ") answered HTTP " + status;
        String tokenHint = options.token().isPresent()
                ? "the token from " + options.tokenVariable() + " does not give access to it: check that the token's"
                + " account may read it (for a gated repository: has accepted its conditions on the Hub)"
                : "give a token of an account that may read it in " + HubOptions.TOKEN + " (or "
                + HubOptions.OLD_TOKEN + ")";
        if (code.equals("GatedRepo")) {
            return new AibomException(ref + ": " + where + ": the repository is gated; " + tokenHint + ".");
        }
        if (status == 401 || status == 403) {
            return new AibomException(ref + ": " + where + ": the repository does not exist, or it is private or"
                    + " gated. Check the name; " + tokenHint + ".");
        }
        if (status == 404 && code.equals("RevisionNotFound")) {
            return new AibomException(ref + ": " + where + ": " + ref.repository() + " has no revision '"
                    + ref.revision() + "'. Check the commit, branch or tag.");
        }
        if (status == 404) {
            return new AibomException(ref + ": " + where + ": there is no " + (ref.type() == HuggingFaceRef.Type.MODEL
                    ? "model" : "dataset") + " repository " + ref.repository() + (code.equals("RevisionNotFound")
                    ? "" : " (or no revision '" + ref.revision() + "' in it)") + ". Check the name"
                    + (ref.type() == HuggingFaceRef.Type.MODEL ? " (datasets are hf://datasets/<org>/<name>@...)"
                    : "") + ".");
        }
        return new AibomException(ref + ": " + where + ". Check the Hub URL (" + options.endpointOrigin() + ").");
    }

    private static AibomException malformed(HuggingFaceRef ref, URI uri, String why) {
        return new AibomException(ref + ": the Hub's answer from " + uri + " is malformed: " + why + ". Try again; if"
                + " it persists, check the Hub URL (a proxy or mirror may answer something else).");
    }

    /** The Hub's answer, checked: the commit it names, the repository it is about, safe file paths. */
    HubRepo parseHubAnswer(HuggingFaceRef ref, JsonNode tree, URI uri) throws AibomException {
        String sha = tree.path("sha").asText("");
        if (!sha.matches("[0-9a-f]{40}")) {
            throw malformed(ref, uri, "it names no commit ('sha')");
        }
        if (ref.pinned() && !sha.equals(ref.commit())) {
            throw malformed(ref, uri, "it describes commit " + sha + ", not the commit asked for");
        }
        String id = tree.path("id").asText("");
        if (id.isBlank()) {
            throw malformed(ref, uri, "it names no repository ('id'), so it cannot be told to be about "
                    + ref.repository());
        }
        if (!id.equalsIgnoreCase(ref.repository())) {
            throw new AibomException(ref + ": the Hub answered for the repository " + id + ": the repository was"
                    + " renamed or moved. Write its current name in the descriptor.");
        }
        List<HubFile> files = new ArrayList<>();
        JsonNode siblings = tree.path("siblings");
        if (!siblings.isArray()) {
            throw malformed(ref, uri, "it lists no files ('siblings')");
        }
        for (JsonNode sibling : siblings) {
            try {
                JsonNode lfs = sibling.path("lfs");
                String path = sibling.path("rfilename").isTextual() ? sibling.path("rfilename").asText() : null;
                long size = sibling.path("size").canConvertToLong() ? sibling.path("size").asLong()
                        : lfs.path("size").canConvertToLong() ? lfs.path("size").asLong() : -1;
                files.add(new HubFile(path, size, lfs.isObject() ? lfs.path("sha256").asText(null) : null,
                        sibling.path("blobId").isTextual() ? sibling.path("blobId").asText() : null));
            } catch (IllegalArgumentException e) {
                throw malformed(ref, uri, "a file entry is not usable: " + e.getMessage());
            }
        }
        Optional<String> twice = duplicate(files);
        if (twice.isPresent()) {
            throw malformed(ref, uri, "it lists the file " + twice.get() + " twice, so which of its SHA-256s holds"
                    + " cannot be told");
        }
        return new HubRepo(ref.at(sha), ref.pinned() ? Optional.empty() : Optional.of(ref.revision()),
                sorted(files), card(tree), HubRepo.Origin.HUB);
    }

    /** A path listed more than once, if any. */
    private static Optional<String> duplicate(List<HubFile> files) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return files.stream().map(HubFile::path).filter(path -> !seen.add(path)).findFirst();
    }

    private static List<HubFile> sorted(List<HubFile> files) {
        List<HubFile> copy = new ArrayList<>(files);
        copy.sort(java.util.Comparator.comparing(HubFile::path));
        return copy;
    }

    private static CardData card(JsonNode tree) {
        JsonNode card = tree.path("cardData");
        String license = text(card.path("license")).orElse(null);
        String pipeline = text(card.path("pipeline_tag")).or(() -> text(tree.path("pipeline_tag"))).orElse(null);
        String library = text(card.path("library_name")).or(() -> text(tree.path("library_name"))).orElse(null);
        JsonNode gated = tree.path("gated");
        return new CardData(license, list(card.path("base_model")), list(card.path("datasets")), pipeline, library,
                gated.isMissingNode() || gated.isNull() ? null : gated.asText());
    }

    private static Optional<String> text(JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            return Optional.of(node.asText().trim());
        }
        if (node.isArray() && node.size() == 1 && node.get(0).isTextual()) {
            return Optional.of(node.get(0).asText().trim());
        }
        return Optional.empty();
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual() && !node.asText().isBlank()) {
            values.add(node.asText().trim());
        } else if (node.isArray()) {
            node.forEach(item -> {
                if (item.isTextual() && !item.asText().isBlank()) {
                    values.add(item.asText().trim());
                }
            });
        }
        return values;
    }

    // ---------------------------------------------------------------------------------------------- the cache

    /** {@code <cache>/<models|datasets>/<org>/<name>/<commit>.json}. */
    static Path cacheFile(Path cache, HuggingFaceRef ref) {
        return cache.resolve(ref.type().api()).resolve(ref.namespace() == null ? "_" : ref.namespace())
                .resolve(ref.name()).resolve(ref.commit() + ".json");
    }

    private Optional<HubRepo> readCache(Path cache, HuggingFaceRef ref, HubRepo.Origin origin) throws AibomException {
        Path file = cacheFile(cache, ref);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            // a folder, a FIFO, a device or a link that leads nowhere is refused by name, as any input file
            bytes = InputFiles.read(file, MAX_BODY, new InputFiles.Kind("Hub cache entry", "delete it, and aibom"
                    + " fetches the metadata again."));
        } catch (InvalidInputException e) {
            throw new AibomException(ref + ": " + e.getMessage(), e);
        }
        try {
            JsonNode tree = JSON.parse(file, bytes);
            if (tree.path("aibomHubCache").asInt(0) != CACHE_FORMAT || !ref.repository().equalsIgnoreCase(
                    tree.path("repository").asText()) || !ref.commit().equals(tree.path("commit").asText())
                    || !ref.type().api().equals(tree.path("type").asText() + "s")) {
                throw new IllegalArgumentException("it is not the entry of " + ref);
            }
            List<HubFile> files = new ArrayList<>();
            for (JsonNode f : tree.path("files")) {
                files.add(new HubFile(f.path("path").asText(null), f.path("size").asLong(-1),
                        f.path("sha256").asText(null), f.path("blobId").asText(null)));
            }
            Optional<String> twice = duplicate(files);
            if (twice.isPresent()) {
                throw new IllegalArgumentException("it lists the file " + twice.get() + " twice");
            }
            JsonNode c = tree.path("card");
            CardData card = new CardData(c.path("license").asText(null), list(c.path("baseModels")),
                    list(c.path("datasets")), c.path("pipelineTag").asText(null), c.path("libraryName").asText(null),
                    c.path("gated").asText(null));
            return Optional.of(new HubRepo(ref, Optional.empty(), sorted(files), card, origin));
        } catch (IllegalArgumentException | AibomException e) {
            throw new AibomException(ref + ": the Hub cache entry " + file + " is damaged ("
                    + (e instanceof AibomException ? "not valid JSON" : e.getMessage()) + "). Delete it, and aibom"
                    + " fetches the metadata again.");
        }
    }

    private void writeCache(HubRepo repo) {
        Path file = cacheFile(options.cache(), repo.ref());
        try {
            AtomicFiles.write(file, cacheEntry(repo));
        } catch (IOException e) {
            log.warn("hub: cannot write the Hub cache entry " + file + " (" + Errors.describe(e)
                    + "); the next build asks the Hub again");
        }
    }

    /** A cache entry: what aibom uses of the Hub's answer, in a stable, reviewable form. */
    public static byte[] cacheEntry(HubRepo repo) {
        ObjectNode root = JsonMapperHolder.MAPPER.createObjectNode();
        root.put("aibomHubCache", CACHE_FORMAT);
        root.put("type", repo.ref().type().name().toLowerCase(Locale.ROOT));
        root.put("repository", repo.ref().repository());
        root.put("commit", repo.ref().commit());
        ArrayNode files = root.putArray("files");
        for (HubFile file : repo.files()) {
            ObjectNode entry = files.addObject();
            entry.put("path", file.path());
            if (file.size() >= 0) {
                entry.put("size", file.size());
            }
            if (file.sha256() != null) {
                entry.put("sha256", file.sha256());
            }
            if (file.blobId() != null) {
                entry.put("blobId", file.blobId());
            }
        }
        ObjectNode card = root.putObject("card");
        CardData data = repo.card();
        putIfPresent(card, "license", data.license());
        data.baseModels().forEach(card.withArray("baseModels")::add);
        data.datasets().forEach(card.withArray("datasets")::add);
        putIfPresent(card, "pipelineTag", data.pipelineTag());
        putIfPresent(card, "libraryName", data.libraryName());
        putIfPresent(card, "gated", data.gated());
        try {
            return (JsonMapperHolder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static final class JsonMapperHolder {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    }
}
