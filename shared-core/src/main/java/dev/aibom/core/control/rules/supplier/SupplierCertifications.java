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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The supplier holds the certifications the system's risk level requires. */
@AutoService(ControlRule.class)
public final class SupplierCertifications extends BuiltInRule<SupplierCertifications.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-certifications",
            "The supplier holds the required certifications", Family.SUPPLIER, Severity.WARNING,
            "Certifications required for the system's risk level (or 'default') are listed for the supplier.",
            "A.10.3").needing(ControlMetadata.Input.SUPPLIER_REGISTER)
            .withRemedy("Obtain evidence of the required certifications and record them in the register, or choose a"
                    + " supplier that holds them.");

    /** @param required per risk level (or {@code default}), the certifications a supplier must hold */
    public record Parameters(@ParameterDoc("risk level (or default) -> certifications")
                             Map<String, List<String>> required) {
        public Parameters {
            java.util.Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
            required.forEach((level, certifications) -> copy.put(level, List.copyOf(certifications)));
            required = java.util.Collections.unmodifiableMap(copy);
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(Map.of("high", List.of("ISO/IEC 42001")));
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
        Map<String, List<String>> required = parameters.required();
        List<String> needed = required.getOrDefault(context.riskLevel().orElse("default"),
                required.getOrDefault("default", List.of()));
        return RegisteredSuppliers.judgement(context, first, (item, supplier, findings) -> {
            if (needed.isEmpty()) {
                findings.notApplicable(item, "no certifications are required for risk level "
                        + context.riskLevel().orElse("(none)"));
                return;
            }
            Set<String> held = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            held.addAll(supplier.certifications());
            List<String> lacking = needed.stream().filter(c -> !held.contains(c)).toList();
            findings.check(item, lacking.isEmpty(),
                    RegisteredSuppliers.subject(item, supplier) + " holds " + String.join(", ", needed),
                    RegisteredSuppliers.subject(item, supplier) + " lacks " + String.join(", ", lacking)
                            + " (required for risk level " + context.riskLevel().orElse("default") + ")",
                    item.supplierPointer());
        }, false);
    }
}
