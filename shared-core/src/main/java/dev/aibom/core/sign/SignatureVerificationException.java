package dev.aibom.core.sign;

import dev.aibom.core.AibomException;

/** The BOM's signatures do not pass the policy; {@link #report()} has every signer's verdict. */
public class SignatureVerificationException extends AibomException {
    private static final long serialVersionUID = 1L;
    private final transient VerificationReport report;

    public SignatureVerificationException(VerificationReport report) {
        super("Signature verification failed:\n  - " + String.join("\n  - ", report.failures()));
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
