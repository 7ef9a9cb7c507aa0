package dev.aibom.core.report;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the chosen reports of an evaluation into one folder, each file atomically (temporary file, then move). */
public final class Reports {
    public static final String JSON = JsonReport.FILE;
    public static final String HTML = HtmlReport.FILE;
    public static final String JUNIT = JUnitReport.FILE;
    public static final String SARIF = SarifReport.FILE;

    private Reports() {
    }

    /** The default formats (JSON, HTML with its style sheet, JUnit XML and SARIF). */
    public static Map<String, Path> writeAll(EvaluationResult result, ReportHeader header, Path directory)
            throws IOException {
        return write(result, header, directory, ReportFormats.builtIn().defaults());
    }

    /**
     * Writes each chosen format, streamed to its file, and the files it needs beside it.
     *
     * @return format id to the file written, in id order
     */
    public static Map<String, Path> write(EvaluationResult result, ReportHeader header, Path directory,
                                         ReportFormats.Selection formats) throws IOException {
        Map<String, Path> written = new LinkedHashMap<>();
        for (ReportFormat format : formats.formats()) {
            for (Map.Entry<String, byte[]> companion : format.companions().entrySet()) {
                AtomicFiles.write(directory.resolve(companion.getKey()), companion.getValue());
            }
            Path file = directory.resolve(format.fileName());
            AtomicFiles.write(file, out -> format.write(result, header, out), size -> { });
            written.put(format.id(), file);
        }
        return written;
    }

    /**
     * The console line: {@code reports: /abs/aibom-report.html (also aibom-report.json, ...)} - the HTML report
     * first when it was written, as the file a person opens.
     */
    public static String line(Map<String, Path> written) {
        Path first = written.containsKey("html") ? written.get("html") : written.values().iterator().next();
        String others = String.join(", ", written.values().stream().filter(p -> !p.equals(first))
                .map(p -> p.getFileName().toString()).toList());
        return "reports: " + first + (others.isEmpty() ? "" : " (also " + others + ")");
    }
}
