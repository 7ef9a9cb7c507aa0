package dev.aibom.core.descriptor;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugging Face Hub model pinned to one commit: {@code hf://<org>/<name>@<40-hex commit>}. Branches and tags move,
 * so only a full commit sha is accepted.
 */
public record HuggingFaceRef(String namespace, String name, String commit) {
    public static final String SCHEME = "hf://";
    private static final String SEGMENT = "[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?";
    private static final Pattern REPO = Pattern.compile("(?:(" + SEGMENT + ")/)?(" + SEGMENT + ")");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{40}");

    public HuggingFaceRef {
        if (name == null || !REPO.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid Hugging Face repository name: " + name);
        }
        if (commit == null || !COMMIT.matcher(commit).matches()) {
            throw new IllegalArgumentException("a Hugging Face commit is 40 hex digits: " + commit);
        }
        commit = commit.toLowerCase(Locale.ROOT);
    }

    public static boolean looksLikeOne(String text) {
        return text != null && text.startsWith(SCHEME);
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the reference and how it must look
     */
    public static HuggingFaceRef parse(String text) {
        String shape = "write it as hf://<org>/<name>@<40-hex commit sha>";
        if (!looksLikeOne(text)) {
            throw new IllegalArgumentException("'" + text + "' is not an hf:// reference; " + shape);
        }
        String rest = text.substring(SCHEME.length());
        int at = rest.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' does not pin a commit; " + shape
                    + " (branches and tags move, a commit does not)");
        }
        String repo = rest.substring(0, at);
        String revision = rest.substring(at + 1);
        Matcher matcher = REPO.matcher(repo);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + repo + "' in '" + text + "' is not a Hub repository name; "
                    + shape);
        }
        if (!COMMIT.matcher(revision).matches()) {
            throw new IllegalArgumentException("'" + revision + "' in '" + text + "' is not a full 40-hex commit sha; "
                    + shape + " (copy the full sha from the model's commit history on the Hub)");
        }
        return new HuggingFaceRef(matcher.group(1), matcher.group(2), revision);
    }

    /** {@code org/name}, or {@code name} for the Hub's few un-namespaced models. */
    public String repository() {
        return namespace == null ? name : namespace + "/" + name;
    }

    /** Package URL per the purl-spec {@code huggingface} type: the version is the lower-case commit. */
    public String purl() {
        return "pkg:huggingface/" + repository() + "@" + commit;
    }

    /** The Hub page of exactly this commit. */
    public String url() {
        return "https://huggingface.co/" + repository() + "/tree/" + commit;
    }

    @Override
    public String toString() {
        return SCHEME + repository() + "@" + commit;
    }
}
