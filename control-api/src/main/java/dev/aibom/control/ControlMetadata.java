package dev.aibom.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a control is: the part of a {@link ControlRule} that the policy loader, the waivers, the reports and the
 * generated catalogue ({@code docs/controls.md}) read.
 *
 * @param id              stable id, lower case with dashes ({@code supplier-registered}); policies and waivers name it
 * @param title           one line saying what holds when the control passes
 * @param annexA          the ISO/IEC 42001:2023 Annex A controls it evidences ({@code A.10.3}); empty only for the
 *                        waiver controls, whose findings carry the references of the waived control
 * @param defaultSeverity its severity unless the policy sets another
 * @param fixed           the control cannot be disabled, its severity cannot be lowered, and it cannot be waived
 * @param waivable        whether and how a waiver may accept its violations
 * @param description     one paragraph: what exactly it checks
 * @param needs           inputs without which it cannot be evaluated: a policy that enables it without them is refused
 * @param remedy          what to do when it fails, in plain words for whoever reads the report (empty: the reports
 *                        show the description)
 */
public record ControlMetadata(String id, String title, Family family, List<String> annexA, Severity defaultSeverity,
                              boolean fixed, Waivable waivable, String description, Set<Input> needs, String remedy) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern ANNEX_A = Pattern.compile("A\\.[1-9][0-9]*(\\.[1-9][0-9]*)*");

    /** Whether and how a waiver may accept a violation of a control. */
    public enum Waivable {
        /** By component name, bom-ref or pattern. */
        ANY,
        /** Only by naming the component exactly, never with {@code *}: signature controls. */
        BY_NAME_ONLY,
        /** Never. */
        NEVER
    }

    /** Inputs a control may need beyond the BOM. */
    public enum Input {
        /** Procurement's supplier register. */
        SUPPLIER_REGISTER
    }

    public ControlMetadata {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("control id '" + id + "' is not lower case words joined by dashes");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        annexA = List.copyOf(annexA);
        for (String reference : annexA) {
            if (!ANNEX_A.matcher(reference).matches()) {
                throw new IllegalArgumentException("control " + id + ": '" + reference + "' is not an Annex A"
                        + " reference such as A.10.3");
            }
        }
        if (annexA.isEmpty() && family != Family.WAIVERS) {
            throw new IllegalArgumentException("control " + id + " maps to no Annex A control");
        }
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(waivable, "waivable");
        Objects.requireNonNull(description, "description");
        needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
        Objects.requireNonNull(remedy, "remedy");
        if (fixed && (defaultSeverity != Severity.ERROR || waivable != Waivable.NEVER)) {
            throw new IllegalArgumentException("control " + id + " is fixed, so it is an error and cannot be waived");
        }
    }

    /** An ordinary control: waivable, can be disabled or lowered, needs nothing but the BOM. */
    public static ControlMetadata of(String id, String title, Family family, Severity severity, String description,
                                     String... annexA) {
        return new ControlMetadata(id, title, family, List.of(annexA), severity, false, Waivable.ANY, description,
                Set.of(), "");
    }

    /** The same control, fixed: always an error, never disabled, lowered or waived. */
    public ControlMetadata asFixed() {
        return new ControlMetadata(id, title, family, annexA, Severity.ERROR, true, Waivable.NEVER, description,
                needs, remedy);
    }

    public ControlMetadata withWaivable(Waivable value) {
        return new ControlMetadata(id, title, family, annexA, defaultSeverity, fixed, value, description, needs,
                remedy);
    }

    public ControlMetadata needing(Input... inputs) {
        return new ControlMetadata(id, title, family, annexA, defaultSeverity, fixed, waivable, description,
                Set.of(inputs), remedy);
    }

    /** The same control with what to do when it fails. */
    public ControlMetadata withRemedy(String value) {
        return new ControlMetadata(id, title, family, annexA, defaultSeverity, fixed, waivable, description, needs,
                value);
    }

    /** What to do when it fails: the remedy, or else the description. */
    public String whatToDo() {
        return remedy.isBlank() ? description : remedy;
    }
}
