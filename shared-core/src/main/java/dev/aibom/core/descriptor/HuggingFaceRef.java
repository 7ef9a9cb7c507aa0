package dev.aibom.core.descriptor;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugging Face Hub repository at one revision: {@code hf://<org>/<name>@<revision>} for a model,
 * {@code hf://datasets/<org>/<name>@<revision>} for a dataset. The revision is a full 40-hex commit (pinned), or a
 * branch or tag, which only the Hub can turn into a commit: generation resolves it and records the commit, with a
 * warning, because a branch moves. An abbreviated commit is refused: it is neither pinned nor a name.
 */
public record HuggingFaceRef(Type type, String namespace, String name, String revision) {
    public static final String SCHEME = "hf://";
    private static final String DATASETS = "datasets/";
    private static final String SEGMENT = "[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?";
    private static final Pattern REPO = Pattern.compile("(?:(" + SEGMENT + ")/)?(" + SEGMENT + ")");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern SHORT_COMMIT = Pattern.compile("[0-9a-fA-F]{7,39}");
    /** Branch and tag names as git allows them, without the parts that could leave the URL path segment. */
    private static final Pattern REF_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._/-]{0,198}[A-Za-z0-9_-])?");

    /** What kind of Hub repository. */
    public enum Type {
        MODEL("models"), DATASET("datasets");

        private final String api;

        Type(String api) {
            this.api = api;
        }

        /** The path segment of the Hub API: {@code models}, {@code datasets}. */
        public String api() {
            return api;
        }
    }

    public HuggingFaceRef {
        Objects.requireNonNull(type, "type");
        if (name == null || !REPO.matcher(namespace == null ? name : namespace + "/" + name).matches()) {
            throw new IllegalArgumentException("invalid Hugging Face repository name: " + name);
        }
        if (revision == null || !(COMMIT.matcher(revision).matches() || REF_NAME.matcher(revision).matches())
                || revision.contains("..")) {
            throw new IllegalArgumentException("invalid Hugging Face revision: " + revision);
        }
        if (COMMIT.matcher(revision).matches()) {
            revision = revision.toLowerCase(Locale.ROOT);
        }
    }

    public static boolean looksLikeOne(String text) {
        return text != null && text.startsWith(SCHEME);
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the reference and how it must look
     */
    public static HuggingFaceRef parse(String text) {
        if (!looksLikeOne(text)) {
            throw new IllegalArgumentException("'" + text + "' is not an hf:// reference; " + shape(Type.MODEL));
        }
        String rest = text.substring(SCHEME.length());
        Type type = rest.startsWith(DATASETS) ? Type.DATASET : Type.MODEL;
        if (type == Type.DATASET) {
            rest = rest.substring(DATASETS.length());
        }
        int at = rest.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' does not name a revision; " + shape(type)
                    + " (a commit is pinned; a branch such as @main is resolved to its commit, with a warning)");
        }
        String repo = rest.substring(0, at);
        String revision = rest.substring(at + 1);
        Matcher matcher = REPO.matcher(repo);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + repo + "' in '" + text + "' is not a Hub repository name; "
                    + shape(type));
        }
        if (!COMMIT.matcher(revision).matches() && SHORT_COMMIT.matcher(revision).matches()
                && revision.chars().anyMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + revision + "' in '" + text + "' looks like an abbreviated"
                    + " commit; write the full 40-hex commit sha (copy it from the repository's commit history on"
                    + " the Hub)");
        }
        if (!COMMIT.matcher(revision).matches() && (!REF_NAME.matcher(revision).matches()
                || revision.contains(".."))) {
            throw new IllegalArgumentException("'" + revision + "' in '" + text + "' is neither a 40-hex commit nor"
                    + " a branch or tag name; " + shape(type));
        }
        return new HuggingFaceRef(type, matcher.group(1), matcher.group(2), revision);
    }

    private static String shape(Type type) {
        return "write it as hf://" + (type == Type.DATASET ? DATASETS : "") + "<org>/<name>@<40-hex commit sha>";
    }

    /** Whether the revision is a commit: what it names can never change. */
    public boolean pinned() {
        return COMMIT.matcher(revision).matches();
    }

    /**
     * @throws IllegalStateException when the revision is a branch or tag (resolve it first)
     */
    public String commit() {
        if (!pinned()) {
            throw new IllegalStateException(this + " is not pinned to a commit");
        }
        return revision;
    }

    /** The same repository at a commit. */
    public HuggingFaceRef at(String commit) {
        if (!COMMIT.matcher(commit).matches()) {
            throw new IllegalArgumentException("a Hugging Face commit is 40 hex digits: " + commit);
        }
        return new HuggingFaceRef(type, namespace, name, commit);
    }

    /** {@code org/name}, or {@code name} for the Hub's few un-namespaced models. */
    public String repository() {
        return namespace == null ? name : namespace + "/" + name;
    }

    /**
     * Package URL per the purl-spec {@code huggingface} type (models): the version is the lower-case commit.
     *
     * @throws IllegalStateException when not pinned
     */
    public String purl() {
        return "pkg:huggingface/" + repository() + "@" + commit();
    }

    /** The Hub page of exactly this revision. */
    public String url() {
        return "https://huggingface.co/" + (type == Type.DATASET ? DATASETS : "") + repository() + "/tree/"
                + revision;
    }

    @Override
    public String toString() {
        return SCHEME + (type == Type.DATASET ? DATASETS : "") + repository() + "@" + revision;
    }
}
