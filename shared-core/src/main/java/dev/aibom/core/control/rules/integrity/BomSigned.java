package dev.aibom.core.control.rules.integrity;

import com.google.auto.service.AutoService;
import dev.aibom.core.control.BomView;
import dev.aibom.core.control.ControlMetadata;
import dev.aibom.core.control.ControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.Family;
import dev.aibom.core.control.Findings;
import dev.aibom.core.control.Severity;
import dev.aibom.core.control.NoParameters;
import dev.aibom.core.sign.SignerResult;

import java.util.List;

/** Every root signature of the BOM is valid and made with a trusted key. */
@AutoService(ControlRule.class)
public final class BomSigned implements ControlRule<NoParameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("bom-signed",
            "The BOM is signed by a trusted key", Family.INTEGRITY, Severity.WARNING,
            "Every root signature is valid and made with a trusted key or certificate.", "A.10.3")
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
        if (context.signatures().isEmpty()) {
            findings.notApplicable(bom, "the BOM's signatures were not verified (no trusted keys configured)");
            return;
        }
        var report = context.signatures().get();
        if (!report.signed()) {
            findings.fail(bom, "the BOM is not signed", "/signature");
            return;
        }
        List<String> failures = report.rootSigners().stream().filter(s -> !s.passed()).map(SignerResult::summary)
                .toList();
        findings.check(bom, failures.isEmpty(), "the BOM is signed by " + report.rootSigners().size()
                + " trusted signer(s)", "the BOM's signature does not pass: " + String.join("; ", failures),
                "/signature");
    }
}
