package dev.aibom.core.control.rules.lifecycle;

import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.ModelFacts;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;

import dev.aibom.core.Numbers;
import dev.aibom.core.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model card records performance metrics, and they meet the policy's minimum values. */
@AutoService(ControlRule.class)
public final class ModelVerificationEvidence extends BuiltInRule<ModelVerificationEvidence.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("model-verification-evidence",
            "Verification and validation evidence is recorded", Family.LIFECYCLE, Severity.WARNING,
            "The model card has performance metrics; optional thresholds per metric type (minimum values) must be"
                    + " met by every measurement of that type.", "A.6.2.4")
            .withRemedy("Record the verification and validation results as model-card performance metrics that meet"
                    + " the thresholds.");

    /** @param thresholds per metric type, the minimum value every measurement must reach */
    public record Parameters(@ParameterDoc("metric type -> minimum value") Map<String, Double> thresholds) {
        public Parameters {
            thresholds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));
            thresholds.forEach((type, minimum) -> {
                if (minimum == null || !Double.isFinite(minimum)) {
                    throw new IllegalArgumentException("the threshold for " + type + " is " + minimum
                            + ", not a finite number");
                }
            });
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(Map.of());
    }

    @Override
    public Optional<Slicing<ModelVerificationEvidence.Parameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        Map<String, Double> thresholds = parameters.thresholds();
        for (BomItem model : context.bom().items(BomView.MODEL)) {
            List<ModelFacts.Metric> metrics = model.model().metrics();
            if (metrics.isEmpty()) {
                findings.fail(model, model.label() + " records no performance metrics",
                        model.at(BomPointers.MODEL_CARD));
                continue;
            }
            List<String> below = new ArrayList<>();
            for (Map.Entry<String, Double> threshold : thresholds.entrySet()) {
                BigDecimal minimum = Numbers.exact(threshold.getValue());
                for (ModelFacts.Metric metric : metrics) {
                    if (threshold.getKey().equalsIgnoreCase(metric.type())) {
                        // a value that is not a finite number never meets a threshold: NaN, Infinity, 1e400, text
                        Optional<BigDecimal> value = Numbers.finite(metric.value());
                        if (value.isEmpty()) {
                            below.add(metric.type() + slice(metric) + " " + Numbers.why(metric.value())
                                    + ", so it cannot meet " + Numbers.shown(minimum));
                        } else if (value.get().compareTo(minimum) < 0) {
                            below.add(metric.type() + " " + Text.printable(metric.value().strip()) + slice(metric)
                                    + " is below " + Numbers.shown(minimum));
                        }
                    }
                }
            }
            findings.check(model, below.isEmpty(), model.label() + " records " + metrics.size()
                    + " performance metric(s)" + (thresholds.isEmpty() ? "" : " meeting the thresholds"),
                    model.label() + ": " + String.join("; ", below), model.at(BomPointers.METRICS));
        }
    }

    private static String slice(ModelFacts.Metric metric) {
        return metric.slice().isBlank() ? "" : " (" + Text.printable(metric.slice()) + ")";
    }

}
