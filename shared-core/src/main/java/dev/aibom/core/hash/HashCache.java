package dev.aibom.core.hash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Digests of files that {@code generate} hashed before, so that an unchanged multi-GB model is not read again. An
 * entry is used only when the file's absolute path, size, modification time (to the file system's full precision)
 * and file key (the inode and device, where the platform has one) are all what they were when it was hashed, and it
 * holds every digest asked for. What it trusts: that a file whose size, time and inode did not change has the same
 * content - true unless someone rewrites a file in place and resets its time - and whoever can write the cache
 * folder. A file modified less than {@link #RACY} before it was hashed is not cached, because a change within the same
 * tick of the file system's clock would not show ("racy" entries, as git calls them). {@code verify} never uses the
 * cache: it must read the bytes.
 *
 * <p>Stored as {@code hashes.json} in the cache folder, written atomically at the end of a run (entries of other
 * files kept, so several builds can share a folder), with an HMAC-SHA256 of its entries under the user's
 * {@link CacheKey} (kept outside the project, in {@code ~/.aibom}). A cache file that cannot be read, or whose code does
 * not verify under this user's key (planted or edited in {@code target/}, restored by CI from another machine, made
 * by another user), is ignored with one warning and rewritten: the only cost is hashing again. Without a usable key
 * the cache is not used at all.
 */
public final class HashCache {
    /** How recent a modification must not be for an entry to be stored. */
    public static final Duration RACY = Duration.ofSeconds(2);
    static final String FILE = "hashes.json";
    private static final int VERSION = 2;
    private static final long MAX_CACHE_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final String problem;
    /** Empty when no key could be had: then nothing is looked up or stored. */
    private final Optional<CacheKey> key;
    private volatile boolean changed;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    /** One file's digests and what identified it. */
    record Entry(long size, String modified, String fileKey, Map<HashAlgorithm, String> digests) {
        Entry {
            Objects.requireNonNull(modified, "modified");
            digests = Map.copyOf(digests);
        }
    }

    private HashCache(Path folder, String problem, Optional<CacheKey> key) {
        this.folder = folder;
        this.problem = problem;
        this.key = key;
    }

    /**
     * The cache in {@code folder} (created when it is written), authenticated with the user's key in
     * {@code ~/.aibom}; an unreadable or unauthenticated cache file starts it empty.
     */
    public static HashCache in(Path folder) {
        try {
            return in(folder, CacheKey.load());
        } catch (IOException e) {
            return new HashCache(folder, "the per-user cache key cannot be used (" + e.getMessage() + "), so no"
                    + " cache is read or written", Optional.empty());
        }
    }

    /** The cache in {@code folder}, authenticated with {@code key}. */
    public static HashCache in(Path folder, CacheKey key) {
        Path file = folder.resolve(FILE);
        Optional<CacheKey> withKey = Optional.of(key);
        if (!Files.exists(file)) {
            return new HashCache(folder, null, withKey);
        }
        try {
            if (Files.size(file) > MAX_CACHE_BYTES) {
                return new HashCache(folder, "it is larger than " + MAX_CACHE_BYTES / (1024 * 1024) + " MiB",
                        withKey);
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("version").asInt() != VERSION || !root.path("files").isObject()) {
                return new HashCache(folder, "it is not an aibom hash cache of version " + VERSION, withKey);
            }
            if (!key.verifies(canonical(root.get("files")), root.path("mac").asText(null))) {
                return new HashCache(folder, "its entries are not authenticated by this user's cache key "
                        + key.file() + " (made by another user or machine, or changed since)", withKey);
            }
            HashCache cache = new HashCache(folder, null, withKey);
            for (var it = root.get("files").fields(); it.hasNext(); ) {
                var field = it.next();
                JsonNode node = field.getValue();
                Map<HashAlgorithm, String> digests = new EnumMap<>(HashAlgorithm.class);
                for (var d = node.path("digests").fields(); d.hasNext(); ) {
                    var digest = d.next();
                    HashAlgorithm.fromCycloneDxName(digest.getKey()).ifPresent(a -> digests.put(a,
                            digest.getValue().asText()));
                }
                if (node.path("size").canConvertToLong() && node.path("modified").isTextual() && !digests.isEmpty()) {
                    cache.entries.put(field.getKey(), new Entry(node.get("size").asLong(),
                            node.get("modified").asText(), node.path("fileKey").isTextual()
                            ? node.get("fileKey").asText() : null, digests));
                }
            }
            return cache;
        } catch (IOException | RuntimeException e) {
            return new HashCache(folder, "it cannot be read (" + e.getClass().getSimpleName() + ")", withKey);
        }
    }

    /**
     * The entries as the code covers them: compact JSON in the order written (sorted by path), so the same tree gives
     * the same bytes; any change, reordering included, fails the code.
     */
    private static byte[] canonical(JsonNode files) throws com.fasterxml.jackson.core.JsonProcessingException {
        return JSON.writeValueAsBytes(files);
    }

    /** Why the existing cache file was ignored, if it was. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public Path folder() {
        return folder;
    }

    /** How many files were answered from the cache. */
    public int hits() {
        return hits.get();
    }

    /** The cached digests of {@code file} as it is now ({@code attributes}), when all of {@code algorithms} are there. */
    Optional<Map<HashAlgorithm, String>> lookup(Path file, BasicFileAttributes attributes,
                                                Set<HashAlgorithm> algorithms) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = entries.get(key(file));
        if (entry == null || entry.size() != attributes.size()
                || !entry.modified().equals(attributes.lastModifiedTime().toInstant().toString())
                || !Objects.equals(entry.fileKey(), fileKey(attributes))
                || !entry.digests().keySet().containsAll(algorithms)) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(entry.digests());
    }

    /** Records what was hashed; {@code hashedAt} is when hashing started (a racy file is not stored). */
    void store(Path file, BasicFileAttributes attributes, Map<HashAlgorithm, String> digests, Instant hashedAt) {
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (!modified.plus(RACY).isBefore(hashedAt)) {
            entries.remove(key(file));
            return;
        }
        entries.put(key(file), new Entry(attributes.size(), modified.toString(), fileKey(attributes), digests));
        changed = true;
    }

    /** Writes the cache file when anything was added, atomically. */
    public void save() throws IOException {
        if (key.isEmpty() || (!changed && problem == null)) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("comment", "aibom generate's hash cache: delete it to hash everything again");
        ObjectNode files = root.putObject("files");
        for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
            ObjectNode node = files.putObject(e.getKey());
            node.put("size", e.getValue().size());
            node.put("modified", e.getValue().modified());
            if (e.getValue().fileKey() != null) {
                node.put("fileKey", e.getValue().fileKey());
            }
            ObjectNode digests = node.putObject("digests");
            new TreeMap<>(e.getValue().digests()).forEach((a, hex) -> digests.put(a.cycloneDxName(), hex));
        }
        root.put("mac", key.get().mac(canonical(files)));
        AtomicFiles.write(folder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static String fileKey(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return key == null ? null : key.toString();
    }
}
