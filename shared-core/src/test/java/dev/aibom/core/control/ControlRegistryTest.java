package dev.aibom.core.control;

import dev.aibom.control.ControlContext;
import dev.aibom.control.ControlRule;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Family;
import dev.aibom.control.Severity;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.BomView;
import dev.aibom.core.AibomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry: built-in rules, rules from other jars through ServiceLoader, and ids that must be unique. */
class ControlRegistryTest {
    @TempDir
    Path temp;

    /** A rule as a company would ship it. */
    public static final class OrgRule implements ControlRule<NoParameters> {
        @Override
        public ControlMetadata metadata() {
            return ControlMetadata.of("org-model-named", "Models have names", Family.LIFECYCLE, Severity.WARNING,
                    "Every model has a name.", "A.6.2.7");
        }

        @Override
        public NoParameters defaultParameters() {
            return NoParameters.INSTANCE;
        }

        @Override
        public void evaluate(ControlContext context, NoParameters parameters, Findings findings) {
            context.bom().items(BomView.MODEL).forEach(m -> findings.check(m, !m.name().isBlank(), "named", "unnamed",
                    m.pointer()));
        }
    }

    /** A rule whose id clashes with a built-in one. */
    public static final class Impostor implements ControlRule<NoParameters> {
        @Override
        public ControlMetadata metadata() {
            return ControlMetadata.of("bom-signed", "Always signed", Family.INTEGRITY, Severity.INFO, "Passes.",
                    "A.10.3");
        }

        @Override
        public NoParameters defaultParameters() {
            return NoParameters.INSTANCE;
        }

        @Override
        public void evaluate(ControlContext context, NoParameters parameters, Findings findings) {
        }
    }

    @Test
    void builtInRulesAreOneClassEachGroupedByFamily() {
        ControlRegistry registry = ControlRegistry.builtIn();
        assertThat(registry.ids()).hasSize(33).contains("ai-components-present", "hub-card-consistent", "supplier-attestation", "system-intended-use", "model-signature-verified",
                "supplier-registered", "model-approval", "model-format-safe", "shipped-models-declared",
                "ai-sdks-declared", "data-personal", "license-allowed", "waiver-expired", "waiver-unused");
        assertThat(registry.entries()).allMatch(ControlRegistry.Entry::builtIn);
        // every built-in says what to do when it fails, in words for the report's reader
        assertThat(registry.rules()).allSatisfy(rule -> assertThat(rule.metadata().remedy()).isNotBlank());
        assertThat(registry.rules()).allSatisfy(rule -> assertThat(rule.getClass().getPackageName())
                .startsWith("dev.aibom.core.control.rules." + switch (rule.metadata().family()) {
                    case SYSTEM -> "system";
                    case SUPPLIER -> "supplier";
                    case LIFECYCLE -> "lifecycle";
                    case DATA -> "data";
                    case INTEGRITY -> "integrity";
                    case WAIVERS -> "waiver";
                }));
        List<Family> families = registry.rules().stream().map(r -> r.metadata().family()).toList();
        assertThat(families).isSorted();
    }

    @Test
    void aJarOnTheClassPathAddsItsRules() throws Exception {
        try (URLClassLoader loader = jar(OrgRule.class.getName())) {
            ControlRegistry registry = ControlRegistry.load(loader);
            assertThat(registry.ids()).contains("org-model-named").hasSize(34);
            assertThat(registry.entry("org-model-named").orElseThrow().builtIn()).isFalse();
            assertThat(registry.entry("org-model-named").orElseThrow().origin())
                    .startsWith(OrgRule.class.getName() + " (file:");
            // a policy can configure it like a built-in control
            Path policy = Files.writeString(temp.resolve("p.yaml"), "controls:\n  org-model-named: { severity: error }\n");
            assertThat(Policy.load(policy, registry).control("org-model-named").orElseThrow().severity())
                    .isEqualTo(Severity.ERROR);
        }
        assertThat(ControlRegistry.load(getClass().getClassLoader()).ids()).doesNotContain("org-model-named");
    }

    @Test
    void twoRulesWithOneIdAreAnErrorNamingBoth() throws Exception {
        try (URLClassLoader loader = jar(Impostor.class.getName())) {
            assertThatThrownBy(() -> ControlRegistry.load(loader))
                    .isInstanceOf(AibomException.class)
                    .hasMessageStartingWith("Two control rules have the id 'bom-signed': "
                            + "dev.aibom.core.control.rules.integrity.BomSigned (file:")
                    .hasMessageContaining(" and " + Impostor.class.getName() + " (file:")
                    .hasMessageEndingWith("Control ids must be unique; rename one of them, or remove the jar that"
                            + " should not be on the class path.");
        }
    }

    @Test
    void aBrokenProviderIsAnErrorNamingIt() throws Exception {
        try (URLClassLoader loader = jar("com.acme.Missing")) {
            assertThatThrownBy(() -> ControlRegistry.load(loader)).isInstanceOf(AibomException.class)
                    .hasMessageContaining("A control rule on the class path cannot be loaded:")
                    .hasMessageContaining("com.acme.Missing")
                    .hasMessageEndingWith("Fix or remove the jar that declares it in"
                            + " META-INF/services/dev.aibom.control.ControlRule.");
        }
    }

    @Test
    void theCatalogueIsGeneratedFromTheRegistry() throws Exception {
        String markdown = ControlDocs.markdown(ControlRegistry.builtIn());
        for (ControlRule<?> rule : ControlRegistry.builtIn().rules()) {
            assertThat(markdown).contains("| `" + rule.metadata().id() + "` | ");
            ParameterBinding.describe(rule).forEach(p -> assertThat(markdown).contains("`" + p.name() + "`: "));
        }
        assertThat(markdown).contains("| `model-approval` | A.6.2.5 | error | disabled, re-rated, waived | The model's"
                + " release approval is recorded and recent.", "`maxAgeDays`: how old an approval may be (a whole"
                + " number, `365`)");
        // the build regenerates docs/controls.md; the committed file is what it wrote
        Path committed = dev.aibom.core.TestFiles.repositoryRoot().resolve("docs/controls.md");
        assertThat(Files.readString(committed)).as("docs/controls.md is stale: run mvn -pl shared-core"
                + " process-classes and commit it").isEqualTo(markdown);
    }

    /** A class loader over a "jar" whose service file lists {@code providers}. */
    private URLClassLoader jar(String... providers) throws Exception {
        Path root = Files.createDirectories(temp.resolve("jar-" + System.nanoTime()));
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve(ControlRule.class.getName()), String.join("\n", providers) + "\n");
        return new URLClassLoader(new URL[]{root.toUri().toURL()}, getClass().getClassLoader());
    }
}
