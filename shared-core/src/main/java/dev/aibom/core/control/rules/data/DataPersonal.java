package dev.aibom.core.control.rules.data;

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
import java.util.Locale;
import java.util.Optional;

/** Whether the dataset holds personal data is declared; if it does, it is classified and has a lawful basis. */
@AutoService(ControlRule.class)
public final class DataPersonal extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("data-personal",
            "Personal data is declared with classification and lawful basis", Family.DATA, Severity.ERROR,
            "Whether the dataset holds personal data is declared; if it does, it is classified and has a lawful"
                    + " basis.", "A.7.3", "A.7.5")
            .withRemedy("Declare whether the dataset holds personal data (personalData, or data.sensitiveData); if it"
                    + " does, classify it and record its lawful basis.");

    public DataPersonal() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        for (BomItem dataset : context.bom().items(BomView.DATASET)) {
            Optional<String> declared = dataset.property(AibomProperties.DATA_PERSONAL_DATA);
            boolean sensitive = dataset.data().sensitiveData().stream()
                    .anyMatch(entry -> entry.toLowerCase(Locale.ROOT).contains("personal"));
            if (declared.isEmpty() && !sensitive) {
                findings.fail(dataset, dataset.label() + " does not declare whether it holds personal data",
                        dataset.at(BomPointers.PROPERTIES));
                continue;
            }
            boolean personal = sensitive || declared.map("true"::equalsIgnoreCase).orElse(false);
            if (!personal) {
                findings.pass(dataset, dataset.label() + " declares that it holds no personal data",
                        dataset.propertyPointer(AibomProperties.DATA_PERSONAL_DATA));
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (dataset.data().classification().isBlank()) {
                missing.add("classification");
            }
            if (dataset.property(AibomProperties.DATA_LAWFUL_BASIS).filter(v -> !v.isBlank()).isEmpty()) {
                missing.add("lawful basis");
            }
            findings.check(dataset, missing.isEmpty(), dataset.label() + " holds personal data, classified "
                            + dataset.data().classification() + ", with a lawful basis",
                    dataset.label() + " holds personal data but has no " + String.join(" and no ", missing),
                    dataset.at(BomPointers.DATA));
        }
    }
}
