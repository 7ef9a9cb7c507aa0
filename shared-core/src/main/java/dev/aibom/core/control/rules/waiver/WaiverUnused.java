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
import dev.aibom.core.control.Waivers;

import java.util.List;

/**
 * A waiver that matches no violation is stale: it would silently accept a future violation nobody reviewed. Its
 * finding carries the Annex A references of the control the waiver names.
 */
@AutoService(ControlRule.class)
public final class WaiverUnused extends SimpleControlRule {
    private static final ControlMetadata METADATA = new ControlMetadata("waiver-unused",
            "Every waiver matches a violation", Family.WAIVERS, List.of(), Severity.WARNING, false,
            ControlMetadata.Waivable.NEVER, "A waiver that matches no violation is reported, so that stale waivers"
            + " are removed before they silently accept a violation nobody reviewed.", java.util.Set.of(), "")
            .withRemedy("Remove the waiver: it accepts nothing any more.");

    public WaiverUnused() {
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
        for (Waivers.Waiver waiver : ledger.unused()) {
            ControlMetadata waived = waiver.metadata();
            findings.failAttributed(waived, waiver.component(), "waiver", "the waiver for " + waiver.control()
                    + " on '" + waiver.component() + "' (" + ledger.source() + ", line " + waiver.line()
                    + ") matches no violation; remove it");
        }
    }
}
