package dev.aibom.core.control;

import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Family;
import dev.aibom.control.Status;
import dev.aibom.control.Finding;
import dev.aibom.core.bom.LoadedBom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates every control of a policy (all of them, then reports once, as maven-enforcer does), applies the waivers,
 * then evaluates the waiver controls over how the waivers applied, and scores completeness.
 */
public final class ControlEngine {
    private ControlEngine() {
    }

    public static EvaluationResult evaluate(String bomName, EvaluationContext context, Policy policy,
                                            Waivers waivers) {
        // the findings go to a log on disk as each control gives them: a check of 100,000 components has 1.6
        // million, which as a list took more than a third of the heap the check needed
        FindingLog.Builder findings = FindingLog.builder();
        List<ControlMetadata> evaluated = new ArrayList<>();
        List<WaiverLedger.Expired> expired = new ArrayList<>();
        Set<Waivers.Waiver> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ConfiguredControl<?> control : policy.controls().values()) {
            if (control.metadata().family() != Family.WAIVERS) {
                evaluated.add(control.metadata());
                for (Finding finding : control.evaluate(context)) {
                    findings.add(applyWaivers(finding, waivers, context, expired, used));
                }
            }
        }
        expired.forEach(e -> used.add(e.waiver()));
        List<Waivers.Waiver> unused = waivers.waivers().stream().filter(waiver -> !used.contains(waiver)).toList();
        EvaluationContext afterWaivers = context.withWaivers(new WaiverLedger(waivers.source(), expired, unused));
        for (ConfiguredControl<?> control : policy.controls().values()) {
            if (control.metadata().family() == Family.WAIVERS) {
                evaluated.add(control.metadata());
                control.evaluate(afterWaivers).forEach(findings::add);
            }
        }
        return new EvaluationResult(bomName, policy.source(), policy.failOn(), findings.build(),
                Completeness.of(context.bom()), evaluated);
    }

    /** Convenience for a BOM already read. */
    public static EvaluationResult evaluate(LoadedBom bom, EvaluationContext context, Policy policy, Waivers waivers) {
        return evaluate(bom.source().toString(), context, policy, waivers);
    }

    /**
     * The finding as the waivers leave it: a violation an active waiver matches is waived; one only an expired waiver
     * matches stays a violation and is recorded in {@code expiredOut}. A waiver that matches a violation, waived or
     * not, is added to {@code used}.
     */
    private static Finding applyWaivers(Finding finding, Waivers waivers, EvaluationContext context,
                                        List<WaiverLedger.Expired> expiredOut, Set<Waivers.Waiver> used) {
        if (finding.status() != Status.FAIL) {
            return finding;
        }
        Optional<Waivers.Waiver> active = Optional.empty();
        Optional<Waivers.Waiver> expired = Optional.empty();
        for (Waivers.Waiver waiver : waivers.waivers()) {
            if (waiver.matches(finding)) {
                used.add(waiver);
                if (waiver.activeOn(context.today())) {
                    active = active.or(() -> Optional.of(waiver));
                } else {
                    expired = expired.or(() -> Optional.of(waiver));
                }
            }
        }
        if (active.isPresent()) {
            return finding.withStatus(Status.WAIVED, active.get().describe());
        }
        expired.ifPresent(waiver -> expiredOut.add(new WaiverLedger.Expired(finding, waiver)));
        return finding;
    }
}
