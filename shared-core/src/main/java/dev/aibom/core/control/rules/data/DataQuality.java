package dev.aibom.core.control.rules.data;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.AibomProperties;
import dev.aibom.control.BomView;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;

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
    public Optional<Slicing<NoParameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        for (BomItem dataset : context.bom().items(BomView.DATASET)) {
            List<String> checks = dataset.properties(AibomProperties.DATA_QUALITY_CHECK);
            findings.check(dataset, !checks.isEmpty(), dataset.label() + " records " + checks.size()
                    + " quality check(s)", dataset.label() + " records no data quality checks",
                    dataset.at(BomPointers.PROPERTIES));
        }
    }
}
