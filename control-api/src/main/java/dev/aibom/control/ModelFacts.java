package dev.aibom.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a model's card ({@code modelCard}) and aibom's release properties say of it: {@link BomItem#model()}. */
public final class ModelFacts {
    /** One performance metric of a model card. */
    public record Metric(String type, String value, String slice) {
    }

    /** One release approval recorded with {@code aibom:model:approval:<n>:*} properties. */
    public record Approval(String by, String role, String date) {
    }

    private final BomItem item;

    ModelFacts(BomItem item) {
        this.item = item;
    }

    /** {@code aibom:model:lifecycle}. */
    public Optional<String> lifecycleStage() {
        return item.property(AibomProperties.MODEL_LIFECYCLE);
    }

    /** Approvals in index order, up to the first index with no {@code by}. */
    public List<Approval> approvals() {
        List<Approval> approvals = new ArrayList<>();
        for (int i = 0; ; i++) {
            Optional<String> by = item.property(AibomProperties.MODEL_APPROVAL + i + ":by");
            if (by.isEmpty()) {
                return approvals;
            }
            approvals.add(new Approval(by.get(), item.property(AibomProperties.MODEL_APPROVAL + i + ":role")
                    .orElse(""), item.property(AibomProperties.MODEL_APPROVAL + i + ":date").orElse("")));
        }
    }

    public List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>();
        for (JsonNode metric : BomPointers.nodeAt(item.node(), BomPointers.METRICS)) {
            metrics.add(new Metric(metric.path("type").asText(""), metric.path("value").asText(""),
                    metric.path("slice").asText("")));
        }
        return metrics;
    }

    /** Whether a model-card field holds something (architecture falls back to the architecture family). */
    public boolean has(ModelCardField field) {
        JsonNode value = BomPointers.nodeAt(item.node(), field.pointer());
        if (field == ModelCardField.ARCHITECTURE && value.isMissingNode()) {
            value = BomPointers.nodeAt(item.node(), BomPointers.ARCHITECTURE_FAMILY);
        }
        return BomPointers.present(value);
    }

    /** The model card's task. */
    public String task() {
        return BomPointers.nodeAt(item.node(), BomPointers.TASK).asText("");
    }

    public List<String> useCases() {
        return BomPointers.texts(BomPointers.nodeAt(item.node(), BomPointers.USE_CASES));
    }
}
