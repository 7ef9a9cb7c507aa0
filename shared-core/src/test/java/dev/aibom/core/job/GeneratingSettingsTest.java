package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.SettingValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a BOM is generated, parsed once for the three front ends. */
class GeneratingSettingsTest {
    private static GeneratingSettings parse(FrontEnd frontEnd, Map<String, String> values) throws AibomException {
        return GeneratingSettings.of(new SettingValues(frontEnd, values));
    }

    @ParameterizedTest
    @EnumSource(FrontEnd.class)
    void defaultsAndValues(FrontEnd frontEnd) throws Exception {
        assertThat(parse(frontEnd, Map.of())).isEqualTo(new GeneratingSettings(false, 0, null,
                GeneratingSettings.HUB_URL.spelling(frontEnd), false, SpecVersion.V1_6));
        GeneratingSettings set = parse(frontEnd, Map.of("sha512", "true", "hashThreads", "4", "hubUrl",
                "https://hub.example.com/", "offline", "true", "specVersion", "1.7"));
        assertThat(set.specVersion()).isEqualTo(SpecVersion.V1_7);
        BomOptions options = set.apply(BomOptions.at(Instant.EPOCH), Optional.empty(), false,
                Map.of("HF_ENDPOINT", "https://elsewhere.example.com"));
        assertThat(options.hub().endpoint()).isEqualTo(URI.create("https://hub.example.com"));
        assertThat(options.hub().offline()).isTrue();
        assertThat(options.threads()).isEqualTo(4);
        assertThat(options.specVersion()).isEqualTo(SpecVersion.V1_7);
        // Maven's own offline mode keeps the Hub offline although the option is not set
        assertThat(parse(frontEnd, Map.of()).apply(BomOptions.at(Instant.EPOCH), Optional.empty(), true, Map.of())
                .hub().offline()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(FrontEnd.class)
    void aBadValueNamesTheOption(FrontEnd frontEnd) {
        String version = GeneratingSettings.SPEC_VERSION.spelling(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, Map.of("specVersion", "1.5"))).hasMessage(version
                + ": must be 1.6 or 1.7, not '1.5'.");
        String threads = GeneratingSettings.HASH_THREADS.spelling(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, Map.of("hashThreads", "257"))).hasMessage(threads
                + ": '257' is not a whole number of files from 0 to 256.");
        String hub = GeneratingSettings.HUB_URL.spelling(frontEnd);
        assertThatThrownBy(() -> parse(frontEnd, Map.of("hubUrl", "hub example"))).hasMessage(hub
                + ": 'hub example' is not a Hub base URL; give one such as https://huggingface.co.");
    }

    @Test
    void theCommandLineSpellsThreadsAsBefore() {
        assertThat(GeneratingSettings.HASH_THREADS.commandLine()).isEqualTo("--threads");
        assertThat(GeneratingSettings.SPEC_VERSION.commandLine()).isEqualTo("--spec-version");
    }
}
