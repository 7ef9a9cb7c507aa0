package dev.aibom.core.control.rules.supplier;

import com.google.auto.service.AutoService;
import dev.aibom.core.control.BomView;
import dev.aibom.core.control.ControlMetadata;
import dev.aibom.core.control.ControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.Family;
import dev.aibom.core.control.Findings;
import dev.aibom.core.control.NoParameters;
import dev.aibom.core.control.ParameterDoc;
import dev.aibom.core.control.Severity;

/** The supplier is in procurement's supplier register. */
@AutoService(ControlRule.class)
public final class SupplierRegistered implements ControlRule<NoParameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-registered",
            "The supplier is in the supplier register", Family.SUPPLIER, Severity.ERROR,
            "The supplier matches a supplier register entry by aibom id, name or alias, or web address.", "A.10.3")
            .needing(ControlMetadata.Input.SUPPLIER_REGISTER);

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public NoParameters defaultParameters() {
        return NoParameters.INSTANCE;
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        RegisteredSuppliers.forEach(context, findings, (item, supplier) -> findings.pass(item, item.label()
                + " supplier '" + item.supplierName() + "' is registered as '" + supplier.id() + "'",
                item.supplierPointer()), true);
    }
}
