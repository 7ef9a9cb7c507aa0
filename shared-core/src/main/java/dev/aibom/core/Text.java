package dev.aibom.core;

/**
 * Makes text from a BOM, a register or any other untrusted input safe to print on one console line: control
 * characters (C0, DEL, C1, including line breaks, escape and NUL), bidirectional overrides and isolates, line and
 * paragraph separators and the other invisible format characters become visible {@code \}{@code uXXXX} escapes (and
 * {@code \n}, {@code \r}, {@code \t}, {@code \e} for the common ones). A supplier can therefore never forge a log line
 * (a newline followed by {@code [INFO] BUILD SUCCESS}), recolour a CI log, ring the terminal bell or reorder what a
 * reviewer reads. Everything else, including every printable letter of any script, is kept as it is.
 */
public final class Text {
    private Text() {
    }

    /**
     * Blank as a person reads it: empty, spaces of any kind, or only invisible characters (format and control
     * characters such as a zero-width space). {@link String#isBlank} says no to a zero-width space.
     */
    public static boolean blank(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL);
    }

    public static String printable(String text) {
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

    /**
     * A multi-line message of aibom's own (an error with one line per problem) with each line made printable: the
     * line breaks between the lines stay, anything a line brought from an input is escaped.
     */
    public static String printableLines(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(printable(lines[i]));
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
