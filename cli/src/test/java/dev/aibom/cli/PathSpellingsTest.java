package dev.aibom.cli;

import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One folder, many spellings: relative, absolute, {@code .}, {@code ./}, {@code dir/..}, a trailing slash, through a
 * symbolically linked folder. Every command that takes a base folder gives the same verdict and prints the same
 * lines for each (paths are resolved once, at the edge, to one real path). The example is the failing support
 * assistant: an unsafe pickle, a retired model, an undeclared shipped ONNX file, so that each spelling has something
 * to find.
 */
class PathSpellingsTest {
    @TempDir
    Path temp;
    Path project;
    Path link;

    @BeforeEach
    void project() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("work/p"));
        link = Files.createSymbolicLink(temp.resolve("linked"), project);
        Files.createDirectories(project.getParent().resolve("other"));
    }

    /** Spelling -> the working folder it is given in. */
    private Map<String, Path> spellingsOfTheProject() {
        Map<String, Path> spellings = new LinkedHashMap<>();
        spellings.put(".", project);
        spellings.put("./", project);
        spellings.put("models/..", project);
        spellings.put("./models/../", project);
        spellings.put("p", project.getParent());
        spellings.put("p/", project.getParent());
        spellings.put("../p", project.getParent().resolve("other"));
        spellings.put("../other/../p/", project.getParent().resolve("other"));
        spellings.put(project.toString(), temp);
        spellings.put(project + "/", temp);
        spellings.put(project + "/models/..", temp);
        spellings.put(link.toString(), temp);
        spellings.put(link + "/", temp);
        spellings.put("linked", temp);
        spellings.put("linked/./models/..", temp);
        return spellings;
    }

    private Cli.Run run(Path workingDirectory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = new Context(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("SOURCE_DATE_EPOCH", "1767225600"), false,
                Cli.CLOCK, workingDirectory);
        int code = Main.run(args, context);
        return new Cli.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everySpellingOfTheBaseGivesOneVerdictInEveryCommand() throws Exception {
        Path bom = temp.resolve("bom.json");
        Cli.Run reference = run(temp, "generate", "--descriptor", project.resolve("aibom.yaml").toString(), "--output",
                bom.toString(), "--base", project.toString());
        assertThat(reference.exitCode()).as(reference.toString()).isZero();
        byte[] bomBytes = Files.readAllBytes(bom);
        Map<String, Cli.Run> expected = new LinkedHashMap<>();
        expected.put("check", run(temp, check(bom, project.toString())));
        expected.put("verify", run(temp, "verify", bom.toString(), "--base", project.toString(), "--allow-unsigned"));
        Path declared = temp.resolve("declared.json");
        Files.copy(bom, declared);
        expected.put("declare", run(temp, declare(declared, project.toString())));
        byte[] declaredBytes = Files.readAllBytes(declared);
        assertThat(expected.get("declare").exitCode()).as(expected.get("declare").toString()).isZero();
        assertThat(expected.get("check").exitCode()).as(expected.get("check").toString()).isEqualTo(3);
        assertThat(expected.get("check").err()).contains("[A.6.2.4, A.10.3] model-format-safe: model 'reply-ranker'",
                "imports posix.system", "shipped-models-declared: model file src/main/resources/models/shadow-intent.onnx");
        assertThat(expected.get("verify").exitCode()).as(expected.get("verify").toString()).isZero();

        for (Map.Entry<String, Path> spelling : spellingsOfTheProject().entrySet()) {
            String base = spelling.getKey();
            Path in = spelling.getValue();
            String what = "--base '" + base + "' in " + in;
            Path again = temp.resolve("again.json");
            Cli.Run generate = run(in, "generate", "--descriptor", project.resolve("aibom.yaml").toString(),
                    "--output", again.toString(), "--base", base);
            assertThat(generate.exitCode()).as(what + "\n" + generate).isZero();
            assertThat(Files.readAllBytes(again)).as(what).isEqualTo(bomBytes);
            assertThat(run(in, check(bom, base))).as(what).isEqualTo(expected.get("check"));
            assertThat(run(in, "verify", bom.toString(), "--base", base, "--allow-unsigned")).as(what)
                    .isEqualTo(expected.get("verify"));
            Files.copy(bom, declared, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(run(in, declare(declared, base))).as(what).isEqualTo(expected.get("declare"));
            assertThat(Files.readAllBytes(declared)).as(what).isEqualTo(declaredBytes);
        }
    }

    @Test
    void aDescriptorAndABomNamedRelativeToTheWorkingFolderAreFoundThere() throws Exception {
        Cli.Run generate = run(project, "generate", "--descriptor", "aibom.yaml", "--output", "target/bom.json");
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        assertThat(generate.out()).contains("aibom: wrote " + project.toRealPath().resolve("target/bom.json"));
        Cli.Run check = run(project, "check", "target/bom.json", "--base", ".", "--suppliers", "suppliers.yaml",
                "--today", "2026-11-23");
        Cli.Run fromElsewhere = run(temp, "check", "work/p/target/bom.json", "--base", "linked/", "--suppliers",
                "linked/suppliers.yaml", "--today", "2026-11-23");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(3);
        assertThat(fromElsewhere).isEqualTo(check);
    }

    @Test
    void aMissingBaseIsAnErrorNotAnEmptyCheck() {
        Cli.Run check = run(project, "check", "nowhere.json", "--base", "missing");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).startsWith("aibom: ERROR ");
    }

    private String[] check(Path bom, String base) {
        return List.of("check", bom.toString(), "--base", base, "--suppliers",
                project.resolve("suppliers.yaml").toString(), "--scan", base.endsWith("/") ? base
                        + "src/main/resources" : base + "/src/main/resources", "--today", "2026-11-23")
                .toArray(String[]::new);
    }

    private String[] declare(Path bom, String base) {
        return List.of("declare", bom.toString(), "--base", base, "--suppliers",
                project.resolve("suppliers.yaml").toString(), "--today", "2026-11-23",
                "--signatory", "Sam Patel", "--role", "Head").toArray(String[]::new);
    }
}
