package dev.aibom.core.discovery;

import dev.aibom.core.format.FormatInspector;
import dev.aibom.core.format.ModelFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import dev.aibom.core.io.RealPaths;
import dev.aibom.core.io.TemporaryStorageException;

/**
 * Finds what a build ships: its dependencies that the {@link Catalogue} knows, and model files - recognised by content,
 * whatever they are called - in folders (a project's resources) and archives: zip, jar, war and ear files (jars in
 * jars), tar, gzip (a {@code .tar.gz}, a gzipped single file), looked into to a bounded depth and number of bytes. What
 * a bound stops is recorded ({@link Discovery#incomplete()}), so that the shipped-models control says it could not be
 * evaluated instead of passing an archive it did not finish reading.
 */
public final class DiscoveryScanner {
    /** Archives inside archives are opened to this depth (a jar in a war in a zip is depth 3). */
    public static final int MAX_DEPTH = 4;
    /** Bytes extracted from archives in one scan, at most. */
    public static final long MAX_EXTRACTED = 8L * 1024 * 1024 * 1024;
    /** Entries of all archives in one scan, at most (a zip bomb of empty entries). */
    public static final int MAX_ENTRIES = 200_000;

    private DiscoveryScanner() {
    }

    /** A resolved dependency as a build tool sees it. */
    public record Dependency(String groupId, String artifactId, String version, List<String> trail) {
        public Dependency {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
            trail = List.copyOf(trail);
        }
    }

    /**
     * What to look at.
     *
     * @param dependencies the build's resolved dependencies (direct and transitive)
     * @param roots        folders and archives to look into
     * @param displayBase  paths under it are shown relative to it
     */
    public record Request(List<Dependency> dependencies, List<Path> roots, Path displayBase) {
        public Request {
            dependencies = List.copyOf(dependencies);
            roots = List.copyOf(roots);
            Objects.requireNonNull(displayBase, "displayBase");
        }
    }

    public static Discovery scan(Request request) throws IOException {
        return scan(request.dependencies(), request.roots(), request.displayBase());
    }

    /**
     * @param dependencies the build's resolved dependencies (direct and transitive)
     * @param roots        folders and archives to look into
     * @param displayBase  paths under it are shown relative to it
     */
    public static Discovery scan(List<Dependency> dependencies, List<Path> roots, Path displayBase)
            throws IOException {
        return scan(dependencies, roots, displayBase, MAX_EXTRACTED, MAX_DEPTH);
    }

    /** As {@link #scan(List, List, Path)}, with other bounds (tests). */
    static Discovery scan(List<Dependency> dependencies, List<Path> roots, Path displayBase, long maxExtracted,
                          int maxDepth) throws IOException {
        List<Discovery.FoundLibrary> libraries = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            Optional<Catalogue.Library> library = Catalogue.of(dependency.groupId(), dependency.artifactId());
            library.ifPresent(l -> libraries.add(new Discovery.FoundLibrary(dependency.groupId() + ":"
                    + dependency.artifactId() + ":" + dependency.version(), dependency.trail(), l)));
        }
        List<String> scanned = new ArrayList<>();
        if (!dependencies.isEmpty()) {
            scanned.add(dependencies.size() + (dependencies.size() == 1 ? " dependency" : " dependencies"));
        }
        Explorer explorer = new Explorer(maxExtracted, maxDepth);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                scanned.add(shown(root, displayBase));
                explorer.folder(root, displayBase);
            } else if (Files.isRegularFile(root)) {
                scanned.add(shown(root, displayBase));
                explorer.file(root, shown(root, displayBase), 0);
            } else {
                // a path the user named: missing or special (a FIFO, a device) is an error, not an empty scan
                throw Files.exists(root) ? new java.nio.file.FileSystemException(root.toString(), null,
                        "not a folder, an archive or a regular file, so there is nothing to look into for models")
                        : new java.nio.file.NoSuchFileException(root.toString(), null, "named to be looked into"
                        + " for models");
            }
        }
        explorer.files.sort(Comparator.comparing(Discovery.FoundModelFile::path));
        return new Discovery(libraries, explorer.files, scanned, explorer.incomplete);
    }

    /** Walks folders and archives, within the bounds, recording model files and what the bounds stopped. */
    private static final class Explorer {
        private final long maxExtracted;
        private final int maxDepth;
        private long extracted;
        private int entries;
        final List<Discovery.FoundModelFile> files = new ArrayList<>();
        final List<String> incomplete = new ArrayList<>();

        Explorer(long maxExtracted, int maxDepth) {
            this.maxExtracted = maxExtracted;
            this.maxDepth = maxDepth;
        }

        void folder(Path root, Path displayBase) throws IOException {
            List<Path> candidates;
            try (Stream<Path> walk = Files.walk(root)) {
                candidates = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : candidates) {
                file(file, shown(file, displayBase), 0);
            }
        }

        /** A file on disk or extracted: a model, an archive to look into, or neither (every file's bytes are read). */
        void file(Path file, String shown, int depth) throws IOException {
            ModelFormat format = FormatInspector.format(file);
            if (format != ModelFormat.UNKNOWN) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.add(new Discovery.FoundModelFile(shown, format, sha256(in), Files.size(file)));
                }
                return;
            }
            Optional<String> archive = archiveKind(file);
            if (archive.isEmpty()) {
                return;
            }
            if (depth >= maxDepth) {
                incomplete.add(shown + ": an archive nested more than " + maxDepth + " deep, not looked into");
                return;
            }
            switch (archive.get()) {
                case "zip" -> zip(file, shown, depth);
                case "tar" -> tar(file, shown, depth);
                default -> gzip(file, shown, depth);
            }
        }

        private void zip(Path archive, String shown, int depth) throws IOException {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                    ZipEntry entry = it.next();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (!entry(in, shown + "!/" + entry.getName(), depth)) {
                            return;
                        }
                    }
                }
            } catch (java.util.zip.ZipException | java.io.EOFException | Unreadable e) {
                incomplete.add(shown + ": a zip archive that cannot be read (" + reason(e) + ")");
            }
        }

        private void tar(Path archive, String shown, int depth) throws IOException {
            try (InputStream raw = Files.newInputStream(archive);
                 TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    if (!entry.isFile()) {
                        continue;
                    }
                    if (!entry(tar, shown + "!/" + entry.getName(), depth)) {
                        return;
                    }
                }
            } catch (TemporaryStorageException e) {
                throw e; // the copy of an entry could not be written: the machine's fault, not the archive's
            } catch (IOException | IllegalArgumentException e) {
                incomplete.add(shown + ": a tar archive that cannot be read (" + reason(e) + ")");
            }
        }

        private void gzip(Path archive, String shown, int depth) throws IOException {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
                String name = archive.getFileName().toString().replaceFirst("(?i)\\.(gz|tgz)$", "");
                entry(in, shown + "!/" + (name.isEmpty() ? "-" : name), depth);
            } catch (java.util.zip.ZipException | java.io.EOFException | Unreadable e) {
                // a bad header, cut short, or corrupt
                incomplete.add(shown + ": gzip data that cannot be read (" + reason(e) + ")");
            }
        }

        /**
         * One entry of an archive: copied aside within the byte budget (and hashed on the way), then judged as a
         * file one level deeper. Returns false when a bound stopped the look into this archive.
         */
        private boolean entry(InputStream in, String shown, int depth) throws IOException {
            if (++entries > MAX_ENTRIES) {
                incomplete.add(shown + ": more than " + MAX_ENTRIES + " archive entries in this scan, the rest not"
                        + " looked into");
                return false;
            }
            Path copy;
            try {
                copy = Files.createTempFile("aibom-discovery", ".entry");
            } catch (IOException e) {
                throw TemporaryStorageException.cannotWrite(e);
            }
            try {
                MessageDigest sha = newSha256();
                long left = maxExtracted - extracted;
                long written;
                try (OutputStream out = aside(copy)) {
                    written = copyAtMost(new DigestInputStream(in, sha), out, left);
                }
                extracted += Math.min(written, left);
                if (written > left) {
                    incomplete.add(shown + ": the look into archives stopped after " + maxExtracted + " bytes"
                            + " extracted, before the end of this entry");
                    return false;
                }
                ModelFormat format = FormatInspector.format(copy);
                if (format != ModelFormat.UNKNOWN) {
                    files.add(new Discovery.FoundModelFile(shown, format, HexFormat.of().formatHex(sha.digest()),
                            written));
                } else {
                    file(copy, shown, depth + 1);
                }
                return true;
            } finally {
                Files.deleteIfExists(copy);
            }
        }
    }

    /** Why an archive cannot be read, in its reader's words; "it ends early" when they are none (EOFException). */
    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e instanceof java.io.EOFException
                || e.getCause() instanceof java.io.EOFException ? "it ends early" : e.getClass().getSimpleName();
    }

    private static OutputStream aside(Path copy) throws TemporaryStorageException {
        try {
            return Files.newOutputStream(copy);
        } catch (IOException e) {
            throw TemporaryStorageException.cannotWrite(e);
        }
    }

    /**
     * Reading an archive's content failed (cut short, corrupt): the archive cannot be looked into, which is said by
     * name. Not a failure to write the copy aside ({@link TemporaryStorageException}).
     */
    private static final class Unreadable extends IOException {
        Unreadable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Copies at most {@code limit + 1} bytes: a result above {@code limit} means there was more. A read that fails is
     * {@link Unreadable}, a write that fails a {@link TemporaryStorageException}.
     */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (true) {
            int n;
            try {
                n = in.read(buffer, 0, (int) Math.min(buffer.length, Math.max(1, limit + 1 - total)));
            } catch (IOException e) {
                throw new Unreadable(e);
            }
            if (n <= 0) {
                break;
            }
            try {
                out.write(buffer, 0, n);
            } catch (IOException e) {
                throw TemporaryStorageException.cannotWrite(e);
            }
            total += n;
            if (total > limit) {
                break;
            }
        }
        return total;
    }

    /** zip (and jar, war, ear), tar or gzip, by content. */
    private static Optional<String> archiveKind(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of("zip");
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Optional.of("gzip");
        }
        if (head.length >= 262 && new String(head, 257, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("ustar")) {
            return Optional.of("tar");
        }
        return Optional.empty();
    }

    private static String shown(Path path, Path base) {
        return RealPaths.shown(path, base);
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest sha = newSha256();
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
