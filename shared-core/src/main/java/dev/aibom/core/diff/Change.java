package dev.aibom.core.diff;

import java.util.Objects;

/**
 * One difference between two BOMs.
 *
 * @param kind    what changed
 * @param subject what it changed in: {@code kind}, {@code name} and {@code ref} of a model, dataset or service, or of
 *                the system or the BOM as a whole
 * @param field   which field, as precisely as the kind needs ({@code SHA-256}, {@code considerations.useCases},
 *                {@code file model.safetensors SHA-256}); empty when the kind says it all
 * @param before  the old value as text (JSON for structured fields); empty when there was none
 * @param after   the new value as text; empty when there is none
 */
public record Change(ChangeKind kind, Subject subject, String field, String before, String after) {
    /** How much of a value a line shows (the JSON output has all of it). */
    private static final int MAX_SHOWN = 160;

    /** What a change is about. {@code kind} is model, dataset, service, system or bom. */
    public record Subject(String kind, String name, String ref) {
        public Subject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ref, "ref");
        }

        /** "model 'credit-pd-logreg'", "the BOM". */
        public String label() {
            return kind.equals("bom") ? "the BOM" : kind + " '" + name + "'";
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** One line for people: {@code ~ model 'x': hashes SHA-256: 53aa51... -> 9f1c02...}. */
    public String line() {
        return switch (kind) {
            case ADDED -> "+ " + subject.label() + (after.isEmpty() ? "" : " " + after) + " added";
            case REMOVED -> "- " + subject.label() + (before.isEmpty() ? "" : " " + before) + " removed";
            default -> "~ " + subject.label() + ": " + kind.value() + (field.isEmpty() ? "" : " " + field) + ": "
                    + show(before) + " -> " + show(after);
        };
    }

    private static String show(String value) {
        if (value.isEmpty()) {
            return "(none)";
        }
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN - 3) + "...";
    }
}
