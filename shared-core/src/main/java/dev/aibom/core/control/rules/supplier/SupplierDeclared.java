package dev.aibom.core.control.rules.supplier;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;

/** Every model, dataset and service names its supplier in a standard field. */
@AutoService(ControlRule.class)
public final class SupplierDeclared extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-declared",
            "Every model, dataset and service names its supplier", Family.SUPPLIER, Severity.ERROR,
            "Each component has a supplier, manufacturer or provider.", "A.10.2")
            .withRemedy("Name the supplier of every model, dataset and service (supplier, manufacturer or provider).");

    public SupplierDeclared() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        for (BomItem item : context.bom().items()) {
            findings.check(item, !item.supplierName().isBlank(),
                    item.label() + " names supplier '" + item.supplierName() + "'",
                    item.label() + " names no supplier", item.pointer() + "/" + item.supplierField());
        }
    }
}
