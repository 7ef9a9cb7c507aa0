package dev.aibom.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What a dataset's first {@code data} entry says of it: {@link BomItem#data()}. */
public final class DataFacts {
    /** The governance parties of a dataset. */
    public record Governance(int owners, int custodians, int stewards) {
        public boolean anyone() {
            return owners + custodians + stewards > 0;
        }
    }

    private final JsonNode node;

    DataFacts(JsonNode node) {
        this.node = node;
    }

    /** The first {@code data} entry's classification. */
    public String classification() {
        return BomPointers.nodeAt(node, BomPointers.DATA_CLASSIFICATION).asText("");
    }

    public String description() {
        return BomPointers.nodeAt(node, BomPointers.DATA_DESCRIPTION).asText("");
    }

    public boolean hasContentsUrl() {
        return BomPointers.present(BomPointers.nodeAt(node, BomPointers.DATA_CONTENTS_URL));
    }

    public List<String> sensitiveData() {
        return BomPointers.texts(BomPointers.nodeAt(node, BomPointers.DATA_SENSITIVE));
    }

    public Governance governance() {
        JsonNode governance = BomPointers.nodeAt(node, BomPointers.DATA_GOVERNANCE);
        return new Governance(governance.path("owners").size(), governance.path("custodians").size(),
                governance.path("stewards").size());
    }
}
