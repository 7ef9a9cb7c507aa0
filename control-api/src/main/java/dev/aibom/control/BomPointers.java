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
    public static final String ENDPOINTS = "/endpoints";
    /** A service's data flows. */
    public static final String DATA_FLOWS = "/data";

    // a model card's facts: each pointer is built from the section it lives in, so a section is spelled once
    public static final String MODEL_CARD = "/modelCard";
    private static final String PARAMETERS = MODEL_CARD + "/modelParameters";
    public static final String TASK = PARAMETERS + "/task";
    public static final String ARCHITECTURE = PARAMETERS + "/modelArchitecture";
    public static final String ARCHITECTURE_FAMILY = PARAMETERS + "/architectureFamily";
    public static final String DATASETS = PARAMETERS + "/datasets";
    public static final String METRICS = MODEL_CARD + "/quantitativeAnalysis/performanceMetrics";
    private static final String CONSIDERATIONS = MODEL_CARD + "/considerations";
    public static final String LIMITATIONS = CONSIDERATIONS + "/technicalLimitations";
    public static final String USE_CASES = CONSIDERATIONS + "/useCases";
    public static final String USERS = CONSIDERATIONS + "/users";
    public static final String ETHICAL_CONSIDERATIONS = CONSIDERATIONS + "/ethicalConsiderations";

    // a dataset's facts: its first data entry
    public static final String DATA = "/data/0";
    public static final String DATA_DESCRIPTION = DATA + "/description";
    public static final String DATA_CONTENTS_URL = DATA + "/contents/url";
    public static final String DATA_CLASSIFICATION = DATA + "/classification";
    public static final String DATA_SENSITIVE = DATA + "/sensitiveData";
    public static final String DATA_GOVERNANCE = DATA + "/governance";

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
