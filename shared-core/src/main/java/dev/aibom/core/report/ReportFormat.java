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
    /**
     * What a format is, as a control's {@link dev.aibom.control.ControlMetadata} is for a control.
     *
     * @param id          the name users write in {@code formats}: lower case letters and digits, unique
     * @param fileName    the file it writes in the reports folder
     * @param description one line for help texts: what it is and who reads it
     * @param byDefault   whether it is written when the user names no formats
     */
    record Metadata(String id, String fileName, String description, boolean byDefault) {
        public Metadata {
            if (id == null || !id.matches("[a-z0-9]+")) {
                throw new IllegalArgumentException("a report format id is lower case letters and digits, not " + id);
            }
            java.util.Objects.requireNonNull(fileName, "fileName");
            java.util.Objects.requireNonNull(description, "description");
        }
    }

    /** Its id, file and description. */
    Metadata metadata();

    /** The name users write in {@code formats}. */
    default String id() {
        return metadata().id();
    }

    /** The file it writes in the reports folder. */
    default String fileName() {
        return metadata().fileName();
    }

    /** One line for help texts. */
    default String description() {
        return metadata().description();
    }

    /** Whether it is written when the user names no formats. */
    default boolean byDefault() {
        return metadata().byDefault();
    }

    /** Files it needs beside its own (the HTML report's style sheet): name to content. */
    default Map<String, byte[]> companions() {
        return Map.of();
    }

    /** Writes the report of one evaluation; the caller writes to a temporary file and moves it into place. */
    void write(EvaluationResult result, ReportHeader header, OutputStream out) throws IOException;
}
