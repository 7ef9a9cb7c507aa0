package dev.aibom.core.discovery;

import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.Status;
import dev.aibom.core.format.ModelFormat;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Trust;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Discovery of what a build ships, and the controls that compare it with the BOM, over the credit-risk example. */
class DiscoveryTest {
    @TempDir
    Path temp;
    Path project;
    Path bom;

    static Path fixture(String name) {
        try {
            return Path.of(DiscoveryTest.class.getResource("/dev/aibom/core/format/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void generate() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("project"));
        bom = project.resolve("target/aibom/aibom.cdx.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.EPOCH)), Log.NONE);
    }

    /** A jar like the one the build makes: the declared PMML model, and an ONNX model nobody declared. */
    private Path jar() throws Exception {
        Path jar = project.resolve("target/credit-risk-scorer.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String[] entry : new String[][]{{"dev/example/App.class", null},
                    {"models/credit-pd-logreg.pmml", project.resolve("models/credit-pd-logreg.pmml").toString()},
                    {"models/shadow.onnx", fixture("inline.onnx").toString()}}) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                if (entry[1] != null) {
                    Files.copy(Path.of(entry[1]), zip);
                } else {
                    zip.write(new byte[]{(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe});
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static final List<DiscoveryScanner.Dependency> DEPENDENCIES = List.of(
            new DiscoveryScanner.Dependency("dev.langchain4j", "langchain4j-open-ai", "1.0.0",
                    List.of("dev.example:credit-risk-scorer:1.4.0", "dev.langchain4j:langchain4j-open-ai:1.0.0")),
            new DiscoveryScanner.Dependency("com.microsoft.onnxruntime", "onnxruntime", "1.20.0",
                    List.of("dev.example:credit-risk-scorer:1.4.0", "com.microsoft.onnxruntime:onnxruntime:1.20.0")),
            new DiscoveryScanner.Dependency("com.anthropic", "anthropic-java", "2.0.0",
                    List.of("dev.example:credit-risk-scorer:1.4.0", "dev.example:chat:1.0",
                            "com.anthropic:anthropic-java:2.0.0")),
            new DiscoveryScanner.Dependency("com.fasterxml.jackson.core", "jackson-databind", "2.21.1",
                    List.of("dev.example:credit-risk-scorer:1.4.0", "com.fasterxml.jackson.core:jackson-databind:2.21.1")));

    @Test
    void theScannerFindsAiLibrariesAndModelFilesByContent() throws Exception {
        Discovery discovery = DiscoveryScanner.scan(DEPENDENCIES, List.of(project.resolve("models"), jar()), project);
        assertThat(discovery.dependencies()).extracting(f -> f.library().name()).containsExactly(
                "LangChain4j (OpenAI)", "ONNX Runtime", "Anthropic Java SDK");
        assertThat(discovery.dependencies().get(2).origin()).isEqualTo("dev.example:credit-risk-scorer:1.4.0 ->"
                + " dev.example:chat:1.0 -> com.anthropic:anthropic-java:2.0.0");
        assertThat(discovery.files()).extracting(Discovery.FoundModelFile::path).containsExactly(
                "models/credit-pd-logreg.pmml", "models/loan-purpose-centroids.safetensors",
                "target/credit-risk-scorer.jar!/models/credit-pd-logreg.pmml",
                "target/credit-risk-scorer.jar!/models/shadow.onnx");
        assertThat(discovery.files()).extracting(Discovery.FoundModelFile::format).containsExactly(ModelFormat.PMML,
                ModelFormat.SAFETENSORS, ModelFormat.PMML, ModelFormat.ONNX);
    }

    private EvaluationResult check(Optional<DiscoveryScanner.Request> discover) throws Exception {
        CheckJob.Request request = new CheckJob.Request(bom, Input.configured("policy",
                project.resolve("aibom-policy.yaml").toString()), Input.configured("suppliers",
                project.resolve("suppliers.yaml").toString()), Input.configured("waivers",
                project.resolve("waivers.yaml").toString()), Trust.NONE, Optional.of(project),
                LocalDate.parse("2026-11-23"), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Duration.ofSeconds(5));
        return CheckJob.run(discover.map(request::discovering).orElse(request), Log.NONE, HashListener.NONE)
                .evaluation();
    }

    private static List<Finding> of(EvaluationResult result, String control) {
        return result.findings().stream().filter(f -> f.control().equals(control)).toList();
    }

    @Test
    void anUndeclaredShippedModelFailsAndADeclaredOnePasses() throws Exception {
        EvaluationResult result = check(Optional.of(new DiscoveryScanner.Request(DEPENDENCIES,
                List.of(project.resolve("models"), jar()), project)));
        List<Finding> shipped = of(result, "shipped-models-declared");
        // the declared model in the folder and its copy inside the jar are one model: one finding
        assertThat(shipped).filteredOn(f -> f.status() == Status.PASS).extracting(Finding::message).containsExactly(
                "model file models/credit-pd-logreg.pmml (also"
                        + " target/credit-risk-scorer.jar!/models/credit-pd-logreg.pmml) (pmml) is a declared artifact",
                "model file models/loan-purpose-centroids.safetensors (safetensors) is a declared artifact");
        assertThat(shipped).filteredOn(f -> f.status() == Status.FAIL).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("model file"
                        + " target/credit-risk-scorer.jar!/models/shadow.onnx (onnx, SHA-256 ")
                        .endsWith(") is shipped, but no declared model or dataset covers it"));
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);

        List<Finding> sdks = of(result, "ai-sdks-declared");
        assertThat(sdks).filteredOn(f -> f.status() == Status.PASS).extracting(Finding::message).containsExactly(
                "LangChain4j (OpenAI) (dev.langchain4j:langchain4j-open-ai:1.0.0) calls a declared OpenAI service",
                "ONNX Runtime (com.microsoft.onnxruntime:onnxruntime:1.20.0) runs declared models");
        assertThat(sdks).filteredOn(f -> f.status() == Status.FAIL).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Anthropic Java SDK (com.anthropic:anthropic-java:2.0.0, via"
                    + " dev.example:credit-risk-scorer:1.4.0 -> dev.example:chat:1.0 -> com.anthropic:anthropic-java:2.0.0)"
                    + " calls Anthropic, but the BOM declares no Anthropic service");
            assertThat(f.severity().value()).isEqualTo("warning");
        });
    }

    @Test
    void aShippedFileAtADeclaredPathWithOtherContentIsNamedAsSuch() throws Exception {
        // the BOM was generated from the declared model; the build then ships another file under its name
        Files.createDirectories(project.resolve("dist/models"));
        Path shippedPmml = Files.writeString(project.resolve("dist/models/credit-pd-logreg.pmml"),
                "<?xml version=\"1.0\"?>\n<PMML xmlns=\"http://www.dmg.org/PMML-4_4\" version=\"4.4\"><Header/></PMML>\n");
        EvaluationResult result = check(Optional.of(new DiscoveryScanner.Request(List.of(),
                List.of(shippedPmml.getParent().getParent()), project)));
        assertThat(of(result, "shipped-models-declared")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.message()).startsWith("model file dist/models/credit-pd-logreg.pmml (pmml, SHA-256 ")
                    .endsWith(") is shipped where model 'credit-pd-logreg''s file models/credit-pd-logreg.pmml is"
                            + " declared, but with other content than the BOM states");
        });
    }

    @Test
    void withoutDiscoveryTheDiscoveryControlsAreNotApplicable() throws Exception {
        EvaluationResult result = check(Optional.empty());
        assertThat(of(result, "shipped-models-declared")).singleElement().extracting(Finding::status)
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(of(result, "ai-sdks-declared")).singleElement().extracting(Finding::status)
                .isEqualTo(Status.NOT_APPLICABLE);
        // the example's PMML model is inspected from the files: a format that holds only data
        assertThat(of(result, "model-format-safe")).filteredOn(f -> f.name().equals("credit-pd-logreg"))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.message()).isEqualTo("model 'credit-pd-logreg': models/credit-pd-logreg.pmml (pmml),"
                            + " inspected: nothing runs code when it is loaded");
                });
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.PASS);
    }

    @Test
    void anUnsafePickleModelFailsWithTheImportAndItsOffset() throws Exception {
        Files.copy(fixture("os-system.p4.pkl"), project.resolve("models/credit-pd-logreg.pmml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.EPOCH)), Log.NONE);
        assertThat(Files.readString(bom)).contains("\"value\": \"pickle\"");
        EvaluationResult result = check(Optional.empty());
        assertThat(of(result, "model-format-safe")).filteredOn(f -> f.name().equals("credit-pd-logreg"))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.FAIL);
                    assertThat(f.message()).isEqualTo("model 'credit-pd-logreg': models/credit-pd-logreg.pmml (pickle)"
                            + " imports posix.system (STACK_GLOBAL): known to run code (runs programs, changes"
                            + " processes, or reaches the file system, the network or native code) (byte 28)");
                });
        // without the files, a pickle recorded in the BOM cannot be judged: never a pass
        Path elsewhere = Files.copy(bom, temp.resolve("bom.json"));
        EvaluationResult recorded = CheckJob.run(new CheckJob.Request(elsewhere, Input.none("policy"),
                Input.configured("suppliers", project.resolve("suppliers.yaml").toString()), Input.none("waivers"),
                Trust.NONE, Optional.empty(), LocalDate.parse("2026-11-23"), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Duration.ofSeconds(5)), Log.NONE, HashListener.NONE).evaluation();
        assertThat(of(recorded, "model-format-safe")).filteredOn(f -> f.name().equals("credit-pd-logreg"))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.ERROR);
                    assertThat(f.message()).startsWith("model 'credit-pd-logreg' is recorded as pickle, a format that"
                            + " can run code when loaded, and its files are not at hand to inspect");
                });
    }

    @Test
    void docsDiscoveryListsTheCatalogueAsItIs() throws Exception {
        StringBuilder table = new StringBuilder("| library | kind | coordinates |\n|---|---|---|\n");
        for (Catalogue.Library library : Catalogue.libraries()) {
            table.append("| ").append(library.name()).append(" | ").append(library.kind() == Catalogue.Kind.SDK
                    ? "SDK: calls " + library.provider() : "runtime: runs models in the process").append(" | `")
                    .append(String.join("`, `", library.match())).append("` |\n");
        }
        String doc = Files.readString(TestFiles.repositoryRoot().resolve("docs/discovery.md"));
        assertThat(doc).as("docs/discovery.md must contain the catalogue's table:\n" + table).contains(table);
        assertThat(Catalogue.of("ai.djl.huggingface", "tokenizers")).map(Catalogue.Library::name)
                .contains("Hugging Face tokenizers");
    }
}
