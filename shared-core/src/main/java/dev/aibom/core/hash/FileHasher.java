package dev.aibom.core.hash;

import dev.aibom.core.io.UnhashableFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Hashes model and data files: streaming in fixed-size chunks (constant memory whatever the file size), all
 * requested algorithms in one pass, several files in parallel.
 */
public final class FileHasher {
    public static final long PROGRESS_INTERVAL_BYTES = 256L * 1024 * 1024;
    // 1 MiB keeps the buffer in L2 cache while amortising system calls
    private static final int CHUNK_SIZE = 1024 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final Set<HashAlgorithm> algorithms;
    private final int threads;
    private final HashListener listener;
    private final HashCache cache;

    /**
     * @param algorithms digests to compute; SHA-256 is always added
     * @param threads    files hashed at once; 0 means one per available processor
     */
    public FileHasher(Set<HashAlgorithm> algorithms, int threads, HashListener listener) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
        EnumSet<HashAlgorithm> all = EnumSet.of(HashAlgorithm.SHA_256);
        all.addAll(algorithms);
        this.algorithms = Set.copyOf(all);
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        this.listener = listener == null ? HashListener.NONE : listener;
        this.cache = null;
    }

    private FileHasher(FileHasher base, HashCache cache) {
        this.algorithms = base.algorithms;
        this.threads = base.threads;
        this.listener = base.listener;
        this.cache = cache;
    }

    /** This hasher answering unchanged files from {@code cache} (see {@link HashCache} for what it trusts). */
    public FileHasher withCache(HashCache cache) {
        return new FileHasher(this, cache);
    }

    public static FileHasher sha256() {
        return new FileHasher(Set.of(HashAlgorithm.SHA_256), 0, HashListener.NONE);
    }

    /** Digests of one file or one folder (every regular file below it, recursively). */
    public ArtifactDigest hash(Path artifact) throws IOException {
        return hashAll(List.of(artifact)).get(0);
    }

    /** Digests of several artifacts, in the order given; all their files are hashed in parallel. */
    public List<ArtifactDigest> hashAll(List<Path> artifacts) throws IOException {
        List<List<Path>> filesPerArtifact = new ArrayList<>();
        Set<Path> allFiles = new LinkedHashSet<>();
        for (Path artifact : artifacts) {
            List<Path> files = Files.isDirectory(artifact) ? listFiles(artifact) : List.of(artifact);
            filesPerArtifact.add(files);
            allFiles.addAll(files);
        }
        Map<Path, FileDigest> digests = hashFiles(new ArrayList<>(allFiles));
        List<ArtifactDigest> result = new ArrayList<>();
        for (int i = 0; i < artifacts.size(); i++) {
            Path artifact = artifacts.get(i);
            boolean directory = Files.isDirectory(artifact);
            List<FileDigest> files = filesPerArtifact.get(i).stream().map(file -> {
                FileDigest digest = digests.get(file);
                String name = directory ? relativeName(artifact, file) : file.getFileName().toString();
                return new FileDigest(name, digest.size(), digest.hex());
            }).toList();
            result.add(new ArtifactDigest(directory, files, directory ? manifestDigest(files) : files.get(0).hex()));
        }
        return result;
    }

    /**
     * Every regular file below {@code dir}, sorted by relative path; symbolic links to regular files are listed (the
     * callers refuse those that leave the project). A FIFO, device or socket in the folder is an error, not a silent
     * omission; so is a folder that changes while it is listed.
     */
    public static List<Path> listFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.add(path);
                } else if (!attributes.isDirectory()) {
                    throw new UnhashableFileException(path, path + " is not a regular file but a FIFO, device or"
                            + " socket; aibom hashes only regular files. Remove it from " + dir + ", or name the"
                            + " model's files one by one.");
                }
            }
        } catch (NoSuchFileException | UncheckedIOException e) {
            Path gone = e instanceof NoSuchFileException missing ? Path.of(missing.getFile())
                    : e.getCause() instanceof NoSuchFileException missing ? Path.of(missing.getFile()) : dir;
            throw new UnhashableFileException(gone, "the folder " + dir + " changed while it was listed ("
                    + gone + " is gone); run again once nothing writes to it.");
        }
        files.sort(Comparator.comparing(p -> relativeName(dir, p)));
        return files;
    }

    /** {@code file} relative to {@code root} with {@code /} separators. */
    public static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    private Map<Path, FileDigest> hashFiles(List<Path> files) throws IOException {
        Map<Path, FileDigest> digests = new HashMap<>();
        if (threads == 1 || files.size() <= 1) {
            for (Path file : files) {
                digests.put(file, hashFile(file, reader(1), listener));
            }
            return digests;
        }
        java.util.concurrent.Executor reader = reader(Math.min(threads, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "aibom-hash");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileDigest>> futures = new ArrayList<>();
            // biggest first, so one large model does not start last and stretch the wall time
            List<Path> order = new ArrayList<>(files);
            order.sort(Comparator.comparingLong(FileHasher::sizeOrZero).reversed());
            // the files finish in any order; their lines are told in this order, so the log is the same every run
            InOrder told = new InOrder(order, listener);
            for (Path file : order) {
                futures.add(pool.submit(() -> hashFile(file, reader, told)));
            }
            for (int i = 0; i < order.size(); i++) {
                digests.put(order.get(i), futures.get(i).get());
            }
            return digests;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("hashing failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Hashes one regular file and checks that it is still the same file, with the same size and modification time, when
     * the last byte has been read: a file rewritten, truncated, replaced or removed while it is hashed would otherwise
     * get a digest of bytes that never were one file.
     */
    /**
     * Where the next chunk is read while one is digested: on a read-ahead thread when fewer files are hashed at once
     * than there are processors, else in the hashing thread itself (the cores are busy digesting).
     */
    private static java.util.concurrent.Executor reader(int filesAtOnce) {
        return filesAtOnce < Runtime.getRuntime().availableProcessors() ? READ_AHEAD : Runnable::run;
    }

    private FileDigest hashFile(Path file, java.util.concurrent.Executor reader, HashListener listener)
            throws IOException {
        long started = System.nanoTime();
        Map<HashAlgorithm, MessageDigest> digests = new EnumMap<>(HashAlgorithm.class);
        for (HashAlgorithm algorithm : algorithms) {
            digests.put(algorithm, newDigest(algorithm));
        }
        BasicFileAttributes before = attributes(file, "it was to be hashed");
        if (!before.isRegularFile()) {
            throw new UnhashableFileException(file, file + " is not a regular file but a "
                    + (before.isDirectory() ? "folder" : "FIFO, device or socket") + "; aibom hashes only regular"
                    + " files.");
        }
        long size = before.size();
        if (cache != null) {
            Optional<Map<HashAlgorithm, String>> known = cache.lookup(file, before, algorithms);
            if (known.isPresent()) {
                Map<HashAlgorithm, String> hex = new EnumMap<>(HashAlgorithm.class);
                algorithms.forEach(a -> hex.put(a, known.get().get(a)));
                listener.cached(file, size);
                return new FileDigest(file.getFileName().toString(), size, hex);
            }
        }
        java.time.Instant hashingStarted = java.time.Instant.now();
        long hashed = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            listener.started(file, size);
            // a small file gets a small buffer (one byte more than its size, so the end shows in one extra read), but
            // never a tiny one, in case the size the file system reports is not the size there is to read
            int capacity = (int) Math.min(CHUNK_SIZE, Math.max(size + 1, 64 * 1024));
            // two buffers: the next chunk is read while this one is digested - on another thread when a core is
            // spare (then the copy out of the page cache does not add to the digest's time), else in this thread,
            // through the same code (shared-core/bench/hash-throughput.sh: one 1 GiB file 0.89x -> 1.1x openssl)
            ByteBuffer current = ByteBuffer.allocate(capacity);
            ByteBuffer spare = ByteBuffer.allocate(capacity);
            long nextReport = PROGRESS_INTERVAL_BYTES;
            int read = channel.read(current);
            while (read >= 0) {
                ByteBuffer ahead = spare.clear();
                CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> {
                    try {
                        return channel.read(ahead);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, reader);
                byte[] array = current.array();
                for (MessageDigest digest : digests.values()) {
                    digest.update(array, 0, read);
                }
                hashed += read;
                if (hashed > size) {
                    throw changed(file, "it grew");
                }
                if (hashed >= nextReport) {
                    listener.progress(file, hashed, size);
                    nextReport += PROGRESS_INTERVAL_BYTES;
                }
                read = readAhead(next);
                spare = current.clear();
                current = ahead;
            }
        } catch (NoSuchFileException e) {
            throw new UnhashableFileException(file, file + " disappeared before it could be hashed; run again once"
                    + " nothing writes to it.");
        }
        BasicFileAttributes after = attributes(file, "it was being hashed");
        if (hashed != size || after.size() != size) {
            throw changed(file, "its size went from " + size + " to " + after.size() + " bytes");
        }
        if (!after.lastModifiedTime().equals(before.lastModifiedTime())) {
            throw changed(file, "it was modified at " + after.lastModifiedTime());
        }
        if (before.fileKey() != null && !before.fileKey().equals(after.fileKey())) {
            throw changed(file, "it was replaced by another file");
        }
        Map<HashAlgorithm, String> hex = new EnumMap<>(HashAlgorithm.class);
        digests.forEach((algorithm, digest) -> hex.put(algorithm, HEX.formatHex(digest.digest())));
        if (cache != null) {
            cache.store(file, after, hex, hashingStarted);
        }
        listener.finished(file, size, Duration.ofNanos(System.nanoTime() - started));
        return new FileDigest(file.getFileName().toString(), size, hex);
    }

    /** Reads the next chunk of a file being hashed; daemon threads, so a hung read never keeps the JVM alive. */
    private static final ExecutorService READ_AHEAD = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "aibom-read-ahead");
        thread.setDaemon(true);
        return thread;
    });

    private static int readAhead(CompletableFuture<Integer> next) throws IOException {
        try {
            return next.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("reading failed", e.getCause());
        } catch (InterruptedException e) {
            next.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing", e);
        }
    }

    private static BasicFileAttributes attributes(Path file, String when) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnhashableFileException(file, file + " disappeared while " + when + "; run again once nothing"
                    + " writes to it.");
        }
    }

    private static UnhashableFileException changed(Path file, String how) {
        return new UnhashableFileException(file, file + " changed while it was being hashed (" + how + "); no digest"
                + " was recorded. Run again once nothing writes to it.");
    }

    private Map<HashAlgorithm, String> manifestDigest(List<FileDigest> files) {
        Map<HashAlgorithm, String> aggregate = new EnumMap<>(HashAlgorithm.class);
        for (HashAlgorithm algorithm : algorithms) {
            MessageDigest digest = newDigest(algorithm);
            for (FileDigest file : files) {
                digest.update((file.hex().get(algorithm) + "  " + file.relativePath() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            aggregate.put(algorithm, HEX.formatHex(digest.digest()));
        }
        return aggregate;
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static MessageDigest newDigest(HashAlgorithm algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.jdkName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jdkName() + " is missing from this JDK", e);
        }
    }

    /**
     * Passes the started and progress events on as they come (they are about big files, and are timed anyway) and the
     * finished and cached ones in the order of the file list: a file's line waits for the lines of the files before it.
     */
    private static final class InOrder implements HashListener {
        private final Map<Path, Integer> position = new HashMap<>();
        private final Runnable[] pending;
        private final HashListener listener;
        private int next;

        InOrder(List<Path> order, HashListener listener) {
            for (int i = 0; i < order.size(); i++) {
                position.putIfAbsent(order.get(i), i);
            }
            this.pending = new Runnable[order.size()];
            this.listener = listener;
        }

        @Override
        public void started(Path file, long size) {
            listener.started(file, size);
        }

        @Override
        public void progress(Path file, long hashedBytes, long size) {
            listener.progress(file, hashedBytes, size);
        }

        @Override
        public void finished(Path file, long size, Duration took) {
            tell(file, () -> listener.finished(file, size, took));
        }

        @Override
        public void cached(Path file, long size) {
            tell(file, () -> listener.cached(file, size));
        }

        private synchronized void tell(Path file, Runnable event) {
            Integer at = position.get(file);
            if (at == null || pending[at] != null) {
                event.run();
                return;
            }
            pending[at] = event;
            while (next < pending.length && pending[next] != null) {
                pending[next++].run();
            }
        }
    }
}
