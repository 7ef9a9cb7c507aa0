package dev.aibom.core.hash;

import java.util.List;
import java.util.Map;

/**
 * The digests of a model or dataset artifact: one file, or a folder of files.
 *
 * @param files     every file, sorted by relative path (one entry for a single file)
 * @param aggregate for a single file its own digests; for a folder, per algorithm the digest of the manifest
 *                  {@code "<hex>  <relative/path>\n"} over all files in path order (the format of {@code sha256sum})
 */
public record ArtifactDigest(boolean directory, List<FileDigest> files, Map<HashAlgorithm, String> aggregate) {
    public ArtifactDigest {
        files = List.copyOf(files);
        aggregate = Map.copyOf(aggregate);
        if (!directory && files.size() != 1) {
            throw new IllegalArgumentException("a single-file artifact has exactly one file");
        }
    }

    public String sha256() {
        return aggregate.get(HashAlgorithm.SHA_256);
    }

    public long totalSize() {
        return files.stream().mapToLong(FileDigest::size).sum();
    }
}
