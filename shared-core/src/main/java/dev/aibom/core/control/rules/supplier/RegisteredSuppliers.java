package dev.aibom.core.control.rules.supplier;

import dev.aibom.control.BomItem;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Findings;
import dev.aibom.control.Slicing;
import dev.aibom.core.control.RegisteredSupplier;
import dev.aibom.core.control.ReviewSigner;
import dev.aibom.core.control.SupplierRegister;

/**
 * Runs a check for every item whose supplier the register identifies - and, in a review, first for the supplier whose
 * registered key signed the BOM. Only {@code supplier-registered} fails an unregistered or conflicting supplier; the
 * controls that need a register entry say they do not apply, so one gap is reported once.
 */
final class RegisteredSuppliers {
    /** What a supplier rule checks of an item (or of the review's signer) whose supplier is registered. */
    interface Check {
        void check(BomItem item, RegisteredSupplier supplier, Findings findings);
    }

    private RegisteredSuppliers() {
    }

    /**
     * A supplier rule's judgement in slices: in a review, the supplier whose registered key signed the BOM first (a
     * fact of the document), then every item of each slice whose supplier the register identifies.
     */
    static Slicing.Judgement judgement(EvaluationContext document, Findings findings, Check check,
                                       boolean judgeIdentity) {
        if (document.register().isPresent()) {
            ReviewSigner.of(document).ifPresent(signer -> check.check(signer.item(), signer.supplier(), findings));
        }
        return (slice, out) -> items((EvaluationContext) slice, out, check, judgeIdentity);
    }

    private static void items(EvaluationContext context, Findings findings, Check check, boolean judgeIdentity) {
        if (context.register().isEmpty()) {
            for (BomItem item : context.bom().items()) {
                findings.notApplicable(item, "no supplier register is configured");
            }
            return;
        }
        SupplierRegister register = context.register().get();
        for (BomItem item : context.bom().items()) {
            SupplierRegister.Identity identity = register.identify(item);
            if (identity instanceof SupplierRegister.Registered registered) {
                check.check(item, registered.supplier(), findings);
            } else if (identity instanceof SupplierRegister.Unnamed unnamed) {
                if (judgeIdentity) {
                    findings.fail(item, item.label() + " names no supplier" + unnamed.hint().map(h -> " (only the"
                            + " aibom:supplier:id hint '" + h + "')").orElse("") + ", so it cannot be matched to the"
                            + " register", item.pointer());
                } else {
                    findings.notApplicable(item, item.label() + " names no supplier (see supplier-declared)");
                }
            } else if (identity instanceof SupplierRegister.Conflict conflict) {
                if (judgeIdentity) {
                    findings.fail(item, item.label() + " " + conflict.reason(), item.supplierPointer());
                } else {
                    findings.notApplicable(item, item.label() + " " + conflict.reason() + " (see"
                            + " supplier-registered)");
                }
            } else if (identity instanceof SupplierRegister.Unregistered) {
                if (judgeIdentity) {
                    findings.fail(item, item.label() + " supplier '" + item.supplierName() + "' is not in the"
                            + " supplier register", item.supplierPointer());
                } else {
                    findings.notApplicable(item, item.label() + " supplier '" + item.supplierName() + "' is not in"
                            + " the supplier register (see supplier-registered)");
                }
            }
        }
    }

    /** How a message names the supplier: {@code model 'x' supplier 'ACME'}, or {@code the BOM's signer 'ACME'}. */
    static String subject(BomItem item, RegisteredSupplier supplier) {
        return item.kind().equals(ReviewSigner.KIND) ? "the BOM's signer '" + supplier.displayName() + "'"
                : item.label() + " supplier '" + supplier.displayName() + "'";
    }
}
