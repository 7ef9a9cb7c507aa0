package dev.aibom.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be hashed as it is: not a regular file, changed or gone while it was hashed, or a folder that
 * changed while it was listed. Its message names the file and says what to do; no torn hash is ever recorded.
 */
public final class UnhashableFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public UnhashableFileException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
