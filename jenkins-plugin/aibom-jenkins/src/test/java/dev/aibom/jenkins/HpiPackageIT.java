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
    static final String PLUGIN_JAR = "WEB-INF/lib/aibom.jar";
    static final String CORE_JAR = "WEB-INF/lib/aibom-core-0.1.0-SNAPSHOT.jar";
    static final String CONTROL_API_JAR = "WEB-INF/lib/aibom-control-api-0.1.0-SNAPSHOT.jar";
    static Path hpi;
    static List<String> entries;
    static List<String> pluginJarEntries;

    @BeforeAll
    static void open() throws IOException {
        hpi = Path.of("target/aibom.hpi");
        assertThat(hpi).exists();
        try (JarFile jar = new JarFile(hpi.toFile())) {
            entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(jar.getEntry(PLUGIN_JAR)).as("the plugin's own jar, named as maven-hpi-plugin names it")
                    .isNotNull();
            pluginJarEntries = names(jar, PLUGIN_JAR);
        }
    }

    private static List<String> names(JarFile hpiFile, String jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarInputStream in = new JarInputStream(hpiFile.getInputStream(hpiFile.getEntry(jar)))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static Manifest manifest(String jar) throws IOException {
        try (JarFile hpiFile = new JarFile(hpi.toFile());
             JarInputStream in = new JarInputStream(hpiFile.getInputStream(hpiFile.getEntry(jar)))) {
            return in.getManifest();
        }
    }

    @Test
    void manifestHasThePluginEntriesJenkinsAndItsPluginManagerRead() throws IOException {
        try (JarFile jar = new JarFile(hpi.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Short-Name")).isEqualTo("aibom");
            assertThat(main.getValue("Long-Name")).isEqualTo("aibom: AI bills of materials for ISO/IEC 42001");
            assertThat(main.getValue("Plugin-Version")).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(main.getValue("Jenkins-Version")).isEqualTo("2.541.2");
            assertThat(main.getValue("Group-Id")).isEqualTo("dev.aibom");
            assertThat(main.getValue("Artifact-Id")).isEqualTo("aibom");
            assertThat(main.getValue("Minimum-Java-Version")).isEqualTo("17");
            assertThat(main.getValue("Plugin-License-Name")).isEqualTo("Apache-2.0");
            assertThat(main.getValue("Plugin-Developers")).isNotBlank();
            // no placeholder address: when the project has no public home yet, no Url at all
            assertThat(main.getValue("Url")).satisfiesAnyOf(url -> assertThat(url).isNull(),
                    url -> assertThat(url).startsWith("https://").doesNotContain("example."));
            // every plugin it needs, with a version that exists for Jenkins 2.541.2
            assertThat(List.of(main.getValue("Plugin-Dependencies").split(","))).containsExactlyInAnyOrder(
                    "workflow-step-api:710.v3e456cc85233", "workflow-api:1384.vdc05a_48f535f",
                    "jackson2-api:2.21.1-428.vf8dd988fa_d8d", "bouncycastle-api:2.30.1.83-289.v8426fcd19371",
                    "snakeyaml-api:2.5-149.v72471e9c6371", "commons-lang3-api:3.20.0-109.ve43756e2d2b_4",
                    "credentials:1491.v6d6145e96e1c", "plain-credentials:199.v9f8e1f741799",
                    // optional: the JUnit XML and the SARIF are published through them when they are installed
                    "junit:1402.va_87fd3d15dc3;resolution:=optional",
                    "warnings-ng:12.9996.va_151fb_d6d757;resolution:=optional");
        }
    }

    /**
     * Jenkins' class filter (ClassFilterImpl.isPluginManifest) trusts classes from a jar whose manifest has Short-Name
     * and Plugin-Version (or Jenkins-Version), or Jenkins-ClassFilter-Whitelisted: true. The build action is kept as
     * XML; the core's requests and results travel between controller and agent: both jars must pass.
     */
    @Test
    void theClassFilterTrustsThePluginJarAndTheCoreJar() throws IOException {
        Attributes plugin = manifest(PLUGIN_JAR).getMainAttributes();
        assertThat(plugin.getValue("Short-Name")).isEqualTo("aibom");
        assertThat(plugin.getValue("Plugin-Version")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(pluginJarEntries).contains("dev/aibom/jenkins/AibomBuildAction.class",
                "dev/aibom/jenkins/AibomBuildAction$Row.class");
        Attributes core = manifest(CORE_JAR).getMainAttributes();
        assertThat(core.getValue("Jenkins-ClassFilter-Whitelisted")).isEqualTo("true");
        try (JarFile jar = new JarFile(hpi.toFile())) {
            assertThat(names(jar, CORE_JAR)).contains("dev/aibom/core/job/PipelineResult.class",
                    "dev/aibom/core/job/PipelineRequest.class", "dev/aibom/core/job/ReviewRequest.class");
            // the control API's severities travel inside the requests (JudgingSettings.unstableOn)
            assertThat(names(jar, CONTROL_API_JAR)).contains("dev/aibom/control/Severity.class");
        }
        assertThat(manifest(CONTROL_API_JAR).getMainAttributes().getValue("Jenkins-ClassFilter-Whitelisted"))
                .isEqualTo("true");
    }

    @Test
    void webInfLibHoldsOnlyWhatNoApiPluginOrJenkinsCoreProvides() {
        List<String> libraries = entries.stream().filter(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"))
                .map(e -> e.substring("WEB-INF/lib/".length())).toList();
        assertThat(libraries).contains("aibom.jar", "aibom-core-0.1.0-SNAPSHOT.jar", "cyclonedx-core-java-12.2.0.jar",
                "json-schema-validator-2.0.1.jar", "cel-0.14.0.jar");
        // jackson2-api, bouncycastle-api, snakeyaml-api and commons-lang3-api provide these, Jenkins core the rest
        assertThat(libraries).noneMatch(l -> l.startsWith("jackson-") || l.startsWith("woodstox")
                || l.startsWith("stax2") || l.startsWith("bcprov") || l.startsWith("bcpkix") || l.startsWith("bcutil")
                || l.startsWith("snakeyaml") || l.startsWith("commons-lang3") || l.startsWith("commons-io")
                || l.startsWith("commons-codec") || l.startsWith("guava") || l.startsWith("failureaccess")
                || l.startsWith("antlr4") || l.startsWith("slf4j"));
        assertThat(libraries).noneMatch(l -> l.startsWith("aibom-jenkins-api-stubs") || l.startsWith("jenkins-core")
                || l.startsWith("workflow-") || l.startsWith("sezpoz") || l.startsWith("junit")
                || l.startsWith("assertj") || l.startsWith("aibom-cli") || l.startsWith("picocli"));
        assertThat(entries).noneMatch(e -> e.endsWith(".class"));
    }

    @Test
    void theCommandLineIsNotInThePlugin() throws IOException {
        try (JarFile jar = new JarFile(hpi.toFile())) {
            assertThat(names(jar, CORE_JAR)).contains("dev/aibom/core/job/ReviewJob.class")
                    .noneMatch(e -> e.startsWith("dev/aibom/cli/") || e.startsWith("dev/aibom/core/cli/")
                            || e.startsWith("picocli/"));
        }
    }

    @Test
    void thePluginJarHasNoJenkinsOrStubClassesAndListsEveryExtension() throws IOException {
        assertThat(pluginJarEntries).noneMatch(e -> e.startsWith("hudson/") || e.startsWith("jenkins/")
                || e.startsWith("org/jenkinsci/") || e.startsWith("org/kohsuke/") || e.startsWith("com/cloudbees/")
                || e.startsWith("dev/aibom/jenkins/stubs/"));
        assertThat(pluginJarEntries).contains("META-INF/annotations/hudson.Extension",
                "dev/aibom/jenkins/AibomBuilder/config.jelly", "dev/aibom/jenkins/AibomStep/config.jelly",
                "dev/aibom/jenkins/AibomVerifyStep/config.jelly", "dev/aibom/jenkins/AibomBuildAction/summary.jelly",
                "dev/aibom/jenkins/AibomBuildAction/index.jelly", "dev/aibom/jenkins/AibomStep/help-keyFile.html",
                "dev/aibom/jenkins/AibomStep/help-keyCredentialsId.html",
                "dev/aibom/jenkins/AibomVerifyBuilder/config.jelly", "dev/aibom/jenkins/AibomUploadBuilder/config.jelly",
                "index.jelly",
                // the forms' generated options: a tag library (/lib/aibom), found as Jenkins finds /lib/credentials
                "lib/aibom/taglib", "lib/aibom/options.jelly",
                "dev/aibom/jenkins/SigningStepSettings/help-algorithm.html",
                "dev/aibom/jenkins/DependencyTrackStepSettings/help-timeoutSeconds.html",
                "dev/aibom/jenkins/JudgingStepSettings/help-failOn.html");
        assertThat(pluginJarEntries).as("one help folder: the builders have none").noneMatch(e -> e.matches(
                "dev/aibom/jenkins/Aibom(Verify|Upload)?Builder/help-.*"));
        assertThat(pluginJarEntries).contains("META-INF/services/annotations/org.jenkinsci.Symbol");
        String index = extensionIndex();
        assertThat(index).contains("dev.aibom.jenkins.AibomBuilder$DescriptorImpl",
                "dev.aibom.jenkins.AibomStep$DescriptorImpl", "dev.aibom.jenkins.AibomVerifyStep$DescriptorImpl",
                "dev.aibom.jenkins.AibomVerifyBuilder$DescriptorImpl", "dev.aibom.jenkins.AibomUploadStep$DescriptorImpl",
                "dev.aibom.jenkins.AibomUploadBuilder$DescriptorImpl");
    }

    /** SezPoz's index is Java-serialised; the class names stand in it as modified UTF-8 strings. */
    private static String extensionIndex() throws IOException {
        try (JarFile jar = new JarFile(hpi.toFile());
             InputStream plugin = jar.getInputStream(jar.getEntry(PLUGIN_JAR));
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
