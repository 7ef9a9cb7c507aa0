package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.OptionException;
import dev.aibom.core.settings.SettingValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload's options, parsed once for the three front ends; each error names the option as that front end spells it. */
class DependencyTrackSettingsTest {
    private static final String UUID = "6a1b9d3e-0f4c-4f2e-9a57-3c1d2b4e5f60";

    private static DependencyTrackSettings parse(FrontEnd frontEnd, Map<String, String> values)
            throws AibomException {
        return DependencyTrackSettings.of(new SettingValues(frontEnd, values));
    }

    private static Map<String, String> with(String... pairs) {
        Map<String, String> values = new HashMap<>(Map.of("url", "https://dtrack.example.com/"));
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @ParameterizedTest
    @EnumSource(FrontEnd.class)
    void onlyTheUrlIsRequiredAndTheRestHasDefaults(FrontEnd frontEnd) throws Exception {
        DependencyTrackSettings settings = parse(frontEnd, with());
        assertThat(settings.url()).isEqualTo(URI.create("https://dtrack.example.com"));
        assertThat(settings.project().bySystem()).isTrue();
        assertThat(settings.synchronous()).isFalse();
        assertThat(settings.timeoutSeconds()).isEqualTo(300);
        assertThat(settings.allowPlainHttp()).isFalse();

        DependencyTrackSettings named = parse(frontEnd, with("projectName", " credit-risk-scorer ",
                "projectVersion", "2.4.0", "autoCreate", "true", "parent", "Retail Credit@1", "synchronous", "TRUE",
                "timeoutSeconds", "86400", "allowPlainHttp", "false"));
        assertThat(named.project().name()).isEqualTo("credit-risk-scorer");
        assertThat(named.project().autoCreate()).isTrue();
        assertThat(named.project().parent()).isEqualTo("Retail Credit@1");
        assertThat(named.synchronous()).isTrue();
        assertThat(named.timeoutSeconds()).isEqualTo(86_400);
    }

    @ParameterizedTest
    @EnumSource(FrontEnd.class)
    void aBadOrMissingValueNamesTheOptionAsTheFrontEndSpellsIt(FrontEnd frontEnd) {
        String url = Map.of(FrontEnd.COMMAND_LINE, "--url", FrontEnd.MAVEN, "aibom.dependencyTrack.url",
                FrontEnd.JENKINS, "parameter 'url'").get(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, Map.of("projectUuid", UUID))).hasMessage(url + ": not set: give"
                + " the base URL of Dependency-Track's API server, such as https://dtrack.example.com.");
        assertThatThrownBy(() -> parse(frontEnd, Map.of("url", "https://dt.example.com?x=1"))).hasMessage(url
                + ": the Dependency-Track URL must be the API server's base URL, without a query or fragment.");
        assertThatThrownBy(() -> parse(frontEnd, Map.of("url", "https://dt example"))).hasMessage(url
                + ": 'https://dt example' is not a URL (Illegal character in authority).");
        String timeout = Map.of(FrontEnd.COMMAND_LINE, "--timeout", FrontEnd.MAVEN,
                "aibom.dependencyTrack.timeoutSeconds", FrontEnd.JENKINS, "parameter 'timeoutSeconds'").get(frontEnd);
        for (String bad : List.of("0", "-5", "86401", "NaN", "1e3", "300s")) {
            assertThatThrownBy(() -> parse(frontEnd, with("timeoutSeconds", bad))).hasMessage(timeout + ": '" + bad
                    + "' is not a whole number of seconds from 1 to 86400.");
        }
        String project = Map.of(FrontEnd.COMMAND_LINE, "--project-uuid, --project, --project-version",
                FrontEnd.MAVEN, "aibom.dependencyTrack.projectUuid, aibom.dependencyTrack.projectName,"
                        + " aibom.dependencyTrack.projectVersion",
                FrontEnd.JENKINS, "parameters 'projectUuid', 'projectName', 'projectVersion'").get(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, with("projectName", "x"))).hasMessage(project + ": name the"
                + " Dependency-Track project: its UUID, or its name and version (or neither, for the system's name"
                + " and version).");
        assertThatThrownBy(() -> parse(frontEnd, with("projectUuid", UUID, "autoCreate", "true"))).hasMessage(project
                + ": autoCreate needs the project's name and version, not its UUID.");
        String flag = Map.of(FrontEnd.COMMAND_LINE, "--synchronous", FrontEnd.MAVEN,
                "aibom.dependencyTrack.synchronous", FrontEnd.JENKINS, "parameter 'synchronous'").get(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, with("synchronous", "yes"))).hasMessage(flag
                + ": 'yes' is neither true nor false.");
    }

    @Test
    void theApiKeyIsCheckedWhereTheFrontEndFoundIt() throws Exception {
        DependencyTrackSettings settings = parse(FrontEnd.MAVEN, with("projectUuid", UUID, "synchronous", "true",
                "timeoutSeconds", "60"));
        Trust trust = new Trust(List.of(Path.of("k.pem")), List.of(), List.of());
        UploadJob.Request request = settings.request(Path.of("bom.json"), trust, "odt_key", "aibom.dependencyTrack"
                + ".serverId", ReadLimits.DEFAULT);
        assertThat(request.options().url()).isEqualTo(URI.create("https://dtrack.example.com"));
        assertThat(request.options().timeout()).hasSeconds(60);
        assertThat(request.target().uuid()).isEqualTo(UUID);
        assertThat(request.synchronous()).isTrue();
        assertThat(request.trust()).isEqualTo(trust);
        assertThatThrownBy(() -> settings.request(Path.of("bom.json"), trust, "two words", "The environment variable"
                + " AIBOM_DT_API_KEY", ReadLimits.DEFAULT)).hasMessage("The environment variable AIBOM_DT_API_KEY:"
                + " the Dependency-Track API key is blank or contains spaces or control characters.");
    }

    /**
     * The command line checks each value as it reads it: a bad value is refused at once, while a required option not
     * given yet (the URL) is not an error of the value being read.
     */
    @Test
    void oneValueIsCheckedWithoutTheOthers() throws Exception {
        OptionCatalogue.Group group = OptionCatalogue.DEPENDENCY_TRACK;
        group.check(DependencyTrackSettings.TIMEOUT_SECONDS, new SettingValues(FrontEnd.COMMAND_LINE,
                Map.of("timeoutSeconds", "60")));
        group.check(DependencyTrackSettings.PROJECT_NAME, new SettingValues(FrontEnd.COMMAND_LINE,
                Map.of("projectName", "x")));
        assertThatThrownBy(() -> group.check(DependencyTrackSettings.TIMEOUT_SECONDS, new SettingValues(
                FrontEnd.COMMAND_LINE, Map.of("timeoutSeconds", "0")))).hasMessage("--timeout: '0' is not a whole"
                + " number of seconds from 1 to 86400.")
                .isInstanceOfSatisfying(OptionException.class, e -> {
                    assertThat(e.option()).isEqualTo(DependencyTrackSettings.TIMEOUT_SECONDS);
                    assertThat(e.problem()).isEqualTo("'0' is not a whole number of seconds from 1 to 86400");
                });
        // the URL not set is the URL's error, the project named twice an error of three options: neither is the
        // timeout's, so checking the timeout alone does not report them
        assertThatThrownBy(() -> DependencyTrackSettings.of(new SettingValues(FrontEnd.COMMAND_LINE, Map.of())))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option())
                        .isEqualTo(DependencyTrackSettings.URL));
        group.check(DependencyTrackSettings.PROJECT_UUID, new SettingValues(FrontEnd.COMMAND_LINE,
                Map.of("projectUuid", "not-a-uuid")));
    }

    /** Jenkins binds the timeout as an int (a Pipeline passes 300); its form shows the default. */
    @Test
    void theGeneratedJenkinsBaseBindsANumberAsAnInt() {
        String source = OptionSources.jenkins(OptionCatalogue.DEPENDENCY_TRACK, "Step");
        assertThat(source).contains("public abstract class DependencyTrackStepSettings extends Step",
                "    private int timeoutSeconds = 300;\n",
                "    public int getTimeoutSeconds() {\n",
                "    public void setTimeoutSeconds(int timeoutSeconds) {\n",
                "        values.put(\"timeoutSeconds\", String.valueOf(timeoutSeconds));\n",
                "new FormField(\"timeoutSeconds\", \"Processing timeout (seconds)\", false, \"300\")",
                "new FormField(\"url\", \"Dependency-Track URL\", false, null)",
                "            values.put(\"url\", expand.apply(url));\n");
        String maven = OptionSources.maven(OptionCatalogue.DEPENDENCY_TRACK);
        assertThat(maven).contains("public abstract class DependencyTrackMojo extends AbstractAibomMojo",
                "    @Parameter(property = \"aibom.dependencyTrack.timeoutSeconds\", defaultValue = \"300\")\n"
                        + "    private String timeoutSeconds;\n",
                "    protected final dev.aibom.core.job.DependencyTrackSettings dependencyTrackSettings()");
    }
}
