package dev.aibom.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with one input file, located as precisely as the input allows.
 *
 * @param source the file (or URL) the problem is in (never null)
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param field  the field path inside the file (e.g. {@code models[0].supplier}), or empty for the whole file
 * @param message what is wrong
 * @param fix    what to do about it, or empty
 */
public record Problem(String source, int line, int column, String field, String message, String fix) {

    public Problem(Path file, int line, int column, String field, String message, String fix) {
        this(file.toString(), line, column, field, message, fix);
    }

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
        fix = fix == null ? "" : fix;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    /**
     * {@code file:line:column: field: message. fix} - the one stable form used in logs and exceptions, on one line
     * whatever the input put into the message ({@link Text#printable}).
     */
    public String format() {
        StringBuilder out = new StringBuilder(Text.printable(source));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(Text.printable(field)).append(": ");
        }
        out.append(Text.printable(message));
        if (!fix.isEmpty()) {
            out.append(" Fix: ").append(Text.printable(fix));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
