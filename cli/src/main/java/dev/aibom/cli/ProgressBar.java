package dev.aibom.cli;

import dev.aibom.core.hash.HashListener;
import dev.aibom.core.hash.HashProgress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Hashing progress for a person at a terminal: one line, from half a second on, redrawn at most ten times a second, with the bytes hashed
 * of the bytes started, the rate and the time left; cleared when the last file is done. Files are hashed in parallel,
 * so it shows them together. Hand-written: it is forty lines, and a progress-bar library would be a dependency of
 * every distribution for them.
 */
final class ProgressBar implements HashListener {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 24;
    private final PrintStream err;
    private final java.util.function.LongSupplier nanoTime;
    private final Map<Path, long[]> files = new HashMap<>();
    private long started;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err) {
        this(err, System::nanoTime);
    }

    ProgressBar(PrintStream err, java.util.function.LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    @Override
    public synchronized void started(Path file, long size) {
        if (files.isEmpty()) {
            started = nanoTime.getAsLong();
        }
        files.put(file, new long[]{0, size});
        draw(false);
    }

    @Override
    public synchronized void progress(Path file, long hashedBytes, long size) {
        files.computeIfAbsent(file, f -> new long[]{0, size})[0] = hashedBytes;
        draw(false);
    }

    @Override
    public synchronized void finished(Path file, long size, Duration took) {
        long[] state = files.computeIfAbsent(file, f -> new long[]{0, size});
        state[0] = size;
        boolean all = files.values().stream().allMatch(s -> s[0] >= s[1]);
        draw(all);
        if (all && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    private void draw(boolean force) {
        long now = nanoTime.getAsLong();
        // quick work needs no bar: start drawing after half a second
        if (!drawn && now - started < 5 * REDRAW_NANOS || !force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        long done = files.values().stream().mapToLong(s -> s[0]).sum();
        long total = Math.max(1, files.values().stream().mapToLong(s -> s[1]).sum());
        Duration elapsed = Duration.ofNanos(now - started);
        int filled = (int) (WIDTH * done / total);
        String eta = done == 0 ? "" : ", " + HashProgress.seconds(Duration.ofNanos((long) ((now - started)
                * ((double) (total - done) / done)))) + " left";
        err.print("\raibom: hashing [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done * 100 / total
                + "% " + HashProgress.bytes(done) + " of " + HashProgress.bytes(total) + ", "
                + HashProgress.rate(done, elapsed) + eta + "\033[K");
        err.flush();
        drawn = true;
    }
}
