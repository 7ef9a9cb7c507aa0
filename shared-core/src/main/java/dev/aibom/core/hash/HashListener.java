package dev.aibom.core.hash;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Progress of hashing, for logs. Called from the hashing threads, so implementations must be thread-safe.
 * {@link #progress} is called about every {@link FileHasher#PROGRESS_INTERVAL_BYTES} bytes of one file.
 */
public interface HashListener {
    HashListener NONE = new HashListener() {
    };

    default void started(Path file, long size) {
    }

    default void progress(Path file, long hashedBytes, long size) {
    }

    default void finished(Path file, long size, Duration took) {
    }

    /** The file's digests came from the hash cache: it was not read. */
    default void cached(Path file, long size) {
    }
}
