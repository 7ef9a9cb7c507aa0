package dev.aibom.core.format;

import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Log;
import dev.aibom.core.TestJobs;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.core.job.GenerateJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * model-format-safe's three answers through a real check: a global known to run code fails, one on the allowlist
 * passes, one on neither warns (fails with strict); the policy allows names, never over the denylist; a part that
 * cannot be checked could not be evaluated. One finding per file, naming the file, its format, the container path,
 * the byte offset, the opcode and the global.
 */
class ModelFormatSafeTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path temp;

    private Path project(String... corpusFiles) throws Exception {
        Path project = Files.createDirectories(temp.resolve("p"));
        Files.createDirectories(project.resolve("models"));
        StringBuilder models = new StringBuilder();
        for (String file : corpusFiles) {
            Files.copy(ScannerCorpusTest.corpus().resolve(file), project.resolve("models/" + file));
            models.append("  - name: ").append(file.replaceAll("[^a-z0-9]+", "-")).append("\n    version: 1.0.0\n")
                    .append("    supplier: internal\n    file: models/").append(file).append("\n");
        }
        Files.writeString(project.resolve("aibom.yaml"), "system:\n  name: s\n  version: 1.0.0\n  owner: o\n"
                + "suppliers:\n  - id: internal\n    name: Northwind Bank\nmodels:\n" + models);
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, project.resolve("bom.json"),
                Optional.empty(), BomOptions.at(Instant.parse("2026-11-01T00:00:00Z"))), Log.NONE);
        return project;
    }

    /** Only model-format-safe, with {@code settings} (YAML flow mapping) or its defaults. */
    private EvaluationResult check(Path project, String settings) throws Exception {
        Optional<Path> file = Optional.of(Files.writeString(temp.resolve("aibom-policy.yaml"), "includeDefaults:"
                + " false\ncontrols:\n  model-format-safe: " + (settings == null ? "{}" : settings) + "\n"));
        return TestJobs.check(project.resolve("bom.json"), file, Optional.empty(), Optional.of(project), TODAY);
    }

    private static List<Finding> formatFindings(EvaluationResult result) {
        return result.findings().stream().filter(f -> f.control().equals("model-format-safe")).toList();
    }

    @Test
    void aGlobalOnNeitherListIsAWarningByDefaultAndAFailureWhenStrict() throws Exception {
        Path project = project("app-class.pkl");
        EvaluationResult lenient = check(project, null);
        assertThat(formatFindings(lenient)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("model 'app-class-pkl': models/app-class.pkl (pickle) imports"
                    + " myapp.model.Scorer (STACK_GLOBAL): not known to be safe (on neither the allowlist nor the"
                    + " denylist; allowedGlobals in the policy accepts it) (byte 34)");
        });
        assertThat(lenient.outcome()).isNotEqualTo(EvaluationResult.Outcome.FAIL);

        EvaluationResult strict = check(project, "{ strict: true }");
        assertThat(formatFindings(strict)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(strict.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);

        EvaluationResult allowed = check(project, "{ allowedGlobals: [myapp.model.Scorer] }");
        assertThat(formatFindings(allowed)).singleElement().satisfies(f -> assertThat(f.status())
                .isEqualTo(Status.PASS));
    }

    @Test
    void benignFilesOfEveryKindPassAndEveryMaliciousOneFailsFilePerFile() throws Exception {
        Path project = project("benign-sklearn-forest-xz.joblib", "benign-torch-whole-module.pt",
                "benign-stdlib-values.p4.pkl", "benign-arrays.npz", "joblib-array-then-os-lz4.joblib",
                "torch-legacy-os-system.pt", "keras-lambda-escaped.h5");
        List<Finding> findings = formatFindings(check(project, null));
        assertThat(findings).filteredOn(f -> f.name().startsWith("benign")).hasSize(4)
                .allSatisfy(f -> assertThat(f.status()).as(f.message()).isEqualTo(Status.PASS));
        assertThat(findings).filteredOn(f -> !f.name().startsWith("benign")).hasSize(3).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).startsWith("model"
                + " 'joblib-array-then-os-lz4-joblib': models/joblib-array-then-os-lz4.joblib (joblib) imports"
                + " posix.system (STACK_GLOBAL): known to run code").contains("(lz4-decompressed byte "));
    }

    @Test
    void aPartThatCannotBeCheckedCouldNotBeEvaluated() throws Exception {
        Path project = project("benign-sklearn-forest-zlib.joblib");
        byte[] bytes = Files.readAllBytes(project.resolve("models/benign-sklearn-forest-zlib.joblib"));
        // a cut stream: it starts as a compressed pickle, and ends before the pickle does
        Files.write(project.resolve("models/benign-sklearn-forest-zlib.joblib"), java.util.Arrays.copyOf(bytes,
                bytes.length * 3 / 4));
        assertThat(formatFindings(check(project, null))).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.ERROR);
            assertThat(f.message()).startsWith("model 'benign-sklearn-forest-zlib-joblib':"
                    + " models/benign-sklearn-forest-zlib.joblib (joblib) could not be evaluated: ");
        });
    }

    /**
     * A model whose BOM says nothing of where its files are (a third party's BOM, or one whose aibom:artifact:path
     * was deleted): what loads it cannot be reached, so it could not be evaluated; only a policy that says so
     * (requireRecorded: false, as the review policy does) makes it not applicable.
     */
    @Test
    void aModelWhoseBomRecordsNoFileCouldNotBeEvaluatedUnlessThePolicySaysOtherwise() throws Exception {
        Path project = project("app-class.pkl");
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode bom = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(project.resolve("bom.json").toFile());
        for (com.fasterxml.jackson.databind.JsonNode component : bom.path("components")) {
            java.util.Iterator<com.fasterxml.jackson.databind.JsonNode> properties = component.path("properties")
                    .elements();
            while (properties.hasNext()) {
                if (properties.next().path("name").asText().startsWith("aibom:artifact:")) {
                    properties.remove();
                }
            }
        }
        mapper.writeValue(project.resolve("bom.json").toFile(), bom);

        EvaluationResult strict = check(project, null);
        assertThat(formatFindings(strict)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.ERROR);
            assertThat(f.message()).isEqualTo("model 'app-class-pkl' could not be evaluated: the BOM records no"
                    + " file of it (aibom:artifact:path, or a source fetched at deploy time), so what loads it cannot"
                    + " be judged (requireRecorded: false makes this not applicable)");
        });
        assertThat(strict.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);

        EvaluationResult lenient = check(project, "{ requireRecorded: false }");
        assertThat(formatFindings(lenient)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.message()).isEqualTo("model 'app-class-pkl': the BOM records no file of it"
                    + " (aibom:artifact:path, or a source"
                    + " fetched at deploy time) (requireRecorded: false)");
        });
        assertThat(lenient.outcome()).isNotEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @Test
    void noPolicyCanAllowAModuleKnownToRunCode() throws Exception {
        Path project = project("app-class.pkl");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> check(project,
                "{ allowedGlobals: [myapp.model.Scorer, subprocess.*] }"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("'subprocess.*' would allow subprocess.*, which is known to run code"
                + " (runs programs, changes processes, or reaches the file system, the network or native code); name"
                + " the globals you need one by one.");
    }
}
