package dev.aibom.maven;

import dev.aibom.core.TestFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a Maven user reads: one MojoFailureException whose message lists the deciding findings as real lines, and
 * {@code ${...}} in the descriptor from {@code -D} user properties before the POM's, the project's own values last.
 */
class SummaryAndPropertiesMojoTest {
    @TempDir
    Path temp;

    private GenerateMojo generate(Path project, MavenProject maven, Properties user) {
        return Mojos.set(Mojos.generate(project, maven), "userProperties", user);
    }

    @Test
    void aFailingCheckIsOneExceptionListingTheDecidingFindingsAsLines() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("p"));
        MavenProject maven = Mojos.project(project);
        generate(project, maven, new Properties()).execute();
        CheckMojo check = Mojos.check(project, maven);
        Mojos.Lines lines = Mojos.log(check);
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, check::execute);
        assertThat(failure.getMessage()).isEqualTo("AI-BOM controls: 3 failed, 0 could not be evaluated, 0 waived,"
                + " 46 passed, 17 not applicable (completeness 100%). Failing the build (failOn error):\n"
                + "  ERROR [A.10.3] supplier-registered: service 'shadow-llm' supplier 'Shadow AI Labs Inc.' is not in"
                + " the supplier register\n"
                + "  ERROR [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'intent-classifier' is retired (allowed:"
                + " validated, approved, deployed)\n"
                + "  ERROR [A.6.2.4, A.10.3] model-format-safe: model 'reply-ranker': models/reply-ranker.pkl (pickle)"
                + " imports posix.system (STACK_GLOBAL): known to run code (runs programs, changes processes, or"
                + " reaches the file system, the network or native code) (byte 28)");
        assertThat(lines.lines).filteredOn(l -> l.startsWith("[ERROR] aibom: [")).hasSize(3);
    }

    @Test
    void userPropertiesComeBeforeThePomsAndTheProjectsOwnValuesLast() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("p"));
        Files.writeString(project.resolve("aibom.yaml"), Files.readString(project.resolve("aibom.yaml"))
                .replace("  version: 0.9.0\n  owner:", "  version: ${model.version}\n  owner:")
                .replace("  owner: Customer Service Engineering", "  owner: ${team} of ${project.artifactId}"));
        MavenProject maven = Mojos.project(project);
        maven.getProperties().setProperty("model.version", "1.0-pom");
        maven.getProperties().setProperty("team", "pom team");
        Properties user = new Properties();
        user.setProperty("model.version", "1.2");
        user.setProperty("project.artifactId", "not-this");
        generate(project, maven, user).execute();
        String bom = Files.readString(project.resolve("target/aibom/aibom.cdx.json"));
        assertThat(bom).contains("\"version\": \"1.2\"").contains("pom team of p").doesNotContain("1.0-pom")
                .doesNotContain("not-this");

        Files.writeString(project.resolve("aibom.yaml"), Files.readString(project.resolve("aibom.yaml"))
                .replace("${team}", "${tean}"));
        MojoExecutionException unknown = catchThrowableOfType(MojoExecutionException.class,
                () -> generate(project, maven, user).execute());
        assertThat(unknown.getMessage()).contains("system.owner: unknown property '${tean}'. Fix: use a property the"
                + " build defines (in the POM, or on the command line with -Dname=value), such as ${project.version},"
                + " or write the value.");
    }
}
