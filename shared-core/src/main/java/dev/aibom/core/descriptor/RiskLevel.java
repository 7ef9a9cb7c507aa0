package dev.aibom.core.descriptor;

import com.fasterxml.jackson.annotation.JsonValue;

/** EU AI Act style risk tiers; the controls use them to decide what evidence a system needs. */
public enum RiskLevel {
    MINIMAL, LIMITED, HIGH, UNACCEPTABLE;

    @JsonValue
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
