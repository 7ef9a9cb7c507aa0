package dev.aibom.core.control.rules.supplier;

import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomEntity;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.core.control.RegisteredSupplier;
import dev.aibom.core.control.ReviewSigner;
import dev.aibom.control.Severity;
import dev.aibom.core.control.SupplierRegister;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.SignerResult;
import dev.aibom.core.sign.VerificationReport;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In a review, the supplier's BOM is validly signed with a key the register lists for a supplier, and that supplier
 * is the one the BOM names. Everything else in the BOM is that signer's claim. An invalid signature is evidence of
 * tampering: an error no waiver accepts.
 */
@AutoService(ControlRule.class)
public final class SupplierBomSigned extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("supplier-bom-signed",
            "A supplier's BOM is signed with a key registered for that supplier", Family.SUPPLIER, Severity.ERROR,
            "In a review of a supplier's BOM, the BOM has a valid signature by a public key the register lists for"
                    + " a supplier, and the BOM names that supplier (or none). An invalid signature is always an"
                    + " error and cannot be waived.", "A.10.3")
            .withWaivable(ControlMetadata.Waivable.BY_NAME_ONLY)
            .withRemedy("Ask the supplier for the BOM signed with the key registered for it; if the supplier's key"
                    + " changed, register the new key after confirming it with the supplier out of band. An INVALID"
                    + " signature means the BOM was changed after signing: do not use it.");

    public SupplierBomSigned() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return documentOnly();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        BomItem bom = context.bom().bom();
        if (!context.supplierBom()) {
            findings.notApplicable(bom, "the BOM is not under supplier review");
            return;
        }
        if (context.register().isEmpty()) {
            findings.error(bom, "cannot check the supplier's signature: no supplier register is configured");
            return;
        }
        SupplierRegister register = context.register().get();
        Optional<BomEntity> stated = context.bom().bomSupplier();
        String statedName = stated.map(BomEntity::name).orElse("(unnamed)");
        if (context.signatures().isEmpty() || context.signatures().get().state() == VerificationReport.State.UNSIGNED) {
            findings.fail(bom, "the BOM of supplier '" + statedName + "' is not signed", "/signature");
            return;
        }
        VerificationReport report = context.signatures().get();
        if (report.state() == VerificationReport.State.INVALID) {
            SignerResult invalid = report.invalid().get(0);
            String owner = invalid.keyFingerprint().map(KeyFingerprint::new).flatMap(register::byKey)
                    .map(s -> ", registered for " + s.displayName()).orElse("");
            findings.failTampered(bom, "the BOM's signature is INVALID: " + invalid.reason()
                    + invalid.keyFingerprint().map(f -> " (key " + f + owner + ")").orElse(""), invalid.location());
            return;
        }
        Optional<ReviewSigner> signer = ReviewSigner.of(context);
        if (signer.isEmpty()) {
            String keys = report.rootSigners().stream().map(s -> s.keyFingerprint().orElse("(no key)")).toList()
                    .toString();
            findings.fail(bom, "the BOM is signed with key " + keys.substring(1, keys.length() - 1) + ", which the"
                    + " supplier register lists for no supplier (registered keys: " + registeredKeys(register) + ")",
                    "/signature");
            return;
        }
        RegisteredSupplier by = signer.get().supplier();
        String signedBy = "the BOM is signed by " + by.displayName() + "'s registered key " + signer.get()
                .fingerprint();
        SupplierRegister.Identity identity = register.identify(stated, Optional.empty());
        if (identity instanceof SupplierRegister.Registered registered && registered.supplier() != by) {
            findings.fail(bom, signedBy + ", but it names " + registered.supplier().displayName() + " as its"
                    + " supplier", "/metadata/supplier");
        } else if (identity instanceof SupplierRegister.Unregistered unregistered) {
            findings.fail(bom, signedBy + ", but it names '" + unregistered.name() + "', which is not registered, as"
                    + " its supplier", "/metadata/supplier");
        } else if (identity instanceof SupplierRegister.Conflict conflict) {
            findings.fail(bom, signedBy + ", but its supplier field is not a match: " + conflict.reason(),
                    "/metadata/supplier");
        } else {
            findings.pass(bom, signedBy + ": VALID", "/signature");
        }
    }

    private static String registeredKeys(SupplierRegister register) {
        List<String> keys = new ArrayList<>();
        for (RegisteredSupplier supplier : register.suppliers()) {
            for (PublicKey key : supplier.publicKeys()) {
                keys.add(KeyFingerprint.of(key) + " (" + supplier.displayName() + ")");
            }
        }
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }
}
