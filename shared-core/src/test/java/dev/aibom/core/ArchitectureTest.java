package dev.aibom.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core is shared by the Maven and Jenkins plugins, so it must not know either of them. */
@AnalyzeClasses(packages = "dev.aibom.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreKnowsNoBuildTool = noClasses().that().resideInAPackage("dev.aibom.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                    "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke.stapler..")
            .because("shared-core is used by both plugins; build-tool types belong in the adapters");
}
