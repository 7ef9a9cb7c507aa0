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

import dev.aibom.core.control.RegisteredSupplier;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.SignerResult;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** In a review, the supplier's BOM carries a valid signature by a key the register lists for that supplier. */
@AutoService(ControlRule.class)
public final class SupplierBomSigned implements ControlRule<NoParameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-bom-signed",
            "A supplier's BOM is signed with a key registered for that supplier", Family.SUPPLIER, Severity.ERROR,
            "In a review of a supplier's BOM, the BOM has a valid signature by a public key the register lists for"
                    + " the BOM's supplier.", "A.10.3")
            .withWaivable(ControlMetadata.Waivable.BY_NAME_ONLY);

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
        BomView.Item bom = context.bom().bom();
        if (!context.supplierBom()) {
            findings.notApplicable(bom, "the BOM is not under supplier review");
            return;
        }
        if (context.register().isEmpty()) {
            findings.error(bom, "cannot check the supplier's signature: no supplier register is configured");
            return;
        }
        Optional<BomView.Entity> entity = context.bom().bomSupplier();
        String supplierName = entity.map(BomView.Entity::name).orElse("");
        Optional<RegisteredSupplier> supplier = entity.flatMap(e -> context.register().get().match(e));
        if (supplier.isEmpty()) {
            findings.fail(bom, "the BOM's supplier '" + supplierName + "' is not in the supplier register, so no key"
                    + " is registered for it", "/metadata/supplier");
            return;
        }
        if (context.signatures().isEmpty() || !context.signatures().get().signed()) {
            findings.fail(bom, "the BOM of supplier '" + supplier.get().displayName() + "' is not signed",
                    "/signature");
            return;
        }
        Set<String> registered = new HashSet<>();
        supplier.get().publicKeys().forEach(key -> registered.add(KeyFingerprint.of(key).hex()));
        boolean byRegisteredKey = false;
        for (SignerResult signer : context.signatures().get().rootSigners()) {
            if (signer.valid() && signer.keyFingerprint().map(registered::contains).orElse(false)) {
                byRegisteredKey = true;
            }
        }
        findings.check(bom, byRegisteredKey, "the BOM is signed with a key registered for supplier '"
                        + supplier.get().displayName() + "'",
                "the BOM of supplier '" + supplier.get().displayName() + "' is not signed with a key registered for"
                        + " it" + (registered.isEmpty() ? " (the register lists no keys for it)" : ""), "/signature");
    }
}
