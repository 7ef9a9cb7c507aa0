package dev.aibom.core.bom;

/**
 * Bounds on untrusted BOM input, so that a hostile file cannot exhaust memory or the stack.
 *
 * @param maxBytes largest file accepted
 * @param maxDepth deepest nesting of objects and arrays accepted
 */
public record ReadLimits(long maxBytes, int maxDepth) {
    public static final ReadLimits DEFAULT = new ReadLimits(256L * 1024 * 1024, 64);

    public ReadLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8));
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be > 0");
        }
    }
}
