package dev.aibom.core.control;

import dev.aibom.control.BomView;
import dev.aibom.control.ModelCardField;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.AibomProperties;

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

    private static final Map<String, Map<String, Predicate<BomItem>>> EXPECTED = new LinkedHashMap<>();

    static {
        Map<String, Predicate<BomItem>> model = new LinkedHashMap<>();
        model.put("supplier", item -> !item.supplierName().isBlank());
        model.put("licence", item -> !item.licenses().isEmpty());
        model.put("hash", item -> !item.hashes().isEmpty());
        model.put("life-cycle stage", item -> item.model().lifecycleStage().isPresent());
        model.put("performance metrics", item -> !item.model().metrics().isEmpty());
        model.put("task", item -> item.model().has(ModelCardField.TASK));
        model.put("limitations", item -> item.model().has(ModelCardField.LIMITATIONS));
        model.put("approval", item -> !item.model().approvals().isEmpty());
        EXPECTED.put(BomView.MODEL, model);

        Map<String, Predicate<BomItem>> dataset = new LinkedHashMap<>();
        dataset.put("supplier", item -> !item.supplierName().isBlank());
        dataset.put("licence", item -> !item.licenses().isEmpty());
        dataset.put("hash", item -> !item.hashes().isEmpty());
        dataset.put("provenance", item -> item.property(AibomProperties.DATA_PROVENANCE).isPresent()
                || !item.data().description().isBlank() || item.data().hasContentsUrl());
        dataset.put("owner", item -> item.present(BomPointers.DATA_GOVERNANCE));
        dataset.put("classification", item -> !item.data().classification().isBlank());
        dataset.put("personal-data declaration", item -> item.property(AibomProperties.DATA_PERSONAL_DATA)
                .isPresent() || !item.data().sensitiveData().isEmpty());
        dataset.put("quality checks", item -> !item.properties(AibomProperties.DATA_QUALITY_CHECK).isEmpty());
        EXPECTED.put(BomView.DATASET, dataset);

        Map<String, Predicate<BomItem>> service = new LinkedHashMap<>();
        service.put("provider", item -> !item.supplierName().isBlank());
        service.put("endpoints", item -> !item.service().endpoints().isEmpty());
        service.put("data flows", item -> item.service().hasDataFlows());
        EXPECTED.put(BomView.SERVICE, service);

        Map<String, Predicate<BomItem>> system = new LinkedHashMap<>();
        system.put("intended use", item -> item.property(AibomProperties.SYSTEM_INTENDED_USE).isPresent());
        system.put("risk level", item -> item.property(AibomProperties.SYSTEM_RISK_LEVEL).isPresent());
        system.put("owner", item -> item.property(AibomProperties.SYSTEM_OWNER).isPresent());
        EXPECTED.put(BomView.SYSTEM, system);
    }

    public static Completeness of(BomView bom) {
        Counter counter = new Counter();
        counter.add(bom.system());
        bom.items().forEach(counter::add);
        return counter.completeness();
    }

    /** Scores a BOM read a slice at a time: its system first, then each item in document order. */
    public static final class Counter {
        private final List<Entry> entries = new ArrayList<>();
        private int present;
        private int expected;

        public void add(BomItem item) {
            Map<String, Predicate<BomItem>> facts = EXPECTED.get(item.kind());
            List<String> missing = new ArrayList<>();
            facts.forEach((fact, test) -> {
                boolean has;
                try {
                    has = test.test(item);
                } catch (BomItem.AmbiguousPropertyException e) {
                    has = false; // a fact stated twice with different values is not recorded
                }
                if (!has) {
                    missing.add(fact);
                }
            });
            present += facts.size() - missing.size();
            expected += facts.size();
            entries.add(new Entry(item.kind(), item.ref(), item.name(), facts.size() - missing.size(), facts.size(),
                    missing));
        }

        public Completeness completeness() {
            int percent = expected == 0 ? 100 : (int) Math.floor(100.0 * present / expected);
            return new Completeness(percent, present, expected, entries);
        }
    }
}
