package dev.aibom.core.hub;

import dev.aibom.core.descriptor.HuggingFaceRef;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Hub repository resolved to one commit: its files and card metadata.
 *
 * @param ref       the repository at the commit (pinned)
 * @param requested the branch or tag the descriptor named, when it did not name the commit
 * @param origin    where the metadata came from
 */
public record HubRepo(HuggingFaceRef ref, Optional<String> requested, List<HubFile> files, CardData card,
                      Origin origin) {
    /** Where the metadata of a commit came from. */
    public enum Origin {
        HUB("the Hub", "hub"), CACHE("the Hub cache", "hub-cache"),
        /** The project's committed cache, and the Hub answered the same for the commit. */
        PROJECT_CACHE_CHECKED("the project's Hub cache, checked against the Hub", "project-cache-checked"),
        /** The project's committed cache, not checked: offline, or the Hub could not be asked. */
        PROJECT_CACHE("the project's Hub cache, not checked against the Hub", "project-cache-unchecked");

        private final String words;
        private final String value;

        Origin(String words, String value) {
            this.words = words;
            this.value = value;
        }

        public String words() {
            return words;
        }

        /** The value of {@code aibom:hub:metadataSource} in the BOM. */
        public String value() {
            return value;
        }
    }

    public HubRepo {
        Objects.requireNonNull(ref, "ref");
        if (!ref.pinned()) {
            throw new IllegalArgumentException("a resolved repository is pinned to a commit: " + ref);
        }
        Objects.requireNonNull(requested, "requested");
        files = List.copyOf(files);
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(origin, "origin");
    }

    /** The LFS file with this SHA-256, if the commit has one. */
    public Optional<HubFile> fileWithSha256(String sha256) {
        return files.stream().filter(f -> sha256.equalsIgnoreCase(f.sha256())).findFirst();
    }

    /** Every file with this SHA-256 (one content may be served under several names). */
    public List<HubFile> filesWithSha256(String sha256) {
        return files.stream().filter(f -> sha256.equalsIgnoreCase(f.sha256())).toList();
    }

    public HubRepo from(Origin where) {
        return new HubRepo(ref, requested, files, card, where);
    }
}
