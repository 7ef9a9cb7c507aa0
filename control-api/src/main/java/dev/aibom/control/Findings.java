package dev.aibom.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one control's findings, with its id, Annex A references, family and configured severity filled in.
 * {@link #failTampered} is for evidence of tampering (a signature that is present and invalid): always an error,
 * never waivable, whatever the policy says.
 */
public final class Findings {
    private final ControlMetadata metadata;
    private final Severity severity;
    private final List<Finding> findings = new ArrayList<>();

    public Findings(ControlMetadata metadata, Severity severity) {
        this.metadata = metadata;
        this.severity = severity;
    }

    public ControlMetadata metadata() {
        return metadata;
    }

    public Findings pass(BomItem item, String message, String evidence) {
        return add(item, Status.PASS, severity, message, evidence, true);
    }

    public Findings fail(BomItem item, String message, String evidence) {
        return add(item, Status.FAIL, severity, message, evidence, metadata.waivable() != ControlMetadata.Waivable.NEVER);
    }

    /**
     * A violation at a lower severity than the control's: something the control cannot vouch for but does not know to
     * be wrong (a global not known to be safe). Never higher than the configured severity.
     */
    public Findings failAt(Severity lower, BomItem item, String message, String evidence) {
        Severity at = lower.compareTo(severity) > 0 ? lower : severity;
        return add(item, Status.FAIL, at, message, evidence, metadata.waivable() != ControlMetadata.Waivable.NEVER);
    }

    /** A violation that is evidence of tampering: an error that no policy lowers and no waiver accepts. */
    public Findings failTampered(BomItem item, String message, String evidence) {
        return add(item, Status.FAIL, Severity.ERROR, message, evidence, false);
    }

    public Findings notApplicable(BomItem item, String message) {
        return add(item, Status.NOT_APPLICABLE, severity, message, item == null ? "" : item.pointer(), true);
    }

    public Findings error(BomItem item, String message) {
        return add(item, Status.ERROR, severity, message, item == null ? "" : item.pointer(), false);
    }

    /** Pass or fail by {@code holds}. */
    public Findings check(BomItem item, boolean holds, String passMessage, String failMessage, String evidence) {
        return holds ? pass(item, passMessage, evidence) : fail(item, failMessage, evidence);
    }

    /**
     * A finding about another finding (the waiver controls): it carries the other finding's component and Annex A
     * references, this control's id, and the given severity.
     */
    public Findings failAbout(Finding other, Severity findingSeverity, String message) {
        findings.add(new Finding(metadata.id(), other.annexA(), other.family(), findingSeverity, Status.FAIL,
                other.component(), other.name(), other.kind(), message, other.evidence(), "", false));
        return this;
    }

    /** A finding that concerns no component but is attributed to the references of another control. */
    public Findings failAttributed(ControlMetadata other, String name, String kind, String message) {
        findings.add(new Finding(metadata.id(), other.annexA(), other.family(), severity, Status.FAIL, "", name, kind,
                message, "", "", false));
        return this;
    }

    private Findings add(BomItem item, Status status, Severity findingSeverity, String message, String evidence,
                         boolean waivable) {
        findings.add(new Finding(metadata.id(), metadata.annexA(), metadata.family(), findingSeverity, status,
                item == null ? "" : item.ref(), item == null ? "" : item.name(), item == null ? "bom" : item.kind(),
                message, evidence, "", waivable));
        return this;
    }

    /** What the last finding says holds until {@code date} (an assessment's expiry), for evidence in declarations. */
    public Findings validUntil(java.time.LocalDate date) {
        Finding last = findings.remove(findings.size() - 1);
        findings.add(new Finding(last.control(), last.annexA(), last.family(), last.severity(), last.status(),
                last.component(), last.name(), last.kind(), last.message(), last.evidence(), last.waiver(),
                last.waivable(), date.toString()));
        return this;
    }

    public List<Finding> list() {
        return List.copyOf(findings);
    }
}
