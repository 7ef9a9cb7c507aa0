package dev.aibom.core.control.rules.lifecycle;

import com.google.auto.service.AutoService;
import dev.aibom.core.control.BomView;
import dev.aibom.core.control.ControlMetadata;
import dev.aibom.core.control.ControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.Family;
import dev.aibom.core.control.Findings;
import dev.aibom.core.control.ParameterDoc;
import dev.aibom.core.control.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The model card records performance metrics, and they meet the policy's minimum values. */
@AutoService(ControlRule.class)
public final class ModelVerificationEvidence implements ControlRule<ModelVerificationEvidence.Parameters> {
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
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        Map<String, Double> thresholds = parameters.thresholds();
        for (BomView.Item model : context.bom().items(BomView.MODEL)) {
            List<BomView.Metric> metrics = model.metrics();
            if (metrics.isEmpty()) {
                findings.fail(model, model.label() + " records no performance metrics",
                        model.at(BomView.Pointers.MODEL_CARD));
                continue;
            }
            List<String> below = new ArrayList<>();
            for (Map.Entry<String, Double> threshold : thresholds.entrySet()) {
                for (BomView.Metric metric : metrics) {
                    if (threshold.getKey().equalsIgnoreCase(metric.type())) {
                        try {
                            double value = Double.parseDouble(metric.value());
                            if (value < threshold.getValue()) {
                                below.add(metric.type() + " " + metric.value() + slice(metric) + " is below "
                                        + format(threshold.getValue()));
                            }
                        } catch (NumberFormatException e) {
                            below.add(metric.type() + " '" + metric.value() + "' is not a number");
                        }
                    }
                }
            }
            findings.check(model, below.isEmpty(), model.label() + " records " + metrics.size()
                    + " performance metric(s)" + (thresholds.isEmpty() ? "" : " meeting the thresholds"),
                    model.label() + ": " + String.join("; ", below), model.at(BomView.Pointers.METRICS));
        }
    }

    private static String slice(BomView.Metric metric) {
        return metric.slice().isBlank() ? "" : " (" + metric.slice() + ")";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
