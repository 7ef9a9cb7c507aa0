package dev.aibom.core.control;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Procurement's decision about a supplier. */
public enum SupplierStatus {
    APPROVED, CONDITIONAL, SUSPENDED, REJECTED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
