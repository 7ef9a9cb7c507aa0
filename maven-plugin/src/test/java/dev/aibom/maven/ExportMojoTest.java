package dev.aibom.maven;

import dev.aibom.core.TestFiles;
import dev.aibom.core.spdx.SpdxExport;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** aibom:export with aibom.exportFormats=spdx3 writes a valid SPDX 3.0.1 document; no format is an error. */
class ExportMojoTest {
    @TempDir
    Path temp;

    @Test
    void spdx3IsWrittenBesideTheBom() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Mojos.generate(project, Mojos.project(project)).execute();

        ExportMojo export = new ExportMojo();
        Mojos.Lines lines = Mojos.log(export);
        Mojos.set(export, "basedir", project.toFile());
        Mojos.set(export, "bom", project.resolve("target/aibom/aibom.cdx.json").toFile());
        Mojos.set(export, "exportDirectory", project.resolve("target/aibom").toFile());
        Mojos.set(export, "exportFormats", "spdx3");
        export.execute();
        Path spdx = project.resolve("target/aibom/aibom.spdx.json").toRealPath();
        assertThat(SpdxExport.validate(Files.readAllBytes(spdx))).isEmpty();
        assertThat(lines.lines).anyMatch(l -> l.startsWith("[INFO] aibom: exported ") && l.endsWith(" to " + spdx));

        Mojos.set(export, "exportFormats", null);
        MojoExecutionException none = catchThrowableOfType(MojoExecutionException.class, export::execute);
        assertThat(none.getMessage()).isEqualTo("aibom.exportFormats is not set: name the formats to export (spdx3).");
        Mojos.set(export, "exportFormats", "spdx3, cyclonedx9");
        assertThat(catchThrowableOfType(MojoExecutionException.class, export::execute).getMessage())
                .isEqualTo("aibom.exportFormats: 'cyclonedx9' is not an export format. Use spdx3 (SPDX 3.0.1"
                        + " JSON-LD).");
    }
}
