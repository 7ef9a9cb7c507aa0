package dev.aibom.core.control.rules.integrity;

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
import dev.aibom.control.Severity;
import dev.aibom.core.sign.SignerResult;
import dev.aibom.core.sign.VerificationReport;

import java.util.List;

/**
 * Every root signature of the BOM is valid and made with a trusted key. A signature that is present and invalid -
 * root, any signer, any chain member, any nested one - is evidence of tampering: an error that no policy lowers and no
 * waiver accepts. Only an unsigned (or validly signed but untrusted) BOM fails at the policy's severity.
 */
@AutoService(ControlRule.class)
public final class BomSigned extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("bom-signed",
            "The BOM is signed by a trusted key", Family.INTEGRITY, Severity.WARNING,
            "Every root signature is valid and made with a trusted key or certificate. An unsigned or untrusted BOM"
                    + " fails at the configured severity; a signature that is present and invalid (root, signer,"
                    + " chain member or nested) is always an error and cannot be waived.", "A.10.3")
            .withWaivable(ControlMetadata.Waivable.BY_NAME_ONLY)
            .withRemedy("Sign the BOM (aibom sign) and trust the signer's public key. An INVALID signature means the"
                    + " BOM was changed after signing: do not use it.");

    public BomSigned() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return documentOnly();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        BomItem bom = context.bom().bom();
        if (context.signatures().isEmpty()) {
            findings.notApplicable(bom, "the BOM's signatures were not verified");
            return;
        }
        VerificationReport report = context.signatures().get();
        switch (report.state()) {
            case INVALID -> findings.failTampered(bom, "the BOM's signature is INVALID: " + String.join("; ",
                    report.invalid().stream().map(SignerResult::summary).toList()), report.invalid().get(0).location());
            case UNSIGNED -> {
                if (report.trustConfigured()) {
                    findings.fail(bom, "the BOM is not signed", "/signature");
                } else {
                    findings.notApplicable(bom, "the BOM is not signed, and no trusted keys are configured");
                }
            }
            case VALID_UNTRUSTED -> {
                List<String> untrusted = report.rootSigners().stream().filter(s -> !s.trusted())
                        .map(SignerResult::summary).toList();
                if (report.trustConfigured()) {
                    findings.fail(bom, "the BOM's signature is valid but not by a trusted key: "
                            + String.join("; ", untrusted), "/signature");
                } else {
                    findings.notApplicable(bom, "the BOM's signature is valid, but no trusted keys are configured to"
                            + " say whose it is");
                }
            }
            case VALID_TRUSTED -> findings.pass(bom, "the BOM is signed by " + report.rootSigners().size()
                    + " trusted signer(s)", "/signature");
        }
    }
}
