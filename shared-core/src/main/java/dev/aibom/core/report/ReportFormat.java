package dev.aibom.core.report;

import dev.aibom.core.control.EvaluationResult;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * One report format: its name in the {@code formats} option, the file it writes and how. Implementations are found
 * like controls ({@link java.util.ServiceLoader} through aibom's own class loader; the built-in ones are declared
 * with {@code @AutoService(ReportFormat.class)}), so a new format is one class and its test.
 */
public interface ReportFormat {
    /** The name users write in {@code formats}: lower case letters and digits, unique. */
    String id();

    /** The file it writes in the reports folder. */
    String fileName();

    /** One line for help texts: what it is and who reads it. */
    String description();

    /** Whether it is written when the user names no formats. */
    default boolean byDefault() {
        return true;
    }

    /** Files it needs beside its own (the HTML report's style sheet): name to content. */
    default Map<String, byte[]> companions() {
        return Map.of();
    }

    /** Writes the report of one evaluation; the caller writes to a temporary file and moves it into place. */
    void write(EvaluationResult result, ReportHeader header, OutputStream out) throws IOException;
}
