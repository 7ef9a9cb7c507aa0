package dev.aibom.core.hash;

import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.job.GenerateJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** generate with a hash cache: unchanged files are not read again; any change of size, time or inode is. */
class HashCacheTest {
    @TempDir
    Path temp;
    Path project;
    Path cache;
    final List<Path> read = Collections.synchronizedList(new ArrayList<>());
    final List<String> lines = new ArrayList<>();
    static final FileTime PAST = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void setUp() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, PAST);
            }
        }
        cache = temp.resolve("cache");
    }

    private String generate() throws Exception {
        read.clear();
        lines.clear();
        HashListener listener = new HashListener() {
            @Override
            public void started(Path file, long size) {
                read.add(file);
            }
        };
        Path out = temp.resolve("bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, out, Optional.empty(),
                BomOptions.at(Instant.parse("2026-11-01T00:00:00Z")).withListener(listener).withHashCache(cache)),
                Log.of(lines::add, w -> lines.add("WARN " + w), e -> lines.add("ERROR " + e)));
        return Files.readString(out);
    }

    @Test
    void unchangedFilesAreNotReadAgainAndTheBomIsTheSame() throws Exception {
        String first = generate();
        int files = read.size();
        assertThat(files).isGreaterThan(3);
        assertThat(lines).contains("hash cache " + cache + ": 0 files unchanged since hashed (same path, size,"
                + " modification time and file key), not read again");
        assertThat(cache.resolve("hashes.json")).exists();

        String second = generate();
        assertThat(read).isEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(lines).contains("hash cache " + cache + ": " + files + " files unchanged since hashed (same path,"
                + " size, modification time and file key), not read again");
    }

    @Test
    void aChangedTimeSizeOrInodeIsReadAgain() throws Exception {
        Path model = project.resolve("models/credit-pd-logreg.pmml");
        String first = generate();
        // same size, same time, new content in a new file (another inode): the file key gives it away
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length - 1] ^= 1;
        Path replacement = Files.write(project.resolve("models/replacement.tmp"), bytes);
        Files.setLastModifiedTime(replacement, PAST);
        Files.move(replacement, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.getLastModifiedTime(model)).isEqualTo(PAST);
        String second = generate();
        assertThat(read).containsExactly(model);
        assertThat(second).isNotEqualTo(first);

        // a new time alone is enough to read it again
        Files.setLastModifiedTime(model, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        generate();
        assertThat(read).containsExactly(model);
    }

    @Test
    void aFileModifiedJustNowIsNotCachedAndABrokenCacheIsRebuilt() throws Exception {
        Path model = project.resolve("models/credit-pd-logreg.pmml");
        Files.setLastModifiedTime(model, FileTime.from(Instant.now()));
        generate();
        generate();
        assertThat(read).containsExactly(model); // racy: modified within the file system's tick of the hashing

        Files.writeString(cache.resolve("hashes.json"), "{not json");
        generate();
        assertThat(lines).anyMatch(l -> l.startsWith("WARN hash cache " + cache + ": the cache file is ignored and"
                + " rewritten, as it cannot be read ("));
        assertThat(read.size()).isGreaterThan(3);
        generate();
        assertThat(read).containsExactly(model);
    }

    @Test
    void aPlantedOrEditedCacheIsIgnoredWithOneWarningAndTheFilesAreHashed() throws Exception {
        Path model = project.resolve("models/credit-pd-logreg.pmml");
        String honest = generate();
        Path file = cache.resolve("hashes.json");
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        // an attacker who can write target/ records another digest for the model, keeping size, time and inode
        com.fasterxml.jackson.databind.node.ObjectNode entry = (com.fasterxml.jackson.databind.node.ObjectNode)
                root.path("files").get(model.toRealPath().toString());
        assertThat(entry).as("the cache has an entry for " + model).isNotNull();
        ((com.fasterxml.jackson.databind.node.ObjectNode) entry.get("digests")).put("SHA-256", "0".repeat(64));
        Files.writeString(file, root.toPrettyString());
        String afterEdit = generate();
        assertThat(afterEdit).isEqualTo(honest).doesNotContain("0".repeat(64));
        assertThat(read.size()).isGreaterThan(3);
        assertThat(lines.stream().filter(l -> l.startsWith("WARN "))).containsExactly("WARN hash cache " + cache
                + ": the cache file is ignored and rewritten, as its entries are not authenticated by this user's cache"
                + " key " + CacheKey.home().resolve(CacheKey.FILE) + " (made by another user or machine, or changed"
                + " since); every file is hashed again");

        // a cache made under another user's key (restored by CI from elsewhere) is no better
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        HashCache other = HashCache.in(cache, CacheKey.load(elsewhere.resolve(CacheKey.FILE)));
        assertThat(other.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("its entries are not"
                + " authenticated by this user's cache key " + elsewhere.resolve(CacheKey.FILE)));
        // the code also fails when the MAC is simply removed
        root.remove("mac");
        Files.writeString(file, root.toPrettyString());
        generate();
        assertThat(read.size()).isGreaterThan(3);
    }

    @Test
    void theKeyIsPrivateAndAKeyOthersMayReadIsRefused() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path keyFile = home.resolve(CacheKey.FILE);
        CacheKey key = CacheKey.load(keyFile);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(CacheKey.load(keyFile).mac(new byte[]{1})).isEqualTo(key.mac(new byte[]{1}));
        Files.setPosixFilePermissions(keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> CacheKey.load(keyFile)).hasMessage("the cache key " + keyFile + " may be read or"
                + " written by others (rw-r--r--); make it private (chmod 600) or delete it");
        // without a usable key, the cache is neither read nor written
        HashCache refused = HashCache.in(cache);
        assertThat(refused.problem()).isEmpty();
    }
}
