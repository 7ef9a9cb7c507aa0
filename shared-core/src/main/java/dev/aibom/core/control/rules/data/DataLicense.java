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

/** The dataset names the licence it was acquired under. */
@AutoService(ControlRule.class)
public final class DataLicense extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("data-license",
            "The data acquisition licence is recorded", Family.DATA, Severity.WARNING,
            "The dataset names its licence.", "A.7.3")
            .withRemedy("Record the licence under which the dataset was obtained.");

    public DataLicense() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        for (BomItem dataset : context.bom().items(BomView.DATASET)) {
            List<String> licenses = dataset.licenses();
            findings.check(dataset, !licenses.isEmpty(), dataset.label() + " is licensed under "
                    + String.join(", ", licenses), dataset.label() + " names no licence",
                    dataset.at(BomPointers.LICENSES));
        }
    }
}
