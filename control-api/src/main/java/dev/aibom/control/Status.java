package dev.aibom.control;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The outcome of one control on one component. */
public enum Status {
    /** The control holds. */
    PASS,
    /** The control is violated. */
    FAIL,
    /** Violated, but an active waiver accepts it. */
    WAIVED,
    /** The control does not apply (no such component, not a high-risk system, no files at hand ...). */
    NOT_APPLICABLE,
    /** The control could not be evaluated (bad input it depends on); never a pass. */
    ERROR;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
