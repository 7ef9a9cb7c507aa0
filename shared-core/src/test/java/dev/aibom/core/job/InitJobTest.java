package dev.aibom.core.job;

import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.descriptor.DescriptorLoader;
import dev.aibom.core.descriptor.ValidDescriptor;
import dev.aibom.core.discovery.DiscoveryScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InitJobTest {
    @TempDir
    Path temp;

    @Test
    void writesAValidStartingDescriptorFromWhatTheBuildShipsAndNeverOverwrites() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("p"));
        Files.delete(project.resolve("aibom.yaml"));
        Path descriptor = project.resolve("aibom.yaml");
        List<DiscoveryScanner.Dependency> dependencies = List.of(new DiscoveryScanner.Dependency("dev.langchain4j",
                "langchain4j-open-ai", "1.0.0", List.of("com.northwind.support:support-assistant:0.9.0",
                "dev.langchain4j:langchain4j-open-ai:1.0.0")));
        InitJob.Request request = new InitJob.Request(descriptor, "support-assistant", "0.9.0",
                new DiscoveryScanner.Request(dependencies, List.of(project.resolve("models"),
                        project.resolve("src/main/resources")), project));
        InitJob.Result result = InitJob.run(request, Log.NONE);
        assertThat(result.models()).isEqualTo(3);
        assertThat(result.services()).isEqualTo(1);
        String yaml = Files.readString(descriptor);
        assertThat(yaml).contains("  - name: shadow-intent   # found: src/main/resources/models/shadow-intent.onnx (onnx)",
                "    file: src/main/resources/models/shadow-intent.onnx",
                "  - name: reply-ranker   # found: models/reply-ranker.pkl (pickle)",
                "  - id: openai\n    name: OpenAI   # from LangChain4j (OpenAI)", "TODO");
        // it loads, and a BOM can be generated from it right away; the TODOs are left for the controls to report
        ValidDescriptor valid = DescriptorLoader.load(descriptor, project);
        assertThat(valid.descriptor().models()).hasSize(3);
        GenerateJob.run(new GenerateJob.Request(descriptor, project, temp.resolve("bom.json"), Optional.empty(),
                BomOptions.at(Instant.EPOCH)), Log.NONE);
        assertThatThrownBy(() -> InitJob.run(request, Log.NONE)).hasMessage(descriptor + " exists already; init never"
                + " overwrites a descriptor. Move it away, or edit it by hand.");
    }

    /**
     * A shipped file's name is anyone's text: written into the descriptor's comments and values, it must not break
     * out of them (a line break that starts a key of its own), and each model's file must read back as the file found.
     */
    @Test
    void aFileNameCannotWriteIntoTheDescriptor() throws Exception {
        Path project = Files.createDirectories(temp.resolve("q"));
        Path models = Files.createDirectories(project.resolve("models"));
        byte[] onnx = Files.readAllBytes(TestFiles.example("failing-support-assistant")
                .resolve("src/main/resources/models/shadow-intent.onnx"));
        List<String> names = List.of("evil\nsystem:\n  name: injected\n#.onnx", "quote's \"and\" tab\t.onnx",
                "# hash: colon.onnx");
        for (String name : names) {
            Files.write(models.resolve(name), onnx);
        }
        Path descriptor = project.resolve("aibom.yaml");
        InitJob.run(new InitJob.Request(descriptor, "s", "1", new DiscoveryScanner.Request(List.of(),
                List.of(models), project)), Log.NONE);
        String yaml = Files.readString(descriptor);
        assertThat(yaml).doesNotContain("\nsystem:\n  name: injected").contains("# found: models/evil\\nsystem:");
        ValidDescriptor valid = DescriptorLoader.load(descriptor, project);
        assertThat(valid.descriptor().system().name()).isEqualTo("s");
        assertThat(valid.descriptor().models()).extracting(m -> m.file()).containsExactlyInAnyOrder(
                names.stream().map(n -> "models/" + n).toArray(String[]::new));
    }
}
