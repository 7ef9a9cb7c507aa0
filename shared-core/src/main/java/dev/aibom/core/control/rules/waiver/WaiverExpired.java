package dev.aibom.core.control.rules.waiver;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;
import dev.aibom.core.control.WaiverLedger;

import java.util.List;

/**
 * A violation that only an expired waiver matches stays a violation, and this control says why the waiver no longer
 * counts. Its finding carries the component, Annex A references and severity of the violation.
 */
@AutoService(ControlRule.class)
public final class WaiverExpired extends SimpleControlRule {
    private static final ControlMetadata METADATA = new ControlMetadata("waiver-expired",
            "No violation relies on an expired waiver", Family.WAIVERS, List.of(), Severity.ERROR, true,
            ControlMetadata.Waivable.NEVER, "A waiver past its expiry date no longer accepts the violation it"
            + " names: the violation fails as it is, and this finding (with the violation's own severity and Annex A"
            + " references) says which waiver expired. Renew the waiver or fix the violation.", java.util.Set.of(), "")
            .withRemedy("Fix the violation, or renew the waiver with a new expiry date after a new review.");

    public WaiverExpired() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return documentOnly();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        WaiverLedger ledger = context.waivers().orElseThrow(() -> new IllegalStateException(
                "the waiver controls run after the others"));
        for (WaiverLedger.Expired expired : ledger.expired()) {
            findings.failAbout(expired.finding(), expired.finding().severity(), "the waiver for "
                    + expired.finding().control() + " on '" + expired.waiver().component() + "' (" + ledger.source()
                    + ", line " + expired.waiver().line() + ") expired on " + expired.waiver().expires()
                    + "; renew it or fix the violation");
        }
    }
}
