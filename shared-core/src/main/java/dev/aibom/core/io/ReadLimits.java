package dev.aibom.core.io;

/**
 * Bounds on untrusted BOM input, so that a hostile or huge file cannot exhaust memory or the stack.
 *
 * <p>Reading a BOM needs memory proportional to it: up to {@link #MEMORY_FACTOR} times its size for the decoded text,
 * the JSON tree and its validation (measured: a 33 MB BOM of long texts needs 200-256 MiB of heap, a 22 MB BOM of
 * many tiny values 300-384 MiB). The default limit is therefore derived from the heap this JVM may use - a sixteenth
 * of it, at most {@link #MAX_DEFAULT_BYTES} - so that a BOM under the limit is read, and a larger one is refused with
 * a message instead of ending in an {@code OutOfMemoryError}.
 *
 * @param maxBytes largest file accepted
 * @param maxDepth deepest nesting of objects and arrays accepted
 */
public record ReadLimits(long maxBytes, int maxDepth) {
    /** How many bytes of heap a byte of BOM may need. */
    public static final int MEMORY_FACTOR = 16;
    /** The largest default limit, whatever the heap. */
    public static final long MAX_DEFAULT_BYTES = 256L * 1024 * 1024;
    public static final int DEFAULT_DEPTH = 64;
    /** The limits for the heap of this JVM. */
    public static final ReadLimits DEFAULT = forHeap(Runtime.getRuntime().maxMemory());
    private static final ThreadLocal<ReadLimits> CONFIGURED = new ThreadLocal<>();

    /**
     * The limits in force on this thread: what the user configured for the run ({@link #configured}), else
     * {@link #DEFAULT}. Per thread, because a Jenkins agent or a parallel Maven build runs several jobs in one JVM.
     */
    public static ReadLimits current() {
        ReadLimits configured = CONFIGURED.get();
        return configured != null ? configured : DEFAULT;
    }

    /**
     * Sets the BOM size limit for this thread until the returned scope is closed; null keeps the default. The
     * front ends call it around a job with their setting (Maven {@code aibom.maxBomSize}, command line
     * {@code --max-bom-size}, Jenkins {@code maxBomSize}).
     */
    public static Scope configured(Long maxBytes) {
        ReadLimits previous = CONFIGURED.get();
        if (maxBytes != null) {
            CONFIGURED.set(new ReadLimits(maxBytes, DEFAULT_DEPTH));
        }
        return () -> {
            if (previous == null) {
                CONFIGURED.remove();
            } else {
                CONFIGURED.set(previous);
            }
        };
    }

    /** Ends a {@link #configured} setting. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A size as people write it: {@code 512M}, {@code 2G}, {@code 300k} or plain bytes.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static long parseSize(String text) {
        String value = text.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("I?B$", "");
        long factor = 1;
        if (value.endsWith("K")) {
            factor = 1024;
        } else if (value.endsWith("M")) {
            factor = 1024 * 1024;
        } else if (value.endsWith("G")) {
            factor = 1024L * 1024 * 1024;
        }
        String digits = factor == 1 ? value : value.substring(0, value.length() - 1);
        try {
            long bytes = Math.multiplyExact(Long.parseLong(digits.trim()), factor);
            if (bytes < 1024 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("'" + text + "' is not between 1K and 2047M");
            }
            return bytes;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size: write e.g. 512M, 2G or 300000000");
        }
    }

    public ReadLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8));
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be > 0");
        }
    }

    /** The default limits for a JVM whose heap may grow to {@code maxHeap} bytes. */
    public static ReadLimits forHeap(long maxHeap) {
        return new ReadLimits(Math.max(1024 * 1024, Math.min(MAX_DEFAULT_BYTES, maxHeap / MEMORY_FACTOR)),
                DEFAULT_DEPTH);
    }

    /** What to do when a BOM is larger than the limit. */
    public String raiseHint() {
        long heap = Runtime.getRuntime().maxMemory();
        if (CONFIGURED.get() != null) {
            return "The limit is set to " + maxBytes + " bytes (maxBomSize); raise it if this BOM is"
                    + " genuinely that large, and give the JVM about " + MEMORY_FACTOR + " times as much heap.";
        }
        return "BOMs of up to a sixteenth of the JVM's heap are read (here: " + maxBytes / (1024 * 1024) + " MiB of"
                + " " + heap / (1024 * 1024) + " MiB heap, at most " + MAX_DEFAULT_BYTES / (1024 * 1024) + " MiB);"
                + " give the JVM more memory (-Xmx: JAVA_OPTS for the command line, MAVEN_OPTS for Maven, the agent's"
                + " JVM options in Jenkins) if this BOM is genuinely that large, or set the limit (maxBomSize: Maven"
                + " aibom.maxBomSize, command line --max-bom-size, Jenkins maxBomSize).";
    }
}
