package dev.aibom.core.discovery;

import dev.aibom.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line's {@code --dependencies} file: a plain list, or mvn dependency:list's output; strictly. */
class DependencyListTest {
    @TempDir
    Path temp;

    private List<String> read(String text) throws Exception {
        return DependencyList.read(Files.writeString(temp.resolve("deps.txt"), text)).stream()
                .map(d -> d.groupId() + ":" + d.artifactId() + ":" + d.version()).toList();
    }

    @Test
    void aPlainListAndWhatDependencyListPrintsOrWritesAreRead() throws Exception {
        assertThat(read("dev.langchain4j:langchain4j-open-ai:1.0.0\n# a comment\n\ncom.anthropic:anthropic-java:2.0.0\n"))
                .containsExactly("dev.langchain4j:langchain4j-open-ai:1.0.0", "com.anthropic:anthropic-java:2.0.0");
        // -DoutputFile=deps.txt
        assertThat(read("""

                The following files have been resolved:
                   dev.langchain4j:langchain4j-open-ai:jar:1.0.0:compile -- module langchain4j.open.ai
                   ai.djl:api:jar:linux-x86_64:0.30.0:runtime (optional)
                   org.junit.jupiter:junit-jupiter:jar:5.11.0:test -- module org.junit.jupiter [auto]
                """)).containsExactly("dev.langchain4j:langchain4j-open-ai:1.0.0", "ai.djl:api:0.30.0",
                "org.junit.jupiter:junit-jupiter:5.11.0");
        // the console: Maven's log lines around the answer are passed over, even those with colons
        assertThat(read("""
                [INFO] Scanning for projects...
                [INFO] --- dependency:3.8.1:list (default-cli) @ app ---
                [INFO]
                [INFO] The following files have been resolved:
                [INFO]    com.microsoft.onnxruntime:onnxruntime:jar:1.20.0:compile
                [INFO] ------------------------------------------------------------------------
                [INFO] BUILD SUCCESS
                [INFO] Finished at: 2026-12-05T13:00:00+01:00
                """)).containsExactly("com.microsoft.onnxruntime:onnxruntime:1.20.0");
        assertThat(read("The following files have been resolved:\n   none\n")).as("a project without dependencies")
                .isEmpty();
    }

    @Test
    void whatIsNotADependencyIsNamedNeverPassedOver() throws Exception {
        Path file = Files.writeString(temp.resolve("deps.txt"), """
                dev.langchain4j:langchain4j-open-ai:1.0.0
                com.anthropic:anthropic-java:jar:2.0.0
                com.openai openai-java 1.0
                """);
        assertThatThrownBy(() -> DependencyList.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid dependency list " + file + " (2 problems):\n"
                        + "  - " + file + ":2: 'com.anthropic:anthropic-java:jar:2.0.0' is not a dependency Fix: write"
                        + " one group:artifact:version per line, or give the output of mvn dependency:list"
                        + " (-DoutputFile=FILE writes it to a file).\n"
                        + "  - " + file + ":3: 'com.openai openai-java 1.0' is not a dependency Fix: write one"
                        + " group:artifact:version per line, or give the output of mvn dependency:list"
                        + " (-DoutputFile=FILE writes it to a file).");
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n# nothing yet\n");
        assertThatThrownBy(() -> DependencyList.read(empty)).hasMessage("Invalid dependency list " + empty + ":\n"
                + "  - " + empty + ": it lists no dependency, so no AI library could be found in it Fix: write one"
                + " group:artifact:version per line, or give the output of mvn dependency:list (-DoutputFile=FILE"
                + " writes it to a file).");
        Path console = Files.writeString(temp.resolve("console.txt"), "[INFO] BUILD FAILURE\n");
        assertThatThrownBy(() -> DependencyList.read(console)).hasMessageContaining("it lists no dependency");
        assertThatThrownBy(() -> DependencyList.read(temp.resolve("missing.txt")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing.txt");
    }
}
