package dev.aibom.control;

import java.util.Optional;

/** The model-card fields {@code model-documentation} can require, each with where it stands. */
public enum ModelCardField {
    TASK("task", BomPointers.TASK),
    ARCHITECTURE("architecture", BomPointers.ARCHITECTURE),
    DATASETS("datasets", BomPointers.DATASETS),
    LIMITATIONS("limitations", BomPointers.LIMITATIONS),
    USE_CASES("useCases", BomPointers.USE_CASES),
    USERS("users", BomPointers.USERS),
    ETHICAL_CONSIDERATIONS("ethicalConsiderations", BomPointers.ETHICAL_CONSIDERATIONS);

    private final String key;
    private final String pointer;

    ModelCardField(String key, String pointer) {
        this.key = key;
        this.pointer = pointer;
    }

    /** The name a policy uses for it. */
    public String key() {
        return key;
    }

    public String pointer() {
        return pointer;
    }

    public static Optional<ModelCardField> byKey(String key) {
        for (ModelCardField field : values()) {
            if (field.key.equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
