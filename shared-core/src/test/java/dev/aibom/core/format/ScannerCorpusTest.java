package dev.aibom.core.format;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner's own corpus (corpus/make_corpus.py; corpus/README.md): malicious files, each technique class in two or
 * more variants (the published bypasses of picklescan, modelscan and fickling among them), and benign files made by
 * the libraries that make them in practice. Every file gets the answer corpus/expected.tsv states: no malicious file
 * passes, no benign file is flagged, and only a class that is truly unknown gets the not-known-to-be-safe warning.
 */
class ScannerCorpusTest {
    private final FormatInspector inspector = new FormatInspector(PickleGlobals.defaults());

    static Path corpus() {
        try {
            return Path.of(ScannerCorpusTest.class.getResource("corpus/expected.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The strongest kind of issue, or "clean". */
    static String answer(Inspection inspection) {
        for (Inspection.Kind kind : List.of(Inspection.Kind.DENIED, Inspection.Kind.UNSAFE,
                Inspection.Kind.UNREADABLE, Inspection.Kind.UNKNOWN)) {
            if (!inspection.of(kind).isEmpty()) {
                return kind.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "clean";
    }

    @Test
    void everyFileGetsTheAnswerTheCorpusStates() throws Exception {
        Path folder = corpus();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("expected.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] parts = line.split("\t");
                expected.put(parts[0], parts[1]);
            }
        }
        assertThat(expected).hasSizeGreaterThan(60);
        List<String> wrong = new ArrayList<>();
        int malicious = 0;
        int caught = 0;
        int benign = 0;
        int flagged = 0;
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            Inspection inspection = inspector.inspect(file, folder);
            String answer = answer(inspection);
            boolean bad = !entry.getValue().equals("clean") && !entry.getValue().equals("unknown");
            if (bad) {
                malicious++;
                caught += answer.equals("denied") || answer.equals("unsafe") ? 1 : 0;
            } else {
                benign++;
                flagged += answer.equals("denied") || answer.equals("unsafe") || answer.equals("unreadable") ? 1 : 0;
            }
            if (!answer.equals(entry.getValue())) {
                wrong.add(entry.getKey() + ": expected " + entry.getValue() + ", got " + answer + " ("
                        + inspection.format().value() + ") " + inspection.issues().stream()
                        .map(Inspection.Issue::line).toList());
            }
        }
        System.out.printf("scanner corpus: %d/%d malicious caught, %d/%d benign flagged%n", caught, malicious, flagged,
                benign);
        assertThat(wrong).as("files answered otherwise than corpus/expected.tsv states").isEmpty();
    }
}
