package dev.aibom.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core is shared by the Maven and Jenkins plugins, so it must not know either of them; inside, each layer uses
 * only the layers below it, so that reading a BOM never needs the controls and a control never needs a job.
 */
class ArchitectureTest {
    private static JavaClasses core;

    private static final ArchRule CORE_KNOWS_NO_BUILD_TOOL = noClasses().that().resideInAPackage("dev.aibom.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                    "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke.stapler..")
            .because("shared-core is used by both plugins; build-tool types belong in the adapters");

    /**
     * From the bottom: the foundation (errors, text, numbers, files, HTTP), then what reads files (hashes, model
     * formats, licences), the model of a system (descriptor, Hub, BOM), what works on a BOM (signatures, integrity,
     * discovery), the controls, what is built on evaluated controls (declarations, diff, Dependency-Track), reports,
     * and the jobs that the front ends call on top.
     */
    static final ArchRule LAYERS = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Foundation").definedBy("dev.aibom.core", "dev.aibom.core.io..", "dev.aibom.core.net..",
                    "dev.aibom.core.settings..")
            .layer("Files").definedBy("dev.aibom.core.hash..", "dev.aibom.core.format..", "dev.aibom.core.modelsig..",
                    "dev.aibom.core.license..")
            .layer("Model").definedBy("dev.aibom.core.descriptor..", "dev.aibom.core.hub..",
                    "dev.aibom.core.bom..")
            .layer("OnBom").definedBy("dev.aibom.core.sign..", "dev.aibom.core.integrity..",
                    "dev.aibom.core.discovery..")
            .layer("Controls").definedBy("dev.aibom.core.control..")
            .layer("OnFindings").definedBy("dev.aibom.core.declare..", "dev.aibom.core.diff..", "dev.aibom.core.spdx..",
                    "dev.aibom.core.dt..")
            .layer("Reports").definedBy("dev.aibom.core.report..")
            .layer("Jobs").definedBy("dev.aibom.core.job..")
            .whereLayer("Jobs").mayNotBeAccessedByAnyLayer()
            .whereLayer("Reports").mayOnlyBeAccessedByLayers("Jobs")
            .whereLayer("OnFindings").mayOnlyBeAccessedByLayers("Reports", "Jobs")
            .whereLayer("Controls").mayOnlyBeAccessedByLayers("OnFindings", "Reports", "Jobs")
            .whereLayer("OnBom").mayOnlyBeAccessedByLayers("Controls", "OnFindings", "Reports", "Jobs")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("OnBom", "Controls", "OnFindings", "Reports", "Jobs")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Model", "OnBom", "Controls", "OnFindings", "Reports",
                    "Jobs")
            .because("a layer that reaches up ties reading a BOM to evaluating it, and the front ends to internals");

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aibom.core");
    }

    @Test
    void coreImportsNothingFromMavenOrJenkins() {
        assertThat(core.size()).as("production classes analysed").isGreaterThan(20);
        CORE_KNOWS_NO_BUILD_TOOL.check(core);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelow() {
        LAYERS.check(core);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.aibom.core.(*)..").should().beFreeOfCycles().check(core);
    }

    /**
     * The control API (module control-api) is what a company's own rule compiles against: it knows nothing of the
     * engine, the jobs or a build tool, so a rule cannot come to depend on them by accident.
     */
    @Test
    void theControlApiKnowsOnlyItself() {
        JavaClasses api = new ClassFileImporter().importPackages("dev.aibom.control");
        assertThat(api.contain(dev.aibom.control.ControlRule.class)).isTrue();
        noClasses().that().resideInAPackage("dev.aibom.control..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.aibom.core..", "org.apache.maven..", "hudson..", "jenkins..",
                        "org.jenkinsci..")
                .check(api);
    }
}
