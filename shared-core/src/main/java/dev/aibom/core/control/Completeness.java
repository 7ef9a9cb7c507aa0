package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.bom.AibomProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How much of what the controls need a BOM actually records: per component, the expected facts that are present
 * and missing, and an overall percentage.
 */
public record Completeness(int percent, int present, int expected, List<Entry> components) {
    public Completeness {
        components = List.copyOf(components);
    }

    /** One component's expected facts that are missing. */
    public record Entry(String kind, String ref, String name, int present, int expected, List<String> missing) {
        public Entry {
            missing = List.copyOf(missing);
        }
    }

    private static final Map<String, Map<String, Predicate<BomView.Item>>> EXPECTED = new LinkedHashMap<>();

    static {
        Map<String, Predicate<BomView.Item>> model = new LinkedHashMap<>();
        model.put("supplier", item -> !item.supplierName().isBlank());
        model.put("licence", item -> item.node().path("licenses").size() > 0);
        model.put("hash", item -> item.node().path("hashes").size() > 0);
        model.put("life-cycle stage", item -> item.property(AibomProperties.MODEL_LIFECYCLE).isPresent());
        model.put("performance metrics", item -> present(item.node().at("/modelCard/quantitativeAnalysis/performanceMetrics")));
        model.put("task", item -> present(item.node().at("/modelCard/modelParameters/task")));
        model.put("limitations", item -> present(item.node().at("/modelCard/considerations/technicalLimitations")));
        model.put("approval", item -> item.property(AibomProperties.MODEL_APPROVAL + "0:by").isPresent());
        EXPECTED.put(BomView.MODEL, model);

        Map<String, Predicate<BomView.Item>> dataset = new LinkedHashMap<>();
        dataset.put("supplier", item -> !item.supplierName().isBlank());
        dataset.put("licence", item -> item.node().path("licenses").size() > 0);
        dataset.put("hash", item -> item.node().path("hashes").size() > 0);
        dataset.put("provenance", item -> item.property(AibomProperties.DATA_PROVENANCE).isPresent()
                || present(item.node().at("/data/0/description")) || present(item.node().at("/data/0/contents/url")));
        dataset.put("owner", item -> present(item.node().at("/data/0/governance")));
        dataset.put("classification", item -> present(item.node().at("/data/0/classification")));
        dataset.put("personal-data declaration", item -> item.property(AibomProperties.DATA_PERSONAL_DATA).isPresent()
                || present(item.node().at("/data/0/sensitiveData")));
        dataset.put("quality checks", item -> item.property(AibomProperties.DATA_QUALITY_CHECK).isPresent());
        EXPECTED.put(BomView.DATASET, dataset);

        Map<String, Predicate<BomView.Item>> service = new LinkedHashMap<>();
        service.put("provider", item -> !item.supplierName().isBlank());
        service.put("endpoints", item -> present(item.node().path("endpoints")));
        service.put("data flows", item -> present(item.node().path("data")));
        EXPECTED.put(BomView.SERVICE, service);

        Map<String, Predicate<BomView.Item>> system = new LinkedHashMap<>();
        system.put("intended use", item -> item.property(AibomProperties.SYSTEM_INTENDED_USE).isPresent());
        system.put("risk level", item -> item.property(AibomProperties.SYSTEM_RISK_LEVEL).isPresent());
        system.put("owner", item -> item.property(AibomProperties.SYSTEM_OWNER).isPresent());
        EXPECTED.put("system", system);
    }

    public static Completeness of(BomView bom) {
        List<Entry> entries = new ArrayList<>();
        int present = 0;
        int expected = 0;
        List<BomView.Item> items = new ArrayList<>();
        items.add(bom.system());
        items.addAll(bom.items());
        for (BomView.Item item : items) {
            Map<String, Predicate<BomView.Item>> facts = EXPECTED.get(item.kind());
            List<String> missing = new ArrayList<>();
            facts.forEach((fact, test) -> {
                if (!test.test(item)) {
                    missing.add(fact);
                }
            });
            present += facts.size() - missing.size();
            expected += facts.size();
            entries.add(new Entry(item.kind(), item.ref(), item.name(), facts.size() - missing.size(), facts.size(),
                    missing));
        }
        int percent = expected == 0 ? 100 : (int) Math.floor(100.0 * present / expected);
        return new Completeness(percent, present, expected, entries);
    }

    private static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull() && !(node.isContainerNode() && node.isEmpty())
                && !(node.isTextual() && node.asText().isBlank());
    }
}
