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

import java.util.List;

/** The registered status of the supplier allows use. */
@AutoService(ControlRule.class)
public final class SupplierStatus implements ControlRule<SupplierStatus.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-status",
            "The supplier's status allows use", Family.SUPPLIER, Severity.ERROR,
            "The registered status is one of the allowed ones.", "A.10.3")
            .needing(ControlMetadata.Input.SUPPLIER_REGISTER)
            .withRemedy("Do not use this supplier's components until procurement gives it an allowed status.");

    /** @param allowed the register statuses that allow use */
    public record Parameters(@ParameterDoc("supplier statuses that allow use") List<String> allowed) {
        public Parameters {
            allowed = List.copyOf(allowed);
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of("approved", "conditional"));
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        List<String> allowed = parameters.allowed();
        RegisteredSuppliers.forEach(context, findings, (item, supplier) -> findings.check(item,
                allowed.contains(supplier.status().value()),
                RegisteredSuppliers.subject(item, supplier) + " is " + supplier.status().value(),
                RegisteredSuppliers.subject(item, supplier) + " is " + supplier.status().value()
                        + " (allowed: " + String.join(", ", allowed) + ")", item.supplierPointer()));
    }
}
