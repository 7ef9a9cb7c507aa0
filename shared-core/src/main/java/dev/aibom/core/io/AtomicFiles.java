package dev.aibom.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that readers see either the old content or the complete new one, never half of it. */
public final class AtomicFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFiles() {
    }

    /** Writes a file readable by everyone (mode 644 on POSIX), like any build output. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    /** Writes a file only its owner may read (mode 600 on POSIX): private keys. */
    public static void writePrivate(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /** What writes the content into the temporary file (and may refuse to, throwing {@code E}: nothing is written). */
    public interface Content<E extends Exception> {
        void writeTo(java.io.OutputStream out) throws IOException, E;
    }

    /**
     * Streams the content into a temporary file beside {@code target}, then checks it and moves it into place: a big
     * file is never held in memory twice. {@code check} sees the temporary file's size and may refuse it (then nothing
     * is written).
     */
    public static <E extends Exception> void write(Path target, Content<E> content, SizeCheck<E> check)
            throws IOException, E {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            check.check(Files.size(temp));
            if (POSIX) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Refuses a written file by its size. */
    public interface SizeCheck<E extends Exception> {
        void check(long bytes) throws E;
    }

    private static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // created 600 on POSIX, so a private file is never readable by others, not even for a moment
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            if (POSIX && !ownerOnly) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
