package dev.aibom.core.sign;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a verification found.
 *
 * @param signed      the BOM root carries a signature
 * @param required    the policy required one
 * @param rootSigners one result per signer of the BOM root
 * @param nested      one result per signer of signatures inside the BOM (components, services, compositions ...)
 * @param trustConfigured keys or CA roots were given to say whose signatures count
 */
public record VerificationReport(boolean signed, boolean required, List<SignerResult> rootSigners,
                                 List<SignerResult> nested, boolean trustConfigured) {
    public VerificationReport {
        rootSigners = List.copyOf(rootSigners);
        nested = List.copyOf(nested);
    }

    /** What the signatures prove, in one word. */
    public enum State {
        /** No root signature (and no invalid nested one). */
        UNSIGNED,
        /** A signature - root, any signer, any nested one - does not match what it signs: evidence of tampering. */
        INVALID,
        /** Every signature is valid, but a root signer's key is not trusted. */
        VALID_UNTRUSTED,
        /** Every signature is valid and every root signer trusted. */
        VALID_TRUSTED
    }

    public State state() {
        if (!invalid().isEmpty()) {
            return State.INVALID;
        }
        if (!signed) {
            return State.UNSIGNED;
        }
        return rootSigners.stream().allMatch(SignerResult::trusted) ? State.VALID_TRUSTED : State.VALID_UNTRUSTED;
    }

    /** Every signature, root or nested, that is present and invalid. */
    public List<SignerResult> invalid() {
        List<SignerResult> invalid = new ArrayList<>();
        rootSigners.stream().filter(s -> !s.valid()).forEach(invalid::add);
        nested.stream().filter(s -> !s.valid()).forEach(invalid::add);
        return invalid;
    }

    /**
     * Why the BOM does not pass, one line each; empty when it passes. It passes when every root signer is valid and
     * trusted (an unsigned BOM passes only when no signature is required) and no nested signature is invalid.
     */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        if (!signed && required) {
            failures.add("the BOM is not signed, and a signature is required");
        }
        for (SignerResult signer : rootSigners) {
            if (!signer.passed()) {
                failures.add(signer.summary());
            }
        }
        for (SignerResult signer : nested) {
            if (!signer.valid()) {
                failures.add(signer.summary());
            }
        }
        return failures;
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /** @throws SignatureVerificationException naming every failure */
    public VerificationReport requirePassed() throws SignatureVerificationException {
        if (!passed()) {
            throw new SignatureVerificationException(this);
        }
        return this;
    }
}
