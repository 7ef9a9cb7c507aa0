package dev.aibom.jenkins;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the built .hpi (after packaging, run by failsafe) and checks what Jenkins will read from it. */
class HpiPackageIT {
    static Path hpi;
    static List<String> entries;
    static List<String> pluginJarEntries;

    @BeforeAll
    static void open() throws IOException {
        hpi = Path.of("target/aibom.hpi");
        assertThat(hpi).exists();
        try (JarFile jar = new JarFile(hpi.toFile())) {
            entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
            ZipEntry plugin = jar.getEntry("WEB-INF/lib/aibom-0.1.0-SNAPSHOT.jar");
            assertThat(plugin).as("the plugin's own jar").isNotNull();
            pluginJarEntries = new ArrayList<>();
            try (JarInputStream in = new JarInputStream(jar.getInputStream(plugin))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    pluginJarEntries.add(entry.getName());
                }
            }
        }
    }

    @Test
    void manifestHasThePluginEntriesJenkinsReads() throws IOException {
        try (JarFile jar = new JarFile(hpi.toFile())) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest.getMainAttributes();
            assertThat(main.getValue("Short-Name")).isEqualTo("aibom");
            assertThat(main.getValue("Long-Name")).isEqualTo("aibom: AI bills of materials for ISO/IEC 42001");
            assertThat(main.getValue("Plugin-Version")).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(main.getValue("Jenkins-Version")).isEqualTo("2.541.2");
            assertThat(main.getValue("Plugin-Dependencies")).isEqualTo("workflow-step-api:710.v3e456cc85233");
            assertThat(main.getValue("Group-Id")).isEqualTo("dev.aibom");
            assertThat(main.getValue("Artifact-Id")).isEqualTo("aibom");
            assertThat(main.getValue("Url")).isNotBlank();
            assertThat(main.getValue("Minimum-Java-Version")).isEqualTo("17");
        }
    }

    @Test
    void webInfLibHoldsThePluginTheCoreAndItsLibrariesButNotJenkinsOrTheStubs() {
        List<String> libraries = entries.stream().filter(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"))
                .map(e -> e.substring("WEB-INF/lib/".length())).toList();
        assertThat(libraries).contains("aibom-0.1.0-SNAPSHOT.jar", "aibom-core-0.1.0-SNAPSHOT.jar",
                "cyclonedx-core-java-12.2.0.jar", "bcprov-jdk18on-1.82.jar", "bcpkix-jdk18on-1.82.jar",
                "json-schema-validator-2.0.1.jar", "jackson-databind-2.21.1.jar", "snakeyaml-2.5.jar");
        // Jenkins core's class loader wins for these: never newer than what 2.541.2 bundles
        assertThat(libraries).contains("commons-io-2.20.0.jar", "commons-codec-1.20.0.jar");
        assertThat(libraries).noneMatch(l -> l.startsWith("aibom-jenkins-api-stubs") || l.startsWith("jenkins-core")
                || l.startsWith("workflow-step-api") || l.startsWith("slf4j-api") || l.startsWith("guava")
                || l.startsWith("sezpoz") || l.startsWith("junit") || l.startsWith("assertj"));
        assertThat(entries).noneMatch(e -> e.endsWith(".class"));
    }

    @Test
    void theCommandLineIsNotInThePlugin() throws IOException {
        assertThat(entries).noneMatch(e -> e.startsWith("WEB-INF/lib/aibom-cli") || e.startsWith("WEB-INF/lib/picocli"));
        List<String> core = new ArrayList<>();
        try (JarFile jar = new JarFile(hpi.toFile());
             JarInputStream in = new JarInputStream(jar.getInputStream(jar.getEntry(
                     "WEB-INF/lib/aibom-core-0.1.0-SNAPSHOT.jar")))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                core.add(entry.getName());
            }
        }
        assertThat(core).contains("dev/aibom/core/job/ReviewJob.class")
                .noneMatch(e -> e.startsWith("dev/aibom/cli/") || e.startsWith("dev/aibom/core/cli/")
                        || e.startsWith("picocli/"));
    }

    @Test
    void thePluginJarHasNoJenkinsOrStubClassesAndListsEveryExtension() throws IOException {
        assertThat(pluginJarEntries).noneMatch(e -> e.startsWith("hudson/") || e.startsWith("jenkins/")
                || e.startsWith("org/jenkinsci/") || e.startsWith("org/kohsuke/"));
        assertThat(pluginJarEntries).contains("META-INF/annotations/hudson.Extension",
                "dev/aibom/jenkins/AibomBuilder/config.jelly", "dev/aibom/jenkins/AibomStep/config.jelly",
                "dev/aibom/jenkins/AibomVerifyStep/config.jelly", "dev/aibom/jenkins/AibomBuildAction/summary.jelly",
                "dev/aibom/jenkins/AibomBuildAction/index.jelly", "dev/aibom/jenkins/AibomStep/help-keyFile.html",
                "index.jelly");
        assertThat(pluginJarEntries).contains("META-INF/services/annotations/org.jenkinsci.Symbol");
        String index = extensionIndex();
        assertThat(index).contains("dev.aibom.jenkins.AibomBuilder$DescriptorImpl",
                "dev.aibom.jenkins.AibomStep$DescriptorImpl", "dev.aibom.jenkins.AibomVerifyStep$DescriptorImpl");
    }

    /** SezPoz's index is Java-serialised; the class names stand in it as modified UTF-8 strings. */
    private static String extensionIndex() throws IOException {
        try (JarFile jar = new JarFile(hpi.toFile());
             InputStream plugin = jar.getInputStream(jar.getEntry("WEB-INF/lib/aibom-0.1.0-SNAPSHOT.jar"));
             JarInputStream in = new JarInputStream(plugin)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals("META-INF/annotations/hudson.Extension")) {
                    byte[] bytes = in.readAllBytes();
                    return new String(bytes, StandardCharsets.ISO_8859_1);
                }
            }
        }
        throw new AssertionError("no extension index");
    }
}
