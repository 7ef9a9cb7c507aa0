package dev.aibom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A BOM in which every one of aibom's own single-valued properties, on every item, states a second, different value:
 * the controls judge that (properties-unambiguous fails; what depends on such a property could not be evaluated), export
 * refuses to pick one, and no command that reads a BOM stops with an internal error (diff, verify --base and the Hub
 * line of check and review did).
 */
class ConflictingPropertiesTest {
    @TempDir
    Path temp;

    /** Every aibom: property of the node and its nested components, stated again with another value. */
    private static void conflict(JsonNode node) {
        if (node.path("properties").isArray()) {
            ArrayNode properties = (ArrayNode) node.get("properties");
            List<JsonNode> original = new ArrayList<>();
            properties.forEach(original::add);
            for (JsonNode property : original) {
                if (property.path("name").asText().startsWith("aibom:")) {
                    properties.addObject().put("name", property.get("name").asText())
                            .put("value", property.path("value").asText() + "-other");
                }
            }
        }
        node.path("components").forEach(ConflictingPropertiesTest::conflict);
    }

    @Test
    void noCommandStopsWithAnInternalError() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Path bom = temp.resolve("bom.json");
        Cli.Run generate = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--descriptor",
                project.resolve("aibom.yaml").toString(), "--output", bom.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        ObjectNode tree = Fixtures.read(bom);
        conflict(tree.path("metadata").path("component"));
        tree.path("components").forEach(ConflictingPropertiesTest::conflict);
        Path conflicting = Fixtures.write(temp.resolve("conflicting.json"), tree);
        String suppliers = project.resolve("suppliers.yaml").toString();
        List<String[]> commands = List.of(
                new String[] {"validate", conflicting.toString()},
                new String[] {"verify", conflicting.toString(), "--base", project.toString(), "--trusted-key",
                        TestFiles.example("supplier-review").resolve("keys/acme-ml.pub.pem").toString()},
                new String[] {"check", conflicting.toString(), "--base", project.toString(), "--suppliers", suppliers,
                        "--reports", temp.resolve("check").toString(), "--today", "2026-11-27"},
                new String[] {"check", conflicting.toString(), "--suppliers", suppliers, "--reports",
                        temp.resolve("check-without-files").toString(), "--today", "2026-11-27"},
                new String[] {"review", conflicting.toString(), "--suppliers", suppliers, "--reports",
                        temp.resolve("review").toString(), "--today", "2026-11-27"},
                new String[] {"export", conflicting.toString(), "--format", "spdx3", "--output",
                        temp.resolve("out.spdx.json").toString()},
                new String[] {"diff", bom.toString(), conflicting.toString()});
        List<String> problems = new ArrayList<>();
        for (String[] command : commands) {
            Cli.Run run = Cli.run(command);
            if (!List.of(0, 1, 3).contains(run.exitCode()) || run.err().contains("internal error")
                    || run.err().contains("\tat ")) {
                problems.add(command[0] + " -> " + run.exitCode() + ": " + run.err().lines().limit(2).toList());
            }
        }
        assertThat(problems).isEmpty();
        // export would write one of two claims: it refuses, naming them
        Cli.Run export = Cli.run(commands.get(5));
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).startsWith("aibom: ERROR " + conflicting + " cannot be exported: it states"
                + " conflicting values for an aibom property, and which one to write cannot be told. State each once,"
                + " then export again:\n  - system 'credit-risk-scorer': aibom:system:owner (Retail Credit Model Risk,"
                + " Retail Credit Model Risk-other)\n");
        assertThat(temp.resolve("out.spdx.json")).doesNotExist();
        Cli.Run check = Cli.run(commands.get(2));
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.err()).contains("properties-unambiguous: model 'credit-pd-logreg' states conflicting values"
                + " for ", "aibom:artifact:path (models/credit-pd-logreg.pmml, models/credit-pd-logreg.pmml-other)");
    }
}
