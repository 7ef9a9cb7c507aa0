package dev.aibom.core.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where reports go and which: the folder (a real absolute path, resolved by the front end) and the formats.
 *
 * @param directory the reports folder
 * @param formats   the formats to write there
 */
public record ReportOutput(Path directory, ReportFormats.Selection formats) {
    public ReportOutput {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(formats, "formats");
    }

    /** The default formats into {@code directory}. */
    public static ReportOutput of(Path directory) {
        return new ReportOutput(directory, ReportFormats.builtIn().defaults());
    }
}
