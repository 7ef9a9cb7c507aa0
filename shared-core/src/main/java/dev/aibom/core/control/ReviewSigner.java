package dev.aibom.core.control;

import dev.aibom.control.BomItem;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.SignerResult;

import java.util.Optional;

/**
 * In a review of a supplier's BOM: the registered supplier whose key made a valid root signature. Everything in the
 * BOM is that supplier's claim; the supplier controls judge it first.
 *
 * @param fingerprint the key that signed
 */
public record ReviewSigner(RegisteredSupplier supplier, KeyFingerprint fingerprint) {
    public static final String KIND = "signer";

    /** The signer, when the context is a review of a BOM validly signed with a key the register lists. */
    public static Optional<ReviewSigner> of(EvaluationContext context) {
        if (!context.supplierBom() || context.register().isEmpty() || context.signatures().isEmpty()) {
            return Optional.empty();
        }
        for (SignerResult signer : context.signatures().get().rootSigners()) {
            if (signer.valid() && signer.keyFingerprint().isPresent()) {
                KeyFingerprint fingerprint = new KeyFingerprint(signer.keyFingerprint().get());
                Optional<RegisteredSupplier> supplier = context.register().get().byKey(fingerprint);
                if (supplier.isPresent()) {
                    return Optional.of(new ReviewSigner(supplier.get(), fingerprint));
                }
            }
        }
        return Optional.empty();
    }

    /** The signer as an item of findings: {@code signer 'ACME ML GmbH'}. */
    public BomItem item() {
        return new BomItem(KIND, "", supplier.displayName(), "/signature",
                com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }
}
