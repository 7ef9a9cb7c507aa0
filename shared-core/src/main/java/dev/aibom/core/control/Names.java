package dev.aibom.core.control;

import java.net.URI;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How supplier names and web addresses are compared, documented in docs/controls.md: Unicode NFKC, white space
 * collapsed, case folded; names that mix scripts or carry invisible characters are look-alikes, not names. Written
 * on the JDK's own Unicode data ({@link Character.UnicodeScript}, {@link Normalizer}): ICU4J's spoof checker would add
 * 14 MB to both plugins for a check these two rules already make.
 */
public final class Names {
    /** Script sets a genuine name may combine (UTS #39 "highly restrictive"), beside common characters. */
    private static final List<Set<Character.UnicodeScript>> ALLOWED = List.of(
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA),
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.BOPOMOFO),
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));

    private Names() {
    }

    /** NFKC, white space collapsed to one space, trimmed, lower case (root locale), NFKC again. */
    public static String normalise(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", " ").trim()
                .toLowerCase(Locale.ROOT);
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Why a name looks like a disguise, if it does: invisible characters, or letters from several scripts. */
    public static Optional<String> lookalike(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL) {
                return Optional.of(String.format("contains an invisible or control character (U+%04X), as look-alike"
                        + " names do", cp));
            }
            i += Character.charCount(cp);
        }
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        name.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                scripts.add(script);
            }
        });
        if (scripts.size() <= 1 || ALLOWED.stream().anyMatch(allowed -> allowed.containsAll(scripts))) {
            return Optional.empty();
        }
        Set<String> named = new TreeSet<>();
        scripts.forEach(s -> named.add(s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT)));
        return Optional.of("mixes letters of several scripts (" + String.join(", ", named) + "), as look-alike"
                + " names do");
    }

    /**
     * Whether {@code url} is on the site of a registered address: the same host (without {@code www.}) and a path
     * that starts with the registered path at a segment boundary ({@code https://huggingface.co/acme} covers
     * {@code https://huggingface.co/acme/model}, not {@code https://huggingface.co/acme-evil}).
     */
    public static boolean sameSite(String registered, String url) {
        Optional<URI> a = uri(registered);
        Optional<URI> b = uri(url);
        if (a.isEmpty() || b.isEmpty() || a.get().getHost() == null || b.get().getHost() == null) {
            return false;
        }
        if (!host(a.get()).equals(host(b.get()))) {
            return false;
        }
        String prefix = path(a.get());
        String path = path(b.get());
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    private static String path(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.toLowerCase(Locale.ROOT);
    }
}
