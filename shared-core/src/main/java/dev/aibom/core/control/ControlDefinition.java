package dev.aibom.core.control;

import java.util.List;
import java.util.Objects;

/**
 * A built-in control: what it checks, which ISO/IEC 42001 Annex A controls it evidences, its default severity and
 * parameters.
 *
 * @param fixedSeverity the severity cannot be lowered, the control cannot be disabled or waived
 */
public record ControlDefinition(String id, String title, Family family, List<String> annexA, Severity defaultSeverity,
                                boolean fixedSeverity, String description, List<Parameter> parameters,
                                Control implementation) {
    public ControlDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        annexA = List.copyOf(annexA);
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(implementation, "implementation");
        if (annexA.isEmpty()) {
            throw new IllegalArgumentException(id + " maps to no Annex A control");
        }
    }
}
