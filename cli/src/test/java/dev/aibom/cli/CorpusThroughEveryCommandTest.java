package dev.aibom.cli;

import dev.aibom.core.NeedsConformance;
import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every BOM of the specification's corpus (1.4 to 1.7, valid and invalid) and the public ML-BOM examples, through
 * every command that reads a BOM, in-process: whatever a file holds, the answer is a verdict or a message - exit code
 * 0, 1 or 3 - never an internal error or a stack trace. And what verify says of a BOM's declarations (reading it
 * without keeping its components) is what review says (holding them).
 */
@NeedsConformance
class CorpusThroughEveryCommandTest {
    @TempDir
    Path temp;

    @Test
    void noFileOfTheCorpusIsAnInternalError() throws Exception {
        List<Path> boms = new ArrayList<>();
        for (String version : List.of("1.4", "1.5", "1.6", "1.7")) {
            try (Stream<Path> files = Files.list(TestFiles.conformance().resolve("cyclonedx-spec/test-resources/"
                    + version))) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(boms::add);
            }
        }
        try (Stream<Path> files = Files.walk(TestFiles.conformance().resolve("ml-bom-examples"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(boms::add);
        }
        Path example = TestFiles.example("credit-risk-scorer");
        String suppliers = example.resolve("suppliers.yaml").toString();
        String key = TestFiles.conformance().resolve("jsf/keys/p256publickey.pem").toString();
        List<String> problems = new ArrayList<>();
        int runs = 0;
        int declarations = 0;
        for (Path bom : boms) {
            String file = bom.toString();
            List<String[]> commands = List.of(
                    new String[] {"validate", file},
                    new String[] {"verify", file, "--trusted-key", key, "--skip-files"},
                    new String[] {"check", file, "--suppliers", suppliers, "--fail-on", "never", "--today",
                            "2026-11-27", "--reports", temp.resolve("check").toString()},
                    new String[] {"review", file, "--suppliers", suppliers, "--today", "2026-11-27", "--reports",
                            temp.resolve("review").toString()},
                    new String[] {"export", file, "--format", "spdx3", "--output", temp.resolve("out.spdx.json")
                            .toString()},
                    new String[] {"diff", file, file});
            java.util.Map<String, List<String>> declared = new java.util.HashMap<>();
            for (String[] command : commands) {
                Cli.Run run = Cli.run(command);
                declared.put(command[0], (run.out() + run.err()).lines()
                        .filter(l -> l.startsWith("aibom: declarations: "))
                        .map(l -> l.replace(" (not signed: nobody is bound to them)", "")).toList());
                runs++;
                if (!List.of(0, 1, 3).contains(run.exitCode()) || run.err().contains("internal error")
                        || run.err().contains("\tat ") || run.out().contains("\tat ")) {
                    problems.add(String.join(" ", command) + " -> " + run.exitCode() + ": " + run.err().lines()
                            .limit(3).toList());
                }
            }
            if (!declared.get("review").isEmpty()) {
                declarations++;
                if (!declared.get("verify").equals(declared.get("review"))) {
                    problems.add(file + ": verify says " + declared.get("verify") + ", review "
                            + declared.get("review"));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(runs).isGreaterThan(1000);
        assertThat(declarations).as("BOMs with declarations compared").isPositive();
    }
}
