package dev.aibom.core.control.rules.system;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;

/**
 * The BOM lists AI resources at all. A plain software SBOM gives every AI control nothing to judge, so they would all
 * pass or be not applicable: this control says so plainly instead (and fails, at error, when the user requires AI
 * components).
 */
@AutoService(ControlRule.class)
public final class AiComponentsPresent extends SimpleControlRule {
    public static final String ID = "ai-components-present";
    private static final ControlMetadata METADATA = ControlMetadata.of(ID,
            "The BOM lists the system's models, datasets or AI services", Family.SYSTEM, Severity.WARNING,
            "At least one machine-learning-model component, data component or service. A BOM without any (a plain"
                    + " software SBOM) is not an AI-BOM: the AI controls have nothing to judge. Raise it to error"
                    + " (requireAiComponents) to refuse such BOMs.", "A.4.2")
            .withRemedy("Check that this is the AI-BOM of the system (models as machine-learning-model components,"
                    + " datasets as data components, AI services as services) and not its software SBOM.");

    public AiComponentsPresent() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return documentOnly();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        BomView bom = context.bom();
        // the whole BOM's totals: the rule judges the document, never an item
        int models = bom.totals().models();
        int datasets = bom.totals().datasets();
        int services = bom.totals().services();
        findings.check(bom.bom(), models + datasets + services > 0,
                "the BOM lists " + contents(models, datasets, services),
                "this BOM contains no AI components: no model (machine-learning-model), dataset (data) or service, so"
                        + " the AI controls had nothing to judge; it is a software SBOM, not an AI-BOM",
                "/components");
    }

    /** "2 models, 1 dataset and 1 service". */
    public static String contents(int models, int datasets, int services) {
        return count(models, "model") + ", " + count(datasets, "dataset") + " and " + count(services, "service");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
