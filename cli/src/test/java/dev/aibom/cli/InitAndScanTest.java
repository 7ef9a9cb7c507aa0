package dev.aibom.cli;

import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aibom init} and {@code aibom check --scan/--dependencies}: discovery from the command line. */
class InitAndScanTest {
    @TempDir
    Path temp;

    @Test
    void initWritesADescriptorFromTheScannedFilesAndDependenciesAndNeverOverwrites() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("p"));
        Files.delete(project.resolve("aibom.yaml"));
        Path dependencies = Files.writeString(temp.resolve("deps.txt"), """
                The following files have been resolved:
                   dev.langchain4j:langchain4j-open-ai:jar:1.0.0:compile -- module langchain4j.open.ai
                   com.fasterxml.jackson.core:jackson-core:jar:2.21.1:compile
                """);
        Path descriptor = project.resolve("aibom.yaml");
        Cli.Run init = Cli.run("init", "--name", "support-assistant", "--system-version", "0.9.0", "--output",
                descriptor.toString(), "--scan", project.resolve("models").toString(), "--scan",
                project.resolve("src/main/resources").toString(), "--dependencies", dependencies.toString());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).contains("aibom: wrote " + descriptor + " (3 models, 1 service from ");
        assertThat(Files.readString(descriptor)).contains("file: src/main/resources/models/shadow-intent.onnx",
                "  - id: openai\n    name: OpenAI   # from LangChain4j (OpenAI)");

        Cli.Run generate = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                descriptor.toString(), "--output", temp.resolve("bom.json").toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();

        Cli.Run again = Cli.run("init", "--name", "support-assistant", "--system-version", "0.9.0", "--output",
                descriptor.toString(), "--scan", project.resolve("models").toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("aibom: ERROR " + descriptor + " exists already; init never overwrites a"
                + " descriptor. Move it away, or edit it by hand.\n");
    }

    @Test
    void checkWithScanFailsForAnUndeclaredShippedModelAndAnUnsafePickle() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("p"));
        Path bom = temp.resolve("bom.json");
        Cli.Run generate = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Cli.Run check = Cli.run("check", bom.toString(), "--base", project.toString(), "--suppliers",
                project.resolve("suppliers.yaml").toString(), "--scan",
                project.resolve("src/main/resources").toString(), "--today", "2026-11-23");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(3);
        assertThat(check.out()).contains("aibom: discovery: 0 AI libraries and 1 model file in ");
        assertThat(check.err()).contains(
                "shipped-models-declared: model file src/main/resources/models/shadow-intent.onnx (onnx",
                "model-format-safe: model 'reply-ranker': models/reply-ranker.pkl (pickle) imports posix.system");

        Path notDependencies = Files.writeString(temp.resolve("deps.txt"), "com.openai openai-java 1.0\n");
        Cli.Run unread = Cli.run("check", bom.toString(), "--dependencies", notDependencies.toString());
        assertThat(unread.exitCode()).isEqualTo(1);
        assertThat(unread.err()).isEqualTo("aibom: ERROR Invalid dependency list " + notDependencies + ":\n  - "
                + notDependencies + ":1: 'com.openai openai-java 1.0' is not a dependency Fix: write one"
                + " group:artifact:version per line, or give the output of mvn dependency:list (-DoutputFile=FILE"
                + " writes it to a file).\n");

        Cli.Run missing = Cli.run("check", bom.toString(), "--scan", temp.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("aibom: ERROR --scan: " + temp.resolve("nowhere") + " does not exist."
                + " Point --scan at a folder or archive the build ships.\n");
    }
}
