package dev.aibom.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
        return unnamed(TemporaryStorageException.folder(), prefix);
    }

    /**
     * {@link #unnamed(String)} in {@code folder}. A folder that cannot take it is a {@link TemporaryStorageException}
     * that names it.
     */
    public static FileChannel unnamed(Path folder, String prefix) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(folder, prefix, ".tmp");
        } catch (IOException e) {
            throw TemporaryStorageException.cannotCreate(folder, e);
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw TemporaryStorageException.cannotCreate(folder, e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Windows: an open file cannot be deleted; the channel's close deletes it
            }
        }
    }

    /**
     * A buffered stream that writes to {@code channel} from its position; closing it closes the channel. A write that
     * fails (the folder full) is a {@link TemporaryStorageException}, not a fault of whatever is being read.
     */
    public static OutputStream output(FileChannel channel) {
        return new BufferedOutputStream(new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    throw TemporaryStorageException.cannotWrite(e);
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        }, 1 << 16);
    }
}
