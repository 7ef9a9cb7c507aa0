package dev.aibom.maven;

import dev.aibom.core.TestFiles;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goals that take a base folder give one verdict for every spelling of it - relative, absolute, {@code .},
 * {@code dir/..}, a trailing slash, through a linked folder - as the command line does (PathSpellingsTest there):
 * generate (descriptor and base), check (base and scan) and verify (base), on the failing example.
 */
class PathSpellingsMojoTest {
    @TempDir
    Path temp;
    Path project;
    Path link;

    @BeforeEach
    void project() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("work/p"));
        Files.deleteIfExists(project.resolve("pom.xml"));
        link = Files.createSymbolicLink(temp.resolve("linked"), project);
    }

    private List<String> spellings() {
        return List.of(".", "./", "models/..", "./models/../", project.toString(), project + "/",
                project + "/models/..", link.toString(), link + "/", link + "/./models/..", "../p", "../../linked");
    }

    /** What a goal logged and how it ended: equal for equal verdicts. */
    private record Outcome(List<String> lines, String failure) {
    }

    private Outcome generate(String descriptor, String base) {
        MavenProject maven = Mojos.project(project);
        GenerateMojo mojo = new GenerateMojo();
        Mojos.Lines lines = Mojos.log(mojo);
        Mojos.set(mojo, "basedir", project.toFile());
        Mojos.set(mojo, "project", maven);
        Mojos.set(mojo, "descriptor", Mojos.file(project, descriptor));
        Mojos.set(mojo, "baseDirectory", Mojos.file(project, base));
        Mojos.set(mojo, "bom", Mojos.file(project, "target/aibom/aibom.cdx.json"));
        Mojos.set(mojo, "outputTimestamp", "2026-01-01T00:00:00Z");
        Mojos.set(mojo, "offline", "true");
        Mojos.set(mojo, "hashCache", "none");
        return run(mojo, lines);
    }

    private Outcome check(String base) {
        MavenProject maven = Mojos.project(project);
        CheckMojo mojo = new CheckMojo();
        Mojos.Lines lines = Mojos.log(mojo);
        Mojos.set(mojo, "basedir", project.toFile());
        Mojos.set(mojo, "project", maven);
        Mojos.set(mojo, "bom", Mojos.file(project, "target/aibom/aibom.cdx.json"));
        Mojos.set(mojo, "configDirectory", project.toFile());
        Mojos.set(mojo, "checkFiles", true);
        Mojos.set(mojo, "baseDirectory", Mojos.file(project, base));
        Mojos.set(mojo, "reportsDirectory", Mojos.file(project, "target/aibom"));
        Mojos.set(mojo, "today", "2026-11-23");
        Mojos.set(mojo, "discover", true);
        Mojos.set(mojo, "scan", List.of(Mojos.file(project, base.endsWith("/") ? base + "src/main/resources"
                : base + "/src/main/resources")));
        Mojos.set(mojo, "registerTimeoutSeconds", "20");
        return run(mojo, lines);
    }

    private Outcome verify(String base) {
        VerifyMojo mojo = new VerifyMojo();
        Mojos.Lines lines = Mojos.log(mojo);
        Mojos.set(mojo, "basedir", project.toFile());
        Mojos.set(mojo, "bom", Mojos.file(project, "target/aibom/aibom.cdx.json"));
        Mojos.set(mojo, "allowUnsigned", true);
        Mojos.set(mojo, "checkFiles", true);
        Mojos.set(mojo, "baseDirectory", Mojos.file(project, base));
        return run(mojo, lines);
    }

    private static Outcome run(org.apache.maven.plugin.AbstractMojo mojo, Mojos.Lines lines) {
        try {
            mojo.execute();
            return new Outcome(new ArrayList<>(lines.lines), "");
        } catch (MojoFailureException e) {
            return new Outcome(new ArrayList<>(lines.lines), "failure: " + e.getMessage());
        } catch (Exception e) {
            return new Outcome(new ArrayList<>(lines.lines), "error: " + e.getMessage());
        }
    }

    @Test
    void everySpellingOfTheBaseGivesOneVerdictInEveryGoal() throws Exception {
        Outcome generated = generate("aibom.yaml", project.toString());
        assertThat(generated.failure()).isEmpty();
        byte[] bom = Files.readAllBytes(project.resolve("target/aibom/aibom.cdx.json"));
        Outcome checked = check(project.toString());
        assertThat(checked.failure()).startsWith("failure: ").contains("model-format-safe", "imports posix.system",
                "shipped-models-declared");
        Outcome verified = verify(project.toString());
        assertThat(verified.failure()).isEmpty();
        Map<String, String> wrong = new LinkedHashMap<>();
        for (String base : spellings()) {
            Outcome g = generate(base.startsWith("/") ? base + "/aibom.yaml" : base + "/aibom.yaml", base);
            if (!g.equals(generated) || !java.util.Arrays.equals(bom, Files.readAllBytes(
                    project.resolve("target/aibom/aibom.cdx.json")))) {
                wrong.put("generate " + base, g.toString());
            }
            if (!check(base).equals(checked)) {
                wrong.put("check " + base, check(base).toString());
            }
            if (!verify(base).equals(verified)) {
                wrong.put("verify " + base, verify(base).toString());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
