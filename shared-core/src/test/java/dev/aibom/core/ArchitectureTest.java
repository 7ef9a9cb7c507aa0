package dev.aibom.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The core is shared by the Maven and Jenkins plugins, so it must not know either of them. */
class ArchitectureTest {
    private static final ArchRule CORE_KNOWS_NO_BUILD_TOOL = noClasses().that().resideInAPackage("dev.aibom.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                    "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke.stapler..")
            .because("shared-core is used by both plugins; build-tool types belong in the adapters");

    @Test
    void coreImportsNothingFromMavenOrJenkins() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aibom.core");
        assertThat(core.size()).as("production classes analysed").isGreaterThan(20);
        CORE_KNOWS_NO_BUILD_TOOL.check(core);
    }
}
