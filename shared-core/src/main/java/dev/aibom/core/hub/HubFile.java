package dev.aibom.core.hub;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One file of a Hub repository at a commit, as the Hub describes it ({@code siblings[]} with {@code ?blobs=true}).
 *
 * @param path   the file's path in the repository ({@code rfilename})
 * @param size   its size in bytes, or -1 when the Hub did not say
 * @param sha256 the SHA-256 of its content for a Git LFS file ({@code lfs.sha256}), or null: the Hub gives no content
 *               hash for files kept in git itself
 * @param blobId the git blob id ({@code blobId}, SHA-1 of git's blob encoding, not of the file), or null
 */
public record HubFile(String path, long size, String sha256, String blobId) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern GIT_OID = Pattern.compile("[0-9a-f]{40}");

    public HubFile {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
                || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
            throw new IllegalArgumentException("not a safe repository path: '" + path + "'");
        }
        if (size < -1) {
            throw new IllegalArgumentException("negative size for " + path);
        }
        if (sha256 != null) {
            sha256 = sha256.toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("lfs.sha256 of " + path + " is not 64 hex digits");
            }
        }
        if (blobId != null) {
            blobId = blobId.toLowerCase(Locale.ROOT);
            if (!GIT_OID.matcher(blobId).matches()) {
                throw new IllegalArgumentException("blobId of " + path + " is not 40 hex digits");
            }
        }
    }
}
