package dev.aibom.core.control;

import java.util.List;
import java.util.Objects;

/**
 * The result of one control on one component (or on the BOM as a whole).
 *
 * @param control   control id, e.g. {@code supplier-registered}
 * @param annexA    the ISO/IEC 42001 Annex A controls it evidences, e.g. {@code A.10.3}
 * @param component bom-ref of the component ({@code ""} for the BOM as a whole)
 * @param name      component name as a reader knows it
 * @param kind      {@code model}, {@code dataset}, {@code service}, {@code system} or {@code bom}
 * @param evidence  JSON pointer into the BOM where the evidence is (or should be)
 * @param waiver    for {@link Status#WAIVED}: who accepted it, why and until when
 */
public record Finding(String control, List<String> annexA, Family family, Severity severity, Status status,
                      String component, String name, String kind, String message, String evidence, String waiver) {
    public Finding {
        Objects.requireNonNull(control, "control");
        annexA = List.copyOf(annexA);
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        component = component == null ? "" : component;
        name = name == null ? "" : name;
        kind = kind == null ? "" : kind;
        Objects.requireNonNull(message, "message");
        evidence = evidence == null ? "" : evidence;
        waiver = waiver == null ? "" : waiver;
    }

    /** The one stable line for logs: {@code [A.10.3] supplier-registered: model 'x' supplier 'y' is not ...}. */
    public String line() {
        return "[" + String.join(", ", annexA) + "] " + control + ": " + message
                + (status == Status.WAIVED ? " (waived: " + waiver + ")" : "");
    }

    public Finding withStatus(Status newStatus, String newWaiver) {
        return new Finding(control, annexA, family, severity, newStatus, component, name, kind, message, evidence,
                newWaiver);
    }
}
