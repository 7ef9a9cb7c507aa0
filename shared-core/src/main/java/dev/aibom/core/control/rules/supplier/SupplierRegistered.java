package dev.aibom.core.control.rules.supplier;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;
import dev.aibom.core.control.ReviewSigner;

/** The supplier is in procurement's supplier register. */
@AutoService(ControlRule.class)
public final class SupplierRegistered extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-registered",
            "The supplier is in the supplier register", Family.SUPPLIER, Severity.ERROR,
            "The supplier named in the standard fields (supplier, manufacturer, provider) matches a supplier register"
                    + " entry by name or alias (exactly, after Unicode NFKC, white space and case normalisation), and"
                    + " nothing contradicts it: a web address or an aibom:supplier:id hint of another supplier, or a"
                    + " name that mixes scripts or hides invisible characters, is a conflict and fails.", "A.10.3")
            .needing(ControlMetadata.Input.SUPPLIER_REGISTER)
            .withRemedy("Have procurement assess and register the supplier, or correct the supplier's name and web"
                    + " address to the registered ones.");

    public SupplierRegistered() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return sliced(this::begin);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        whole(this::begin, context, parameters, findings);
    }

    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        return RegisteredSuppliers.judgement(context, first, (item, supplier, findings) -> findings.pass(item,
                item.kind().equals(ReviewSigner.KIND)
                        ? "the BOM's signer '" + supplier.displayName() + "' is registered as '" + supplier.id() + "'"
                        : item.label() + " supplier '" + item.supplierName() + "' is registered as '" + supplier.id()
                        + "'", item.supplierPointer()), true);
    }
}
