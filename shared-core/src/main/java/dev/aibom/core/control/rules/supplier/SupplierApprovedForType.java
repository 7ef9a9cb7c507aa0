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

import java.util.TreeSet;

/** The register approves the supplier for the kind of component it supplies. */
@AutoService(ControlRule.class)
public final class SupplierApprovedForType implements ControlRule<NoParameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-approved-for-type",
            "The supplier is approved for this kind of component", Family.SUPPLIER, Severity.ERROR,
            "The register approves the supplier for models, datasets or services, as the component is.", "A.10.3")
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
        RegisteredSuppliers.forEach(context, findings, (item, supplier) -> findings.check(item,
                supplier.approvedFor().contains(item.kind()),
                item.label() + " supplier '" + supplier.displayName() + "' is approved for " + item.kind() + "s",
                item.label() + " supplier '" + supplier.displayName() + "' is not approved for " + item.kind()
                        + "s (approved for: " + (supplier.approvedFor().isEmpty() ? "nothing"
                        : String.join(", ", new TreeSet<>(supplier.approvedFor()))) + ")", item.supplierPointer()));
    }
}
