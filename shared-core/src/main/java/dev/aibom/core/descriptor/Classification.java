package dev.aibom.core.descriptor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Data classification, written to CycloneDX {@code data[].classification} and service data flows. */
public enum Classification {
    PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED;

    @JsonValue
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
