package dev.aibom.core.report;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.io.AtomicFiles;
import dev.aibom.core.job.SignatureVerdict;

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

    /** @return report kind (json, html, junit, sarif) to the file written */
    public static Map<String, Path> writeAll(EvaluationResult result, Path directory) throws IOException {
        return writeAll(result, SignatureVerdict.NOT_CHECKED, directory);
    }

    /** @return report kind (json, html, junit, sarif) to the file written */
    public static Map<String, Path> writeAll(EvaluationResult result, SignatureVerdict signature, Path directory)
            throws IOException {
        Map<String, Path> written = new LinkedHashMap<>();
        write(written, "json", directory.resolve(JSON), JsonReport.render(result, signature));
        write(written, "html", directory.resolve(HTML), HtmlReport.render(result, signature));
        write(written, "junit", directory.resolve(JUNIT), JUnitReport.render(result));
        write(written, "sarif", directory.resolve(SARIF), SarifReport.render(result));
        return written;
    }

    private static void write(Map<String, Path> written, String kind, Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
        written.put(kind, file);
    }
}
