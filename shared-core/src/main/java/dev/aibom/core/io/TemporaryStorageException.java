package dev.aibom.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The temporary folder cannot take what a job keeps there (check and review a BOM's components and their findings,
 * sign and verify a large BOM's canonical form, in unnamed temporary files): a fault of the machine, not of the input,
 * worded with the folder and what to do.
 */
public final class TemporaryStorageException extends IOException {
    private static final String WHY = "That folder holds parts of a large BOM while aibom works (about the size of"
            + " the BOM, and check's and review's findings); point java.io.tmpdir at a writable folder with room, for"
            + " example -Djava.io.tmpdir=<folder> in JAVA_OPTS (command line), MAVEN_OPTS (Maven) or the agent's JVM"
            + " options (Jenkins)";

    private TemporaryStorageException(String message, IOException cause) {
        super(message, cause);
    }

    /** A temporary file could not be created in {@code folder}. */
    static TemporaryStorageException cannotCreate(Path folder, IOException cause) {
        return new TemporaryStorageException("cannot create a temporary file in " + folder + " (java.io.tmpdir): "
                + reason(cause) + ". " + WHY + ".", cause);
    }

    /** A temporary file in {@link #folder()} could not be written (the folder full, say). */
    public static TemporaryStorageException cannotWrite(IOException cause) {
        return new TemporaryStorageException("cannot write to a temporary file in " + folder() + " (java.io.tmpdir): "
                + reason(cause) + ". Is that folder full? " + WHY + ".", cause);
    }

    /** A temporary file in {@link #folder()} could not be read back. */
    public static TemporaryStorageException cannotReadBack(IOException cause) {
        return new TemporaryStorageException("cannot read back a temporary file in " + folder() + " (java.io.tmpdir): "
                + reason(cause) + ". " + WHY + ".", cause);
    }

    /** The folder temporary files go to ({@code java.io.tmpdir}), absolute. */
    public static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    private static String reason(IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (cause instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
