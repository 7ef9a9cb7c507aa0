package dev.aibom.control;

/**
 * Text from a BOM made safe to print on one line of a log or terminal: control characters, line breaks, escape
 * sequences, bidirectional overrides and invisible characters are shown as escapes, so a supplier's text cannot forge
 * log lines or hide what it says.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code text} with every unsafe character escaped ({@code \n}, {@code \e}, {@code \u202e}); null is empty. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int length = text.length();
        int i = 0;
        while (i < length && safe(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16).append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (safe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x1b -> out.append("\\e");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean safe(char c) {
        if (c < 0x20 || c >= 0x7f && c < 0xa0) {
            return false;
        }
        if (c < 0x200b) {
            return c != 0x061c && c != 0x180e && c != 0x00ad;
        }
        // zero-width and directional marks, bidi embeddings/overrides/isolates, line/paragraph separators,
        // invisible operators, the BOM/zero-width no-break space, interlinear annotations and object replacement
        return !(c <= 0x200f || c >= 0x2028 && c <= 0x202e || c >= 0x2060 && c <= 0x206f || c == 0xfeff
                || c >= 0xfff9 && c <= 0xfffb);
    }
}
