package dev.aibom.control;


import java.util.List;
import java.util.Objects;

/**
 * The result of one control on one component (or on the BOM as a whole). Texts that come from the BOM are kept
 * printable ({@link Text#printable}): a finding is one line in a console, whatever a supplier wrote.
 *
 * @param control   control id, e.g. {@code supplier-registered}
 * @param annexA    the ISO/IEC 42001 Annex A controls it evidences, e.g. {@code A.10.3}
 * @param component bom-ref of the component ({@code ""} for the BOM as a whole)
 * @param name      component name as a reader knows it
 * @param kind      {@code model}, {@code dataset}, {@code service}, {@code system} or {@code bom}
 * @param evidence  JSON pointer into the BOM where the evidence is (or should be)
 * @param waiver    for {@link Status#WAIVED}: who accepted it, why and until when
 * @param waivable  whether a waiver may accept it (evidence of tampering never can)
 * @param validUntil the ISO date after which what the finding says no longer holds (an assessment's expiry), or
 *                  {@code ""}
 */
public record Finding(String control, List<String> annexA, Family family, Severity severity, Status status,
                      String component, String name, String kind, String message, String evidence, String waiver,
                      boolean waivable, String validUntil) {
    public Finding {
        Objects.requireNonNull(control, "control");
        annexA = List.copyOf(annexA);
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        component = Printable.of(component);
        name = Printable.of(name);
        kind = kind == null ? "" : kind;
        message = Printable.of(Objects.requireNonNull(message, "message"));
        evidence = Printable.of(evidence);
        waiver = Printable.of(waiver);
        validUntil = validUntil == null ? "" : validUntil;
    }

    public Finding(String control, List<String> annexA, Family family, Severity severity, Status status,
                   String component, String name, String kind, String message, String evidence, String waiver,
                   boolean waivable) {
        this(control, annexA, family, severity, status, component, name, kind, message, evidence, waiver, waivable,
                "");
    }

    /** The one stable line for logs: {@code [A.10.3] supplier-registered: model 'x' supplier 'y' is not ...}. */
    public String line() {
        return "[" + String.join(", ", annexA) + "] " + control + ": " + message
                + (status == Status.WAIVED ? " (waived: " + waiver + ")" : "");
    }

    public Finding withStatus(Status newStatus, String newWaiver) {
        return new Finding(control, annexA, family, severity, newStatus, component, name, kind, message, evidence,
                newWaiver, waivable, validUntil);
    }

    /** The same finding with another message (a review adds whose claim it is). */
    public Finding withMessage(String newMessage) {
        return new Finding(control, annexA, family, severity, status, component, name, kind, newMessage, evidence,
                waiver, waivable, validUntil);
    }

    /** A violation or a control that could not be evaluated. */
    public boolean isProblem() {
        return status == Status.FAIL || status == Status.ERROR;
    }
}
