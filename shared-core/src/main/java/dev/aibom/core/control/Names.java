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

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");

    private Names() {
    }

    /** NFKC, white space collapsed to one space, trimmed, lower case (root locale), NFKC again. */
    public static String normalise(String name) {
        String text = SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll(" ").trim()
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
        Optional<Site> site = Site.of(registered);
        return site.isPresent() && site.get().covers(url);
    }

    /**
     * A web address as {@link #sameSite} compares it: its host in lower case without {@code www.}, and its path in
     * lower case without trailing slashes. Parsed once for a registered address that is compared with many.
     */
    public record Site(String host, String path) {
        /** The site of {@code text}, when it is an address with a host. */
        public static Optional<Site> of(String text) {
            URI uri;
            try {
                uri = URI.create(text.trim());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return Optional.of(new Site(host.startsWith("www.") ? host.substring(4) : host,
                    path.toLowerCase(Locale.ROOT)));
        }

        /** Whether {@code url} is on this site (see {@link #sameSite}). */
        public boolean covers(String url) {
            return of(url).filter(other -> covers(other)).isPresent();
        }

        /** Whether {@code other} is on this site. */
        public boolean covers(Site other) {
            return host.equals(other.host) && (path.isEmpty() || other.path.equals(path)
                    || other.path.startsWith(path + "/"));
        }
    }
}
