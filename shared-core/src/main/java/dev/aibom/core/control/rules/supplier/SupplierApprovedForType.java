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

import java.util.Set;
import java.util.TreeSet;

/** The register approves the supplier for the kind of component it supplies. */
@AutoService(ControlRule.class)
public final class SupplierApprovedForType extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-approved-for-type",
            "The supplier is approved for this kind of component", Family.SUPPLIER, Severity.ERROR,
            "The register approves the supplier for models, datasets or services, as the component is.", "A.10.3")
            .needing(ControlMetadata.Input.SUPPLIER_REGISTER)
            .withRemedy("Take this kind of component only from a supplier approved for it, or have procurement extend"
                    + " the supplier's approval (approvedFor in the register).");

    public SupplierApprovedForType() {
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
        // what the whole BOM delivers: the document's totals, before any item is read
        Set<String> delivered = new TreeSet<>(context.bom().totals().kinds());
        return RegisteredSuppliers.judgement(context, first, (item, supplier, findings) -> {
            // the signer of a supplier BOM delivers every kind of component in it
            Set<String> kinds = item.kind().equals(ReviewSigner.KIND) ? delivered : Set.of(item.kind());
            Set<String> missing = new TreeSet<>(kinds);
            missing.removeAll(supplier.approvedFor());
            findings.check(item, missing.isEmpty(),
                    RegisteredSuppliers.subject(item, supplier) + " is approved for " + plural(kinds),
                    RegisteredSuppliers.subject(item, supplier) + " is not approved for " + plural(missing)
                            + " (approved for: " + (supplier.approvedFor().isEmpty() ? "nothing"
                            : String.join(", ", new TreeSet<>(supplier.approvedFor()))) + ")", item.supplierPointer());
        }, false);
    }

    private static String plural(Set<String> kinds) {
        return kinds.isEmpty() ? "nothing" : String.join(", ", kinds.stream().map(k -> k + "s").toList());
    }
}
