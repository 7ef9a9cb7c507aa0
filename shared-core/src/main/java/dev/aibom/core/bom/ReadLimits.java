package dev.aibom.core.bom;

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
        return "BOMs of up to a sixteenth of the JVM's heap are read (here: " + maxBytes / (1024 * 1024) + " MiB of"
                + " " + heap / (1024 * 1024) + " MiB heap, at most " + MAX_DEFAULT_BYTES / (1024 * 1024) + " MiB);"
                + " give the JVM more memory (-Xmx: JAVA_OPTS for the command line, MAVEN_OPTS for Maven, the agent's"
                + " JVM options in Jenkins) if this BOM is genuinely that large.";
    }
}
