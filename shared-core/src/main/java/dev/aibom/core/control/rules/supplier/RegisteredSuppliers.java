package dev.aibom.core.control.rules.supplier;

import dev.aibom.core.control.BomView;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.Findings;
import dev.aibom.core.control.RegisteredSupplier;

import java.util.Optional;

/**
 * Runs a check for the items whose supplier is registered. Only {@code supplier-registered} fails an unregistered
 * supplier; the controls that need a register entry say they do not apply, so one gap is reported once.
 */
final class RegisteredSuppliers {
    interface Check {
        void check(BomView.Item item, RegisteredSupplier supplier);
    }

    private RegisteredSuppliers() {
    }

    static void forEach(EvaluationContext context, Findings findings, Check check) {
        forEach(context, findings, check, false);
    }

    static void forEach(EvaluationContext context, Findings findings, Check check, boolean failUnregistered) {
        for (BomView.Item item : context.bom().items()) {
            if (context.register().isEmpty()) {
                findings.notApplicable(item, "no supplier register is configured");
            } else if (item.supplierName().isBlank() && item.supplierIdHint().isEmpty()) {
                if (failUnregistered) {
                    findings.fail(item, item.label() + " names no supplier, so it cannot be matched to the register",
                            item.pointer());
                } else {
                    findings.notApplicable(item, item.label() + " names no supplier (see supplier-declared)");
                }
            } else {
                Optional<RegisteredSupplier> supplier = context.register().get().match(item);
                if (supplier.isPresent()) {
                    check.check(item, supplier.get());
                } else if (failUnregistered) {
                    findings.fail(item, item.label() + " supplier '" + item.supplierName() + "' is not in the"
                            + " supplier register", item.supplierPointer());
                } else {
                    findings.notApplicable(item, item.label() + " supplier '" + item.supplierName() + "' is not in"
                            + " the supplier register (see supplier-registered)");
                }
            }
        }
    }
}
