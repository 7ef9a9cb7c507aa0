package dev.aibom.core.descriptor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a model is in its life cycle (ISO/IEC 42001 A.6.2); CycloneDX has no field for it. */
public enum LifecycleStage {
    DRAFT, EXPERIMENTAL, VALIDATED, APPROVED, DEPLOYED, DEPRECATED, RETIRED;

    @JsonValue
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
