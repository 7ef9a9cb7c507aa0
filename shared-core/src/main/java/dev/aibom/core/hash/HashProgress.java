package dev.aibom.core.hash;

import dev.aibom.core.Log;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Hashing progress as log lines, the same in the Maven log, a Jenkins console and a command line writing to a file or
 * pipe: a file of at least {@link #BIG_FILE} gets a line when it starts, one about every
 * {@link FileHasher#PROGRESS_INTERVAL_BYTES} with rate and time left, and one when it is done, so that a multi-GB model
 * does not look like a hung build. With {@code everyFile}, every file gets its done line.
 */
public final class HashProgress implements HashListener {
    /** From this size on, a file's progress is logged. */
    public static final long BIG_FILE = 256L * 1024 * 1024;
    private final Log log;
    private final boolean everyFile;

    private HashProgress(Log log, boolean everyFile) {
        this.log = log;
        this.everyFile = everyFile;
    }

    /** Lines for big files only (build logs). */
    public static HashListener bigFiles(Log log) {
        return new HashProgress(log, false);
    }

    /** A done line for every file, and progress lines for big ones. */
    public static HashListener everyFile(Log log) {
        return new HashProgress(log, true);
    }

    @Override
    public void started(Path file, long size) {
        if (size >= BIG_FILE) {
            log.info("hashing " + shown(file) + " (" + bytes(size) + ")");
        }
    }

    @Override
    public void progress(Path file, long hashedBytes, long size) {
        log.info("  " + shown(file) + " " + hashedBytes * 100 / Math.max(1, size) + "% (" + bytes(hashedBytes)
                + " of " + bytes(size) + ")");
    }

    @Override
    public void finished(Path file, long size, Duration took) {
        if (everyFile || size >= BIG_FILE) {
            // a rate over less than a tenth of a second says nothing
            log.info("hashed " + shown(file) + " (" + bytes(size) + ")" + (took.toMillis() < 100 ? ""
                    : " in " + seconds(took) + " (" + rate(size, took) + ")"));
        }
    }

    /** The file relative to the working directory when it is below it, else as it is. */
    private static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** "512 B", "1.5 MiB", "4.0 GiB". */
    public static String bytes(long count) {
        if (count < 1024) {
            return count + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = count;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** "350 MiB/s". */
    public static String rate(long bytes, Duration took) {
        double seconds = Math.max(took.toNanos(), 1_000_000L) / 1e9;
        return bytes((long) (bytes / seconds)) + "/s";
    }

    /** "0.4 s", "12 s", "3 min 5 s". */
    public static String seconds(Duration took) {
        long millis = took.toMillis();
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long s = millis / 1000;
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
