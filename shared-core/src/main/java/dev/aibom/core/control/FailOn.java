package dev.aibom.core.control;

import dev.aibom.control.Severity;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The lowest severity of a failed control that fails the build. */
public enum FailOn {
    ERROR, WARNING, NEVER;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity == Severity.ERROR || severity == Severity.WARNING;
            case NEVER -> false;
        };
    }

    public static FailOn parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn must be error, warning or never, not '" + text + "'");
        }
    }
}
