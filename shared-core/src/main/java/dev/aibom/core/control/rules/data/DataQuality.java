package dev.aibom.core.control.rules.data;

import com.google.auto.service.AutoService;
import dev.aibom.core.bom.AibomProperties;
import dev.aibom.core.control.BomView;
import dev.aibom.core.control.ControlMetadata;
import dev.aibom.core.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.Family;
import dev.aibom.core.control.Findings;
import dev.aibom.core.control.NoParameters;
import dev.aibom.core.control.Severity;

import java.util.List;

/** The dataset lists the quality checks performed on it. */
@AutoService(ControlRule.class)
public final class DataQuality extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("data-quality",
            "Data quality evidence is recorded", Family.DATA, Severity.WARNING,
            "The dataset lists the quality checks performed (aibom:data:qualityCheck).", "A.7.4")
            .withRemedy("Record the quality checks performed on the dataset (qualityChecks).");

    public DataQuality() {
        super(METADATA);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        for (BomView.Item dataset : context.bom().items(BomView.DATASET)) {
            List<String> checks = dataset.properties(AibomProperties.DATA_QUALITY_CHECK);
            findings.check(dataset, !checks.isEmpty(), dataset.label() + " records " + checks.size()
                    + " quality check(s)", dataset.label() + " records no data quality checks",
                    dataset.at(BomView.Pointers.PROPERTIES));
        }
    }
}
