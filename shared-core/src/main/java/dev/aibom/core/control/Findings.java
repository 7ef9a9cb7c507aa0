package dev.aibom.core.control;

import java.util.ArrayList;
import java.util.List;

/** Collects one control's findings with its id, Annex A references, family and configured severity filled in. */
public final class Findings {
    private final ControlDefinition definition;
    private final Severity severity;
    private final List<Finding> findings = new ArrayList<>();

    Findings(ControlDefinition definition, Severity severity) {
        this.definition = definition;
        this.severity = severity;
    }

    public Findings pass(BomView.Item item, String message, String evidence) {
        return add(item, Status.PASS, message, evidence);
    }

    public Findings fail(BomView.Item item, String message, String evidence) {
        return add(item, Status.FAIL, message, evidence);
    }

    public Findings notApplicable(BomView.Item item, String message) {
        return add(item, Status.NOT_APPLICABLE, message, item == null ? "" : item.pointer());
    }

    public Findings error(BomView.Item item, String message) {
        return add(item, Status.ERROR, message, item == null ? "" : item.pointer());
    }

    /** Pass or fail by {@code holds}. */
    public Findings check(BomView.Item item, boolean holds, String passMessage, String failMessage, String evidence) {
        return holds ? pass(item, passMessage, evidence) : fail(item, failMessage, evidence);
    }

    private Findings add(BomView.Item item, Status status, String message, String evidence) {
        findings.add(new Finding(definition.id(), definition.annexA(), definition.family(), severity, status,
                item == null ? "" : item.ref(), item == null ? "" : item.name(), item == null ? "bom" : item.kind(),
                message, evidence, ""));
        return this;
    }

    public List<Finding> list() {
        return List.copyOf(findings);
    }
}
