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
        HUB("the Hub"), CACHE("the Hub cache"), PROJECT_CACHE("the project's Hub cache");

        private final String words;

        Origin(String words) {
            this.words = words;
        }

        public String words() {
            return words;
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

    public HubRepo from(Origin where) {
        return new HubRepo(ref, requested, files, card, where);
    }
}
