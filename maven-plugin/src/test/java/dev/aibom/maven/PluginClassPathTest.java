package dev.aibom.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plugin carries the core, not the command line: what Maven puts on the plugin's class path. */
class PluginClassPathTest {
    @Test
    void theCommandLineIsNotOnThePluginsClassPath() {
        assertThatThrownBy(() -> Class.forName("dev.aibom.cli.Main")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("dev.aibom.core.cli.Main")).isInstanceOf(ClassNotFoundException.class);
        assertThat(getClass().getClassLoader().getResource("picocli/CommandLine.class")).isNull();
    }

    @Test
    void thePluginDescriptorListsNoCommandLineDependency() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        assertThat(descriptor).contains("<artifactId>aibom-core</artifactId>")
                .doesNotContain("<artifactId>aibom-cli</artifactId>").doesNotContain("<artifactId>picocli</artifactId>");
    }
}
