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
 * files kept, so several builds can share a folder). A cache file that cannot be read is ignored and rewritten: the
 * only cost is hashing again.
 */
public final class HashCache {
    /** How recent a modification must not be for an entry to be stored. */
    public static final Duration RACY = Duration.ofSeconds(2);
    static final String FILE = "hashes.json";
    private static final int VERSION = 1;
    private static final long MAX_CACHE_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final String problem;
    private volatile boolean changed;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    /** One file's digests and what identified it. */
    record Entry(long size, String modified, String fileKey, Map<HashAlgorithm, String> digests) {
        Entry {
            Objects.requireNonNull(modified, "modified");
            digests = Map.copyOf(digests);
        }
    }

    private HashCache(Path folder, String problem) {
        this.folder = folder;
        this.problem = problem;
    }

    /** The cache in {@code folder} (created when it is written); an unreadable cache file starts it empty. */
    public static HashCache in(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return new HashCache(folder, null);
        }
        try {
            if (Files.size(file) > MAX_CACHE_BYTES) {
                return new HashCache(folder, "it is larger than " + MAX_CACHE_BYTES / (1024 * 1024) + " MiB");
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("version").asInt() != VERSION || !root.path("files").isObject()) {
                return new HashCache(folder, "it is not an aibom hash cache of version " + VERSION);
            }
            HashCache cache = new HashCache(folder, null);
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
            return new HashCache(folder, "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
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
        if (!changed && problem == null) {
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
