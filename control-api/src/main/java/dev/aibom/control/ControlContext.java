package dev.aibom.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a control sees: the BOM, as a typed view, and the facts of this evaluation. The engine's context implements it
 * with more (the supplier register, the signature report, the files' integrity, discovery), which the built-in rules
 * use; a rule written against this API alone judges the BOM.
 */
public interface ControlContext {
    /** The BOM being judged. */
    BomView bom();

    /** The day the BOM is judged at (approvals, assessments and waivers expire relative to it). */
    LocalDate today();

    /** The system's risk level as the BOM states it ({@code low}, {@code medium}, {@code high}), if it does. */
    Optional<String> riskLevel();

    /** A supplier's BOM under review (every finding is then the supplier's claim), not the build's own. */
    boolean supplierBom();
}
