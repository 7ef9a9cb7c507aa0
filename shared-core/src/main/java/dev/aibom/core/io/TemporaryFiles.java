package dev.aibom.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Temporary files that nobody else sees and that nothing leaves behind. */
public final class TemporaryFiles {
    private TemporaryFiles() {
    }

    /**
     * A new temporary file in {@code java.io.tmpdir} (owner-only where the system has permissions), open for reading
     * and writing. Where the system allows (Linux, macOS) it has no name once opened, so it is gone when the process
     * ends, however it ends; elsewhere ({@code DELETE_ON_CLOSE}) it is deleted when the channel is closed.
     */
    public static FileChannel unnamed(String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".tmp");
        try {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Windows: an open file cannot be deleted; the channel's close deletes it
            }
        }
    }
}
