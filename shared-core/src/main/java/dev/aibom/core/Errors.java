package dev.aibom.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import dev.aibom.core.io.TemporaryStorageException;
import dev.aibom.core.io.UnhashableFileException;

/**
 * How every front end words a failure that is not one of aibom's own messages, so that no stack trace or exception
 * class name reaches a user for a file that vanished, a permission, a full disk.
 */
public final class Errors {
    private Errors() {
    }

    /** An I/O failure in words: which file, what happened. */
    public static String describe(IOException e) {
        if (e instanceof UnhashableFileException || e instanceof TemporaryStorageException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist" + (missing.getReason() == null ? "" : " ("
                    + missing.getReason() + ")") + ". Check the path.";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + " cannot be accessed (permission denied). Check that the build may read and"
                    + " write it.";
        }
        if (e instanceof NotDirectoryException notDirectory) {
            return notDirectory.getFile() + " is not a folder.";
        }
        if (e instanceof FileSystemException fileSystem) {
            return fileSystem.getFile() + ": " + (fileSystem.getReason() == null ? "cannot be read or written"
                    : fileSystem.getReason()) + ".";
        }
        return "I/O error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Any failure in words: aibom's own message, an I/O failure described, or a bug named as one. */
    public static String describe(Throwable e) {
        if (e instanceof AibomException) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            return describe(io);
        }
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        return "internal error, a bug in aibom (please report it with what you ran): " + e;
    }

    /** Whether {@link #describe(Throwable)} words it as a bug (then the stack trace helps the report). */
    public static boolean isBug(Throwable e) {
        return !(e instanceof AibomException || e instanceof IOException || e instanceof UncheckedIOException);
    }
}
