package dev.aibom.control;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each fact stands inside a component, relative to the component's own pointer: every pointer the controls and
 * the completeness score use is written once, here, so that they cannot disagree about where a fact lives.
 */
public final class BomPointers {
    public static final String SUPPLIER = "/supplier";
    public static final String MANUFACTURER = "/manufacturer";
    public static final String PROVIDER = "/provider";
    public static final String LICENSES = "/licenses";
    public static final String HASHES = "/hashes";
    public static final String PROPERTIES = "/properties";
    public static final String EXTERNAL_REFERENCES = "/externalReferences";
    public static final String MODEL_CARD = "/modelCard";
    public static final String TASK = "/modelCard/modelParameters/task";
    public static final String ARCHITECTURE = "/modelCard/modelParameters/modelArchitecture";
    public static final String ARCHITECTURE_FAMILY = "/modelCard/modelParameters/architectureFamily";
    public static final String DATASETS = "/modelCard/modelParameters/datasets";
    public static final String METRICS = "/modelCard/quantitativeAnalysis/performanceMetrics";
    public static final String LIMITATIONS = "/modelCard/considerations/technicalLimitations";
    public static final String USE_CASES = "/modelCard/considerations/useCases";
    public static final String USERS = "/modelCard/considerations/users";
    public static final String ETHICAL_CONSIDERATIONS = "/modelCard/considerations/ethicalConsiderations";
    public static final String DATA = "/data/0";
    public static final String DATA_DESCRIPTION = "/data/0/description";
    public static final String DATA_CONTENTS_URL = "/data/0/contents/url";
    public static final String DATA_CLASSIFICATION = "/data/0/classification";
    public static final String DATA_SENSITIVE = "/data/0/sensitiveData";
    public static final String DATA_GOVERNANCE = "/data/0/governance";
    public static final String ENDPOINTS = "/endpoints";
    public static final String DATA_FLOWS = "/data";

    private BomPointers() {
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, com.fasterxml.jackson.core.JsonPointer> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The node at a relative pointer, with the pointer parsed once (rules ask for the same few, for every item). */
    static JsonNode nodeAt(JsonNode node, String relative) {
        return node.at(COMPILED.computeIfAbsent(relative, com.fasterxml.jackson.core.JsonPointer::compile));
    }

    /** Holds something: not missing, null, empty or blank. */
    static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull() && !(node.isContainerNode() && node.isEmpty())
                && !(node.isTextual() && node.asText().isBlank());
    }

    /** The texts of an array. */
    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array) {
            texts.add(item.asText());
        }
        return texts;
    }
}
