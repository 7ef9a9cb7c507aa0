package dev.aibom.core.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Jenkins freestyle build steps' table: the class each entry becomes, and a mistake named. */
class BuildStepSourcesTest {
    @TempDir
    Path dir;

    @Test
    void anEntryBecomesABuilderBoundByItsStepsTypeWithTheSymbolOfItsName() throws IOException {
        List<BuildStepSources.Builder> builders = BuildStepSources.read(Files.writeString(dir.resolve("b.yaml"), """
                builders:
                  AibomVerifyBuilder:
                    step: AibomVerifyStep
                    displayName: Verify and review an AI-BOM made by someone else
                """));
        String source = BuildStepSources.source(builders.get(0), "src/main/steps/builders.yaml");
        assertThat(source).contains("public class AibomVerifyBuilder extends StepBuilder {\n"
                        + "    private final AibomVerifyStep settings;\n",
                "    @DataBoundConstructor\n    public AibomVerifyBuilder(AibomVerifyStep settings) {\n",
                "    public AibomVerifyStep getSettings() {\n",
                "        return \"aibomVerifyBuilder\";\n",
                "    @Extension\n    @Symbol(\"aibomVerifyBuilder\")\n",
                "            return \"Verify and review an AI-BOM made by someone else\";\n");
    }

    @Test
    void mistakesNameTheEntry() throws IOException {
        assertThatThrownBy(() -> BuildStepSources.read(Files.writeString(dir.resolve("b.yaml"), """
                builders:
                  AibomBuilder:
                    step: AibomStep
                    display: Generate
                """))).hasMessageEndingWith("b.yaml: builder AibomBuilder: unknown key 'display' (allowed:"
                + " [displayName, step])");
        assertThatThrownBy(() -> BuildStepSources.read(Files.writeString(dir.resolve("b.yaml"), """
                builders:
                  AibomBuilder:
                    step: hudson.model.Step
                    displayName: Generate
                """))).hasMessageEndingWith("b.yaml: builder AibomBuilder: class must be Aibom...Builder and step"
                + " Aibom...Step, not 'hudson.model.Step'");
    }

    /** A step offering several groups of options: the generated bases form one chain of classes. */
    @Test
    void aGeneratedBaseMayExtendAClassOfThePlugin() throws IOException {
        assertThat(BuildStepSources.settingsBases(Files.writeString(dir.resolve("s.yaml"), """
                settings:
                  SigningStepSettings: {extends: JudgingStep}
                """))).containsExactly(java.util.Map.entry("SigningStepSettings", "JudgingStep"));
        assertThat(OptionSources.jenkins(OptionCatalogue.SIGNING, "JudgingStep")).contains(
                "public abstract class SigningStepSettings extends JudgingStep implements Serializable {",
                "    protected final SettingValues signingValues(UnaryOperator<String> expand) {");
        assertThatThrownBy(() -> BuildStepSources.settingsBases(Files.writeString(dir.resolve("s.yaml"), """
                settings:
                  SignStepSettings: {extends: JudgingStep}
                """))).hasMessageEndingWith("s.yaml: settings SignStepSettings: not one of "
                + OptionCatalogue.GROUPS.stream().map(group -> group.baseName() + "StepSettings").sorted().toList());
        assertThatThrownBy(() -> BuildStepSources.settingsBases(Files.writeString(dir.resolve("s.yaml"), """
                settings:
                  SigningStepSettings: {extends: "hudson.model.Step"}
                """))).hasMessageEndingWith("s.yaml: settings SigningStepSettings: extends must name a class, not"
                + " 'hudson.model.Step'");
    }
}
