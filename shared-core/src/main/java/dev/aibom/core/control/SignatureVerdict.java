package dev.aibom.core.control;

import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.SignerResult;
import dev.aibom.core.sign.VerificationReport;

import java.io.Serializable;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a BOM's signatures prove, as every report and adapter shows it: one state, one line naming the key (one
 * fingerprint format everywhere, {@link KeyFingerprint}) and, in a review, whose registered key it is.
 *
 * @param line     e.g. {@code signed by ACME ML GmbH's registered key 1bce...: VALID} or
 *                 {@code INVALID: the signature does not match the signed content ...}
 * @param signedBy the registered supplier whose key made a valid signature (reviews), or null (a plain field, so
 *                 that the verdict travels from a Jenkins agent)
 */
public record SignatureVerdict(State state, String line, String signedBy) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The verdict in one word. */
    public enum State {
        /** The signatures were not verified. */
        NOT_CHECKED,
        /** No signature. */
        UNSIGNED,
        /** A signature is present and invalid: evidence of tampering. */
        INVALID,
        /** Valid, but not by a trusted key. */
        VALID_UNTRUSTED,
        /** Valid and trusted. */
        VALID_TRUSTED
    }

    public SignatureVerdict {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(line, "line");
    }

    /** The registered supplier whose key made a valid signature (reviews). */
    public Optional<String> signer() {
        return Optional.ofNullable(signedBy);
    }

    public static final SignatureVerdict NOT_CHECKED = new SignatureVerdict(State.NOT_CHECKED, "not checked", null);

    /**
     * @param trusted  the keys that were trusted, listed when a signature is valid but untrusted
     * @param register in a review, the register whose keys say who signed
     */
    public static SignatureVerdict of(VerificationReport report, List<PublicKey> trusted,
                                      Optional<SupplierRegister> register) {
        switch (report.state()) {
            case UNSIGNED:
                return new SignatureVerdict(State.UNSIGNED, "unsigned", null);
            case INVALID: {
                SignerResult invalid = report.invalid().get(0);
                String key = invalid.keyFingerprint().map(f -> " (" + (invalid.location().equals("/signature")
                        ? "" : invalid.location() + ", ") + "key " + f + owner(f, register) + ")").orElse("");
                return new SignatureVerdict(State.INVALID, "INVALID: " + invalid.reason() + key, null);
            }
            default:
                break;
        }
        List<String> keys = new ArrayList<>();
        Optional<String> signedBy = Optional.empty();
        for (SignerResult signer : report.rootSigners()) {
            String fingerprint = signer.keyFingerprint().orElse("(no key)");
            Optional<RegisteredSupplier> supplier = register.flatMap(r -> signer.keyFingerprint()
                    .map(KeyFingerprint::new).flatMap(r::byKey));
            if (supplier.isPresent()) {
                signedBy = signedBy.or(() -> Optional.of(supplier.get().displayName()));
                keys.add(supplier.get().displayName() + "'s registered key " + fingerprint);
            } else {
                keys.add((signer.trusted() ? "trusted key " : "key ") + fingerprint);
            }
        }
        String by = "signed by " + String.join(" and ", keys);
        if (report.state() == VerificationReport.State.VALID_TRUSTED) {
            return new SignatureVerdict(State.VALID_TRUSTED, by + ": VALID", signedBy.orElse(null));
        }
        List<String> trustedKeys = trusted.stream().map(k -> KeyFingerprint.of(k).hex()).toList();
        return new SignatureVerdict(State.VALID_UNTRUSTED, by + ": VALID, but not trusted (trusted keys: "
                + (trustedKeys.isEmpty() ? "none configured" : String.join(", ", trustedKeys)) + ")",
                signedBy.orElse(null));
    }

    private static String owner(String fingerprint, Optional<SupplierRegister> register) {
        return register.flatMap(r -> r.byKey(new KeyFingerprint(fingerprint)))
                .map(s -> ", registered for " + s.displayName()).orElse("");
    }

    /** Whether the signatures pass: valid and trusted. */
    public boolean passed() {
        return state == State.VALID_TRUSTED;
    }
}
