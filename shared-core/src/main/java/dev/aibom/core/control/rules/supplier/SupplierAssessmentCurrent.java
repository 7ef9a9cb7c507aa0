package dev.aibom.core.control.rules.supplier;

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

import java.time.LocalDate;
import java.util.Optional;

/** The supplier's assessment has not lapsed. */
@AutoService(ControlRule.class)
public final class SupplierAssessmentCurrent extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-assessment-current",
            "The supplier assessment is current", Family.SUPPLIER, Severity.WARNING,
            "The last assessment plus the re-assessment interval (or the approval's expiry) is not in the past.",
            "A.10.3").needing(ControlMetadata.Input.SUPPLIER_REGISTER)
            .withRemedy("Have procurement reassess the supplier and record the date (lastAssessment in the register).");

    public SupplierAssessmentCurrent() {
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
        return RegisteredSuppliers.judgement(context, first, (item, supplier, findings) -> {
            Optional<LocalDate> until = supplier.assessmentValidUntil();
            if (until.isEmpty()) {
                findings.fail(item, RegisteredSuppliers.subject(item, supplier) + " has no re-assessment"
                        + " interval or expiry in the register", item.supplierPointer());
            } else {
                findings.check(item, !until.get().isBefore(context.today()),
                        RegisteredSuppliers.subject(item, supplier) + " assessment is valid until "
                                + until.get(),
                        RegisteredSuppliers.subject(item, supplier) + " assessment expired on " + until.get()
                                + " (last assessed " + supplier.lastAssessment() + ")", item.supplierPointer())
                        .validUntil(until.get());
            }
        }, false);
    }
}
