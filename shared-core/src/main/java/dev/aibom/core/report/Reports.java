package dev.aibom.core.report;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes every report of an evaluation into one folder, each file atomically. */
public final class Reports {
    public static final String JSON = "aibom-report.json";
    public static final String HTML = "aibom-report.html";
    public static final String JUNIT = "TEST-aibom-controls.xml";
    public static final String SARIF = "aibom-report.sarif";

    private Reports() {
    }

    /**
     * Writes the JSON, HTML (with its style sheet), JUnit and SARIF reports.
     *
     * @return report kind (json, html, junit, sarif) to the file written
     */
    public static Map<String, Path> writeAll(EvaluationResult result, ReportHeader header, Path directory)
            throws IOException {
        Map<String, Path> written = new LinkedHashMap<>();
        // JSON and SARIF are streamed to their files: with every finding listed they grow with the BOM
        stream(written, "json", directory.resolve(JSON), JsonReport.tree(result, header));
        AtomicFiles.write(directory.resolve(HtmlReport.CSS_FILE), HtmlReport.css());
        write(written, "html", directory.resolve(HTML), HtmlReport.render(result, header));
        write(written, "junit", directory.resolve(JUNIT), JUnitReport.render(result));
        stream(written, "sarif", directory.resolve(SARIF), SarifReport.tree(result));
        return written;
    }

    private static void stream(Map<String, Path> written, String kind, Path file,
                               com.fasterxml.jackson.databind.JsonNode tree) throws IOException {
        AtomicFiles.write(file, out -> dev.aibom.core.bom.BomJson.write(tree, false, out), size -> { });
        written.put(kind, file);
    }

    private static void write(Map<String, Path> written, String kind, Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
        written.put(kind, file);
    }
}
