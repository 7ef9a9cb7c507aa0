package dev.aibom.core.control.rules.supplier;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;

import java.util.List;

/** The registered status of the supplier allows use. */
@AutoService(ControlRule.class)
public final class SupplierStatus extends BuiltInRule<SupplierStatus.Parameters> {
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
    public Optional<Slicing<Parameters>> slicing() {
        return sliced(this::begin);
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        whole(this::begin, context, parameters, findings);
    }

    private Slicing.Judgement begin(EvaluationContext context, Parameters parameters, Findings first) {
        List<String> allowed = parameters.allowed();
        return RegisteredSuppliers.judgement(context, first, (item, supplier, findings) -> findings.check(item,
                allowed.contains(supplier.status().value()),
                RegisteredSuppliers.subject(item, supplier) + " is " + supplier.status().value(),
                RegisteredSuppliers.subject(item, supplier) + " is " + supplier.status().value()
                        + " (allowed: " + String.join(", ", allowed) + ")", item.supplierPointer()), false);
    }
}
