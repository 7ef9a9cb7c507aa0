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

import java.util.ArrayList;
import java.util.List;

/** The dataset says where it came from and who owns or keeps it. */
@AutoService(ControlRule.class)
public final class DataProvenance extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("data-provenance",
            "Data provenance is recorded", Family.DATA, Severity.WARNING,
            "The dataset says where it came from and who owns or keeps it.", "A.7.5")
            .withRemedy("Record where the dataset came from and who owns or keeps it (provenance, owners, custodians).");

    public DataProvenance() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        for (BomItem dataset : context.bom().items(BomView.DATASET)) {
            boolean source = dataset.property(AibomProperties.DATA_PROVENANCE).filter(v -> !v.isBlank()).isPresent()
                    || !dataset.data().description().isBlank() || dataset.data().hasContentsUrl()
                    || dataset.property(AibomProperties.ARTIFACT_SOURCE).isPresent()
                    || !dataset.externalReferenceTypes().isEmpty();
            List<String> missing = new ArrayList<>();
            if (!source) {
                missing.add("where it came from (provenance or a URL)");
            }
            if (!dataset.data().governance().anyone()) {
                missing.add("an owner, custodian or steward");
            }
            findings.check(dataset, missing.isEmpty(), dataset.label() + " records its provenance and owners",
                    dataset.label() + " does not record " + String.join(" or ", missing),
                    dataset.at(BomPointers.DATA));
        }
    }
}
