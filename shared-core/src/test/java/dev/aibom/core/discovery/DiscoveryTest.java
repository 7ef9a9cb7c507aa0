package dev.aibom.core.discovery;

import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;
import dev.aibom.core.format.ModelFormat;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
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

    /** A zip holding {@code entries} (name, bytes). */
    private static byte[] zip(Object... entries) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] content) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] tar(String name, byte[] content) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
            var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(name);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void modelsAreFoundByContentWhateverTheyAreCalledAndInsideNestedArchives() throws Exception {
        Path shipped = Files.createDirectories(temp.resolve("shipped"));
        byte[] onnx = Files.readAllBytes(fixture("inline.onnx"));
        byte[] pickle = Files.readAllBytes(fixture("os-system.p2.pkl"));
        // names that say nothing, or lie
        Files.write(shipped.resolve("App.class"), pickle);
        Files.write(shipped.resolve("README.md"), onnx);
        Files.write(shipped.resolve("notes.txt"), "just text".getBytes());
        // archives in archives: a jar in a war in a zip, a .tar.gz, a gzipped model
        Files.write(shipped.resolve("bundle.zip"), zip("app.war", zip("WEB-INF/lib/models.jar",
                zip("models/inner.onnx", onnx))));
        Files.write(shipped.resolve("models.tar.gz"), gzip(tar("m/deep.bin", onnx)));
        Files.write(shipped.resolve("weights.gz"), gzip(onnx));
        Discovery discovery = DiscoveryScanner.scan(List.of(), List.of(shipped), temp);
        assertThat(discovery.files()).extracting(Discovery.FoundModelFile::path).containsExactly(
                "shipped/App.class", "shipped/README.md",
                "shipped/bundle.zip!/app.war!/WEB-INF/lib/models.jar!/models/inner.onnx",
                "shipped/models.tar.gz!/models.tar!/m/deep.bin", "shipped/weights.gz!/weights");
        assertThat(discovery.incomplete()).isEmpty();
    }

    @Test
    void whatABoundStopsCouldNotBeEvaluated() throws Exception {
        Path shipped = Files.createDirectories(temp.resolve("shipped"));
        byte[] onnx = Files.readAllBytes(fixture("inline.onnx"));
        Files.write(shipped.resolve("deep.zip"), zip("1.zip", zip("2.zip", zip("3.zip", zip("4.zip",
                zip("m.onnx", onnx))))));
        Discovery deep = DiscoveryScanner.scan(List.of(), List.of(shipped), temp);
        assertThat(deep.files()).isEmpty();
        assertThat(deep.incomplete()).containsExactly("shipped/deep.zip!/1.zip!/2.zip!/3.zip!/4.zip: an archive"
                + " nested more than 4 deep, not looked into");
        Files.move(shipped.resolve("deep.zip"), project.resolve("models/deep.zip"));
        Files.write(shipped.resolve("big.zip"), zip("a.bin", new byte[4096], "m.onnx", onnx));
        Discovery small = DiscoveryScanner.scan(List.of(), List.of(shipped), temp, 1000, 4);
        assertThat(small.incomplete()).containsExactly("shipped/big.zip!/a.bin: the look into archives stopped"
                + " after 1000 bytes extracted, before the end of this entry");

        // through the control: could not be evaluated, never a pass
        EvaluationResult result = check(Optional.of(new DiscoveryScanner.Request(List.of(),
                List.of(project.resolve("models")), project)));
        assertThat(of(result, "shipped-models-declared")).anySatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.ERROR);
            assertThat(f.message()).isEqualTo("could not be evaluated: models/deep.zip!/1.zip!/2.zip!/3.zip!/4.zip:"
                    + " an archive nested more than 4 deep, not looked into");
        });
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    /**
     * An archive cut short or damaged (a truncated gzip, a zip entry whose compressed data ends early, a tar cut in an
     * entry) is named as not looked into - could not be evaluated - like one whose directory cannot be read; it was an
     * I/O error that named no file.
     */
    @Test
    void aDamagedArchiveIsNamedAsNotLookedInto() throws Exception {
        Path shipped = Files.createDirectories(temp.resolve("shipped"));
        byte[] onnx = Files.readAllBytes(fixture("inline.onnx"));
        byte[] random = new byte[100_000];
        new java.util.Random(7).nextBytes(random);
        byte[] gzip = gzip(random);
        Files.write(shipped.resolve("weights.gz"), java.util.Arrays.copyOf(gzip, gzip.length / 2));
        // a gzip cut short inside a zip, beside a model that must still be found
        byte[] cut = zip("data/w.gz", java.util.Arrays.copyOf(gzip, 5000), "m.onnx", onnx);
        Files.write(shipped.resolve("inner.zip"), cut);
        byte[] tar = tar("m/deep.bin", random);
        Files.write(shipped.resolve("cut.tar"), java.util.Arrays.copyOf(tar, 20_000));
        Discovery discovery = DiscoveryScanner.scan(List.of(), List.of(shipped), temp);
        assertThat(discovery.incomplete()).containsExactly(
                "shipped/cut.tar: a tar archive that cannot be read (Truncated TAR archive)",
                "shipped/inner.zip!/data/w.gz: gzip data that cannot be read (Unexpected end of ZLIB input stream)",
                "shipped/weights.gz: gzip data that cannot be read (Unexpected end of ZLIB input stream)");
        assertThat(discovery.files()).extracting(Discovery.FoundModelFile::path).containsExactly(
                "shipped/inner.zip!/m.onnx");

        // a zip whose end record points outside the file (found by DiscoveryFuzzTest): the JDK's EOFException, no words
        Path endOutOfFile = Files.createDirectories(temp.resolve("end"));
        Files.copy(Path.of(DiscoveryTest.class.getResource("DiscoveryFuzzTestInputs/discovery/"
                + "crash-zip-end-record-out-of-file").toURI()), endOutOfFile.resolve("app.jar"));
        assertThat(DiscoveryScanner.scan(List.of(), List.of(endOutOfFile), temp).incomplete()).containsExactly(
                "end/app.jar: a zip archive that cannot be read (it ends early)");
    }

    private EvaluationResult check(Optional<DiscoveryScanner.Request> discover) throws Exception {
        CheckJob.Request request = new CheckJob.Request(bom, Judging.builder(LocalDate.parse("2026-11-23"))
                .policy(Input.configured("policy", project.resolve("aibom-policy.yaml").toString()))
                .register(Input.configured("suppliers", project.resolve("suppliers.yaml").toString()))
                .waivers(Input.configured("waivers", project.resolve("waivers.yaml").toString()))
                .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.of(project));
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
        EvaluationResult recorded = CheckJob.run(new CheckJob.Request(elsewhere,
                Judging.builder(LocalDate.parse("2026-11-23"))
                        .register(Input.configured("suppliers", project.resolve("suppliers.yaml").toString()))
                        .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.empty()), Log.NONE,
                HashListener.NONE).evaluation();
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
