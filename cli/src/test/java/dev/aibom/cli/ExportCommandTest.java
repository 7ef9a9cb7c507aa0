package dev.aibom.cli;

import dev.aibom.core.TestFiles;
import dev.aibom.core.spdx.SpdxExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** aibom export --format spdx3: a valid SPDX 3.0.1 document; an unknown format is a usage error. */
class ExportCommandTest {
    @TempDir
    Path temp;

    @Test
    void theCreditRiskExampleExportsAsSpdx3() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("out/bom.json");
        assertThat(Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString()).exitCode()).isZero();
        Path spdx = temp.resolve("out/aibom.spdx.json");
        Cli.Run exported = Cli.run("export", bom.toString(), "--format", "spdx3", "--output", spdx.toString());
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(exported.out()).contains("aibom: exported " + bom + " as SPDX 3.0.1 JSON-LD (AI and Dataset"
                + " profiles, validated against the SPDX 3.0.1 schema) to " + spdx);
        assertThat(SpdxExport.validate(Files.readAllBytes(spdx))).isEmpty();

        Cli.Run unknown = Cli.run("export", bom.toString(), "--format", "spdx2", "--output", spdx.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("aibom: --format: 'spdx2' is not an export format. Use spdx3 (SPDX"
                + " 3.0.1 JSON-LD).");
    }
}
