package dev.aibom.core.hash;

import dev.aibom.core.io.UnhashableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileHasherTest {
    @TempDir
    Path temp;

    /** The digests must agree with an independent implementation: coreutils' sha256sum and sha512sum. */
    @Test
    void digestsMatchCoreutils() throws Exception {
        Path file = randomFile("model.bin", 3 * 1024 * 1024 + 17);
        FileDigest digest = new FileHasher(Set.of(HashAlgorithm.SHA_512), 1, HashListener.NONE).hash(file).files().get(0);
        assertThat(digest.sha256()).isEqualTo(coreutils("sha256sum", file));
        assertThat(digest.hex().get(HashAlgorithm.SHA_512)).isEqualTo(coreutils("sha512sum", file));
        assertThat(digest.size()).isEqualTo(3 * 1024 * 1024 + 17);
    }

    @Test
    void folderDigestEqualsSha256sumOfTheManifest() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("weights"));
        randomFile("weights/b.bin", 1000);
        randomFile("weights/a.bin", 2000);
        Files.createDirectories(dir.resolve("sub"));
        randomFile("weights/sub/c.bin", 10);
        ArtifactDigest digest = FileHasher.sha256().hash(dir);
        assertThat(digest.directory()).isTrue();
        assertThat(digest.files()).extracting(FileDigest::relativePath).containsExactly("a.bin", "b.bin", "sub/c.bin");
        // `find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum` in the folder, minus the "./" prefix
        Process process = new ProcessBuilder("sh", "-c",
                "find . -type f -printf '%P\\n' | LC_ALL=C sort | xargs sha256sum | sha256sum")
                .directory(dir.toFile()).start();
        String expected = new String(process.getInputStream().readAllBytes()).split(" ")[0];
        assertThat(process.waitFor()).isZero();
        assertThat(digest.sha256()).isEqualTo(expected);
    }

    @Test
    void parallelAndSequentialHashingAgree() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(randomFile("f" + i + ".bin", 200_000 + i * 1000));
        }
        List<ArtifactDigest> sequential = new FileHasher(Set.of(), 1, HashListener.NONE).hashAll(files);
        List<ArtifactDigest> parallel = new FileHasher(Set.of(), 4, HashListener.NONE).hashAll(files);
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void listenerHearsAboutEveryFileAndProgressOnBigOnes() throws Exception {
        Path big = temp.resolve("big.bin");
        long size = FileHasher.PROGRESS_INTERVAL_BYTES + 5;
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[]{1}), size - 1); // sparse: cheap to create
        }
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        new FileHasher(Set.of(), 2, new HashListener() {
            @Override
            public void started(Path file, long length) {
                events.add("started " + file.getFileName() + " " + length);
            }

            @Override
            public void progress(Path file, long hashedBytes, long length) {
                events.add("progress " + hashedBytes);
            }

            @Override
            public void finished(Path file, long length, Duration took) {
                events.add("finished " + file.getFileName());
            }
        }).hashAll(List.of(big));
        assertThat(events).containsExactly("started big.bin " + size,
                "progress " + FileHasher.PROGRESS_INTERVAL_BYTES, "finished big.bin");
    }

    @Test
    void aMissingFileIsAnIoError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileHasher.sha256().hash(temp.resolve("nope")))
                .isInstanceOf(IOException.class);
    }

    private Path randomFile(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(name.hashCode()).nextBytes(bytes);
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    private static String coreutils(String command, Path file) throws Exception {
        Process process = new ProcessBuilder(command, file.toString()).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).isZero();
        return output.split(" ")[0];
    }

    // ------------------------------------------------------------------ files that change or are not files

    /** Runs {@code change} on another thread while the file is open for hashing, and waits for it. */
    private static HashListener whileHashing(java.util.function.Consumer<Path> change) {
        return new HashListener() {
            @Override
            public void started(Path file, long size) {
                Thread writer = new Thread(() -> change.accept(file), "second-writer");
                writer.start();
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Test
    void aFileRewrittenWhileItIsHashedIsAnErrorNotATornDigest() throws Exception {
        Path model = Files.write(temp.resolve("model.bin"), new byte[300_000]);
        FileHasher hasher = new FileHasher(Set.of(HashAlgorithm.SHA_256), 1, whileHashing(file -> {
            try {
                byte[] other = new byte[300_000];
                java.util.Arrays.fill(other, (byte) 7);
                Files.write(file, other); // same size, other bytes
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                        System.currentTimeMillis() + 5_000));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        assertThatThrownBy(() -> hasher.hash(model)).isInstanceOf(UnhashableFileException.class)
                .hasMessageStartingWith(model + " changed while it was being hashed (it was modified at ")
                .hasMessageEndingWith("); no digest was recorded. Run again once nothing writes to it.");
    }

    @Test
    void aFileTruncatedOrRemovedWhileItIsHashedIsAnErrorNamingIt() throws Exception {
        Path truncated = Files.write(temp.resolve("truncated.bin"), new byte[300_000]);
        FileHasher truncating = new FileHasher(Set.of(HashAlgorithm.SHA_256), 1, whileHashing(file -> {
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(1000);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        assertThatThrownBy(() -> truncating.hash(truncated))
                .hasMessageStartingWith(truncated + " changed while it was being hashed (its size went from 300000 to"
                        + " 1000 bytes)");
        Path removed = Files.write(temp.resolve("removed.bin"), new byte[300_000]);
        FileHasher removing = new FileHasher(Set.of(HashAlgorithm.SHA_256), 1, whileHashing(file -> {
            try {
                Files.delete(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        assertThatThrownBy(() -> removing.hash(removed)).isInstanceOf(UnhashableFileException.class)
                .hasMessage(removed + " disappeared while it was being hashed; run again once nothing writes to it.");
    }

    @Test
    void specialFilesAreRefusedNotHashedForeverOrSkipped() throws Exception {
        assertThatThrownBy(() -> FileHasher.sha256().hash(Path.of("/dev/zero")))
                .isInstanceOf(UnhashableFileException.class)
                .hasMessage("/dev/zero is not a regular file but a FIFO, device or socket; aibom hashes only regular"
                        + " files.");
        Path folder = Files.createDirectories(temp.resolve("weights"));
        Files.write(folder.resolve("a.bin"), new byte[10]);
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThatThrownBy(() -> FileHasher.sha256().hash(folder)).isInstanceOf(UnhashableFileException.class)
                .hasMessage(folder.resolve("pipe") + " is not a regular file but a FIFO, device or socket; aibom"
                        + " hashes only regular files. Remove it from " + folder + ", or name the model's files one"
                        + " by one.");
    }
}
