package dev.aibom.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What a service says of its endpoints and data flows: {@link BomItem#service()}. */
public final class ServiceFacts {
    private final JsonNode node;

    ServiceFacts(JsonNode node) {
        this.node = node;
    }

    public List<String> endpoints() {
        return BomPointers.texts(node.path("endpoints"));
    }

    public boolean hasDataFlows() {
        return BomPointers.present(node.path("data"));
    }
}
