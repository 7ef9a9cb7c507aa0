package dev.aibom.core.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Maven goals' parameter table: what it generates, and that a mistake in it stops the build with a clear message. */
class GoalParameterSourcesTest {
    @TempDir
    Path dir;

    private Path table(String yaml) throws IOException {
        return Files.writeString(dir.resolve("parameters.yaml"), yaml);
    }

    @Test
    void aSharedParameterTakesItsSpecFromTheTableAndAGoalOverridesOnlyWhatDiffers() throws IOException {
        List<GoalParameterSources.Goal> goals = GoalParameterSources.read(table("""
                parameters:
                  bom: {type: "File", property: "aibom.bom", default: "${project.build.directory}/aibom/aibom.cdx.json"}
                goals:
                  verify:
                    parameters:
                      bom: The BOM to verify.
                  review:
                    extends: JudgingMojo
                    parameters:
                      bom:
                        default: null
                        required: true
                        doc: >-
                          The supplier's
                          BOM.
                """));
        assertThat(goals).extracting(GoalParameterSources.Goal::name).containsExactly("verify", "review");
        String verify = GoalParameterSources.source(goals.get(0), "src/main/goals/parameters.yaml");
        assertThat(verify).contains("public abstract class VerifyParameters extends AbstractAibomMojo {",
                "     * The BOM to verify.\n",
                "    @Parameter(property = \"aibom.bom\", defaultValue = \"${project.build.directory}/aibom/aibom.cdx.json\")\n"
                        + "    protected File bom;\n",
                "// Generated at build time by dev.aibom.core.job.OptionSources from src/main/goals/parameters.yaml");
        String review = GoalParameterSources.source(goals.get(1), "parameters.yaml");
        assertThat(review).contains("public abstract class ReviewParameters extends JudgingMojo {",
                "     * The supplier's BOM.\n",
                "    @Parameter(property = \"aibom.bom\", required = true)\n    protected File bom;\n");
    }

    @Test
    void mistakesInTheTableNameTheEntry() throws IOException {
        assertThatThrownBy(() -> GoalParameterSources.read(table("""
                goals:
                  sign:
                    parameters:
                      keyFile: {type: "Path", doc: "The key."}
                """))).hasMessageEndingWith("parameters.yaml: parameter keyFile: type 'Path' is not one of"
                + " [File, List<File>, String, boolean, int]");
        assertThatThrownBy(() -> GoalParameterSources.read(table("""
                goals:
                  sign:
                    parameters:
                      keyFile: {type: "File", defualt: "x", doc: "The key."}
                """))).hasMessageEndingWith("parameters.yaml: goal sign, parameter keyFile: unknown key 'defualt'"
                + " (allowed: [default, doc, property, required, type])");
        assertThatThrownBy(() -> GoalParameterSources.read(table("""
                goals:
                  sign:
                    parameters:
                      keyFile: The key.
                """))).hasMessageEndingWith("parameters.yaml: goal sign, parameter keyFile: no type (give it here or"
                + " under parameters)");
        assertThatThrownBy(() -> GoalParameterSources.read(table("""
                goals:
                  sign:
                    extends: AbstractMojo
                    parameters: {}
                """))).hasMessageEndingWith("parameters.yaml: goal sign: extends 'AbstractMojo' is not one of "
                + java.util.stream.Stream.concat(java.util.stream.Stream.of("AbstractAibomMojo"), OptionCatalogue.GROUPS
                        .stream().map(group -> group.baseName() + "Mojo")).sorted().toList());
    }
}
