package dev.aibom.core.io;

/**
 * Bounds on untrusted BOM input, so that a hostile or huge file cannot exhaust memory or the stack.
 *
 * <p>Reading a BOM needs memory proportional to it: up to {@link #MEMORY_FACTOR} times its size for the decoded text,
 * the JSON tree and its validation (measured: a 33 MB BOM of long texts needs 200-256 MiB of heap, a 22 MB BOM of
 * many tiny values 300-384 MiB). The default limit is therefore derived from the heap this JVM may use - a sixteenth
 * of it, at most {@link #MAX_DEFAULT_BYTES} - so that a BOM under the limit is read, and a larger one is refused with
 * a message instead of ending in an {@code OutOfMemoryError}. {@code validate}, {@code verify} and {@code sign}
 * stream a BOM and hold none of it: for them the limit only bounds the work, and their hint says so
 * ({@link #raiseHintStreamed}).
 *
 * <p>The limits are a value that each job's request carries (set by the front end from {@code maxBomSize}), not a
 * setting of the thread: a Jenkins agent or a parallel Maven build runs several jobs in one JVM.
 *
 * @param maxBytes   largest file accepted
 * @param maxDepth   deepest nesting of objects and arrays accepted
 * @param configured whether the user set {@code maxBytes} (the hint for a refused BOM says which setting to raise)
 */
public record ReadLimits(long maxBytes, int maxDepth, boolean configured) {
    /** How many bytes of heap a byte of BOM may need. */
    public static final int MEMORY_FACTOR = 16;
    /** The largest default limit, whatever the heap. */
    public static final long MAX_DEFAULT_BYTES = 256L * 1024 * 1024;
    public static final int DEFAULT_DEPTH = 64;
    /**
     * The largest limit that can be set: a BOM is streamed (validate, verify and sign hold none of it), so a limit is
     * not bounded by what fits in one array; an operation that must hold a file's bytes refuses one over 2 GiB.
     */
    public static final long MAX_BYTES = 1024L * 1024 * 1024 * 1024;
    /** The limits for the heap of this JVM. */
    public static final ReadLimits DEFAULT = forHeap(Runtime.getRuntime().maxMemory());

    /** Limits the user did not set: a fixed bound of aibom's own (a signature file, a statement). */
    public ReadLimits(long maxBytes, int maxDepth) {
        this(maxBytes, maxDepth, false);
    }

    /**
     * The limits for a run: the size the user configured (Maven {@code aibom.maxBomSize}, command line
     * {@code --max-bom-size}, Jenkins {@code maxBomSize}), or, when it is unset (null), {@link #DEFAULT}.
     */
    public static ReadLimits of(Long maxBytes) {
        return maxBytes == null ? DEFAULT : new ReadLimits(maxBytes, DEFAULT_DEPTH, true);
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
            if (bytes < 1024 || bytes > MAX_BYTES) {
                throw new IllegalArgumentException("'" + text + "' is not between 1K and 1024G");
            }
            return bytes;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size: write e.g. 512M, 2G or 300000000");
        }
    }

    public ReadLimits {
        if (maxBytes <= 0 || maxBytes > MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES);
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

    /** What to do when a BOM is larger than the limit, for a command that holds the BOM's tree. */
    public String raiseHint() {
        long heap = Runtime.getRuntime().maxMemory();
        if (configured) {
            return "The limit is set to " + maxBytes + " bytes (maxBomSize); raise it if this BOM is"
                    + " genuinely that large, and give the JVM about " + MEMORY_FACTOR + " times as much heap.";
        }
        return "BOMs of up to a sixteenth of the JVM's heap are read (here: " + maxBytes / (1024 * 1024) + " MiB of"
                + " " + heap / (1024 * 1024) + " MiB heap, at most " + MAX_DEFAULT_BYTES / (1024 * 1024) + " MiB);"
                + " give the JVM more memory (-Xmx: JAVA_OPTS for the command line, MAVEN_OPTS for Maven, the agent's"
                + " JVM options in Jenkins) if this BOM is genuinely that large, or set the limit (maxBomSize: Maven"
                + " aibom.maxBomSize, command line --max-bom-size, Jenkins maxBomSize).";
    }

    /**
     * What to do when a BOM is larger than the limit, for a command that streams it ({@code validate}, {@code verify},
     * {@code sign}):
     * more heap does not help, a higher limit does.
     */
    public String raiseHintStreamed() {
        String setting = "maxBomSize: Maven aibom.maxBomSize, command line --max-bom-size, Jenkins maxBomSize";
        if (configured) {
            return "The limit is set to " + maxBytes + " bytes (" + setting + "); raise it if this BOM is genuinely"
                    + " that large: this command streams the BOM and needs no more memory for a larger one.";
        }
        return "This command streams the BOM and needs no more memory for a larger one, but BOMs are read up to a"
                + " limit (by default a sixteenth of the JVM's heap, here " + maxBytes / (1024 * 1024) + " MiB): set"
                + " it (" + setting + ") if this BOM is genuinely that large.";
    }
}
