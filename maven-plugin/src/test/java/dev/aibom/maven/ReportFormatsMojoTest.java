package dev.aibom.maven;

import dev.aibom.core.TestFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code aibom.formats} on check and review: only the chosen reports, an unknown one an error naming the rest. */
class ReportFormatsMojoTest {
    @TempDir
    Path temp;

    private CheckMojo check(Path project, MavenProject maven, String formats) {
        CheckMojo check = Mojos.check(project, maven);
        Mojos.set(check, "reportsDirectory", project.resolve("target/reports").toFile());
        return Mojos.set(check, "formats", formats);
    }

    @Test
    void checkWritesOnlyTheChosenFormats() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        MavenProject maven = Mojos.project(project);
        Mojos.generate(project, maven).execute();

        CheckMojo chosen = check(project, maven, "markdown, junit");
        Mojos.Lines lines = Mojos.log(chosen);
        chosen.execute();
        Path reports = project.resolve("target/reports").toRealPath();
        assertThat(lines.lines).contains("[INFO] aibom: reports: " + reports.resolve("TEST-aibom-controls.xml")
                + " (also aibom-report.md)");
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("TEST-aibom-controls.xml", "aibom-report.md");
        }

        MojoExecutionException unknown = catchThrowableOfType(MojoExecutionException.class,
                check(project, maven, "markdown,pdf")::execute);
        assertThat(unknown.getMessage()).isEqualTo("aibom.formats: 'pdf' is not a report format. Use one or more of"
                + " html, json, junit, markdown, sarif (separated by commas), all, or default.");
    }
}
