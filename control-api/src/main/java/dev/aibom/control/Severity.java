package dev.aibom.control;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How much a violated control matters; the policy's {@code failOn} decides what fails the build. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** At least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
