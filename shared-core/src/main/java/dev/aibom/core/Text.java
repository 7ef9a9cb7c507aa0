package dev.aibom.core;

import dev.aibom.control.Printable;

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
        return Printable.of(text);
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

}
