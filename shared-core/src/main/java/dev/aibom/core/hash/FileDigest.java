package dev.aibom.core.hash;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The digests of one file.
 *
 * @param relativePath path relative to the artifact root, with {@code /} separators (the file name for one file)
 * @param hex          lower-case hex digest per algorithm; always holds SHA-256
 */
public record FileDigest(String relativePath, long size, Map<HashAlgorithm, String> hex) {
    public FileDigest {
        Objects.requireNonNull(relativePath, "relativePath");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0");
        }
        if (!hex.containsKey(HashAlgorithm.SHA_256)) {
            throw new IllegalArgumentException("a FileDigest always carries SHA-256");
        }
        hex = Map.copyOf(new EnumMap<>(hex));
    }

    public String sha256() {
        return hex.get(HashAlgorithm.SHA_256);
    }
}
