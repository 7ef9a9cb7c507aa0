package com.northwind.aibom;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aibom.control.BomView;
import dev.aibom.core.control.ControlRegistry;
import dev.aibom.control.ControlContext;
import dev.aibom.control.Finding;
import dev.aibom.control.Findings;
import dev.aibom.core.control.Policy;
import dev.aibom.control.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HubModelsFromAllowedOrganisationsTest {
    private static final String BOM = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "metadata": {"component": {"type": "application", "name": "s"}},
             "components": [
               {"type": "machine-learning-model", "bom-ref": "a", "name": "pinned",
                "purl": "pkg:huggingface/sentence-transformers/all-MiniLM-L6-v2@c9745ed1d9f207416be6d2e6f8de32d1f16199bf"},
               {"type": "machine-learning-model", "bom-ref": "b", "name": "branch",
                "purl": "pkg:huggingface/acme/scorer@main"},
               {"type": "machine-learning-model", "bom-ref": "c", "name": "in-house"}]}
            """;

    @TempDir
    Path temp;

    private List<Finding> evaluate(HubModelsFromAllowedOrganisations.Parameters parameters) throws Exception {
        HubModelsFromAllowedOrganisations rule = new HubModelsFromAllowedOrganisations();
        Findings findings = new Findings(rule.metadata(), rule.metadata().defaultSeverity());
        BomView bom = new BomView(new ObjectMapper().readTree(BOM));
        // the API's context alone: the rule needs nothing of aibom's engine
        rule.evaluate(new ControlContext() {
            @Override
            public BomView bom() {
                return bom;
            }

            @Override
            public LocalDate today() {
                return LocalDate.parse("2026-11-23");
            }

            @Override
            public Optional<String> riskLevel() {
                return Optional.empty();
            }

            @Override
            public boolean supplierBom() {
                return false;
            }
        }, parameters, findings);
        return findings.list();
    }

    @Test
    void pinnedHubModelsPassBranchesFailOthersDoNotApply() throws Exception {
        assertThat(evaluate(new HubModelsFromAllowedOrganisations().defaultParameters()))
                .extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.NOT_APPLICABLE);
        assertThat(evaluate(new HubModelsFromAllowedOrganisations.Parameters(List.of("google"))).get(0).message())
                .isEqualTo("model 'pinned' comes from Hub organisation 'sentence-transformers', which Northwind does"
                        + " not allow (allowed: google)");
    }

    @Test
    void aibomFindsTheRuleThroughServiceLoaderAndBindsItsParametersFromAPolicy() throws Exception {
        ControlRegistry registry = ControlRegistry.load(getClass().getClassLoader());
        assertThat(registry.entry("northwind-hub-models").orElseThrow().builtIn()).isFalse();
        Path policy = Files.writeString(temp.resolve("aibom-policy.yaml"),
                "controls:\n  northwind-hub-models: { organizations: [sentence-transformers] }\n");
        assertThat(Policy.load(policy, registry).control("northwind-hub-models").orElseThrow().parameters())
                .isEqualTo(new HubModelsFromAllowedOrganisations.Parameters(List.of("sentence-transformers")));
    }
}
