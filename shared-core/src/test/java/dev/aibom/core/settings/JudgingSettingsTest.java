package dev.aibom.core.settings;

import dev.aibom.core.AibomException;
import dev.aibom.core.TestFiles;
import dev.aibom.core.control.FailOn;
import dev.aibom.control.Severity;
import dev.aibom.core.job.JudgingSettings;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.job.OptionDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options every front end offers are declared once, parsed once, and named as each front end spells them. */
class JudgingSettingsTest {
    private static JudgingSettings parse(FrontEnd frontEnd, Map<String, String> values) throws AibomException {
        return JudgingSettings.of(new SettingValues(frontEnd, values));
    }

    @Test
    void nothingSetIsTheDefaults() throws Exception {
        for (FrontEnd frontEnd : FrontEnd.values()) {
            assertThat(parse(frontEnd, Map.of())).isEqualTo(JudgingSettings.DEFAULTS);
            assertThat(parse(frontEnd, Map.of("failOn", " ", "registerTimeoutSeconds", ""))).as("blank is unset")
                    .isEqualTo(JudgingSettings.DEFAULTS);
        }
        assertThat(JudgingSettings.DEFAULTS.registerTimeout()).hasSeconds(20);
    }

    @Test
    void valuesAreParsedTheSameEverywhere() throws Exception {
        JudgingSettings settings = parse(FrontEnd.JENKINS, Map.of("failOn", "Warning", "unstableOn", "info",
                "requireAiComponents", "TRUE", "registerTimeoutSeconds", " 45 "));
        assertThat(settings).isEqualTo(JudgingSettings.DEFAULTS.withFailOn(Optional.of(FailOn.WARNING))
                .withUnstableOn(Optional.of(Severity.INFO)).withRequireAiComponents(true)
                .withRegisterTimeout(Duration.ofSeconds(45)));
        assertThat(parse(FrontEnd.JENKINS, Map.of("unstableOn", "never")).unstableLevel()).isEmpty();
        assertThat(parse(FrontEnd.MAVEN, Map.of("failOn", "never", "requireAiComponents", "false")))
                .isEqualTo(JudgingSettings.DEFAULTS.withFailOn(Optional.of(FailOn.NEVER)));
    }

    @ParameterizedTest
    @EnumSource(FrontEnd.class)
    void aBadValueNamesTheOptionAsTheFrontEndSpellsIt(FrontEnd frontEnd) {
        String failOn = Map.of(FrontEnd.COMMAND_LINE, "--fail-on", FrontEnd.MAVEN, "aibom.failOn",
                FrontEnd.JENKINS, "parameter 'failOn'").get(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, Map.of("failOn", "sometimes"))).isInstanceOf(AibomException.class)
                .hasMessage(failOn + ": must be error, warning or never, not 'sometimes'.");
        String timeout = Map.of(FrontEnd.COMMAND_LINE, "--register-timeout", FrontEnd.MAVEN,
                "aibom.registerTimeoutSeconds", FrontEnd.JENKINS, "parameter 'registerTimeoutSeconds'").get(frontEnd);
        for (String bad : new String[]{"0", "601", "-1", "1e3", "NaN", "20s", "9999999999"}) {
            assertThatThrownBy(() -> parse(frontEnd, Map.of("registerTimeoutSeconds", bad)))
                    .hasMessage(timeout + ": '" + bad + "' is not a whole number of seconds from 1 to 600.");
        }
        String flag = Map.of(FrontEnd.COMMAND_LINE, "--require-ai-components", FrontEnd.MAVEN,
                "aibom.requireAiComponents", FrontEnd.JENKINS, "parameter 'requireAiComponents'").get(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, Map.of("requireAiComponents", "yes")))
                .hasMessage(flag + ": 'yes' is neither true nor false.");
    }

    @Test
    void anOptionAFrontEndDoesNotOfferCannotArriveFromIt() {
        assertThatThrownBy(() -> parse(FrontEnd.MAVEN, Map.of("unstableOn", "warning")))
                .isInstanceOf(IllegalStateException.class).hasMessage("unstableOn is not an option of MAVEN");
    }

    @Test
    void declarationsAreCheckedWhenMade() {
        assertThatThrownBy(() -> OptionSpec.flag("Bad", "t", "Help."))
                .hasMessage("option name 'Bad' is not camelCase");
        assertThatThrownBy(() -> OptionSpec.value("x", "X", "t", "no full stop"))
                .hasMessage("option x: help must be a sentence");
        assertThatThrownBy(() -> OptionSpec.value("x", "X", "t", "A <b>tag</b>."))
                .hasMessage("option x: help is plain text (no markup, */, <, & or @ outside `code`)");
        assertThatThrownBy(() -> OptionSpec.value("x", "X", "t", "Mail me@example.com."))
                .hasMessage("option x: help is plain text (no markup, */, <, & or @ outside `code`)");
        assertThat(OptionSpec.value("x", "X", "t", "As `name@version`.").help(code -> "{@code " + code + "}"))
                .isEqualTo("As {@code name@version}.");
        assertThatThrownBy(() -> OptionSpec.number("x", "X", "t", "Help.", -1))
                .hasMessage("option x: a number has a whole default, 0 or more");
        assertThatThrownBy(() -> OptionSpec.value("x", "X", "t", "Help.").mavenPropertyName("x"))
                .hasMessage("option x: Maven property must start with aibom.");
        assertThat(OptionSpec.value("x", "X", "t", "Help.").mavenPropertyName("aibom.older.x")
                .spelling(FrontEnd.MAVEN)).isEqualTo("aibom.older.x");
        assertThat(OptionSpec.flag("requireSomethingNew", "t", "Help.").commandLine())
                .isEqualTo("--require-something-new");
    }

    @Test
    void theOptionCatalogueIsGeneratedFromTheDeclarations() throws Exception {
        String markdown = OptionDocs.markdown();
        for (OptionSpec option : OptionCatalogue.JUDGING.options()) {
            assertThat(markdown).contains("| `" + option.name() + "` | ");
        }
        assertThat(markdown).contains("| `registerTimeoutSeconds` | `--register-timeout SECONDS` |"
                + " `<registerTimeoutSeconds>, -Daibom.registerTimeoutSeconds` | `registerTimeoutSeconds: ...` | `20` |",
                "| `unstableOn` | - | - | `unstableOn: ...` | not set |");
        Path committed = TestFiles.repositoryRoot().resolve("docs/options.md");
        assertThat(Files.readString(committed)).as("docs/options.md is stale: run mvn -pl shared-core"
                + " process-classes and commit it").isEqualTo(markdown);
    }
}
