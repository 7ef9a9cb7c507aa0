package dev.aibom.core.control;

import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Family;
import dev.aibom.control.Status;
import dev.aibom.control.Finding;
import dev.aibom.core.bom.LoadedBom;

import java.util.ArrayList;
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
        List<Finding> findings = new ArrayList<>();
        List<ControlMetadata> evaluated = new ArrayList<>();
        for (ConfiguredControl<?> control : policy.controls().values()) {
            if (control.metadata().family() != Family.WAIVERS) {
                evaluated.add(control.metadata());
                findings.addAll(control.evaluate(context));
            }
        }
        List<WaiverLedger.Expired> expired = new ArrayList<>();
        findings = applyWaivers(findings, waivers, context, expired);
        List<Waivers.Waiver> unused = new ArrayList<>();
        for (Waivers.Waiver waiver : waivers.waivers()) {
            if (!waiverUsed(waiver, findings, expired)) {
                unused.add(waiver);
            }
        }
        EvaluationContext afterWaivers = context.withWaivers(new WaiverLedger(waivers.source(), expired, unused));
        for (ConfiguredControl<?> control : policy.controls().values()) {
            if (control.metadata().family() == Family.WAIVERS) {
                evaluated.add(control.metadata());
                findings.addAll(control.evaluate(afterWaivers));
            }
        }
        return new EvaluationResult(bomName, policy.source(), policy.failOn(), findings,
                Completeness.of(context.bom()), evaluated);
    }

    /** Convenience for a BOM already read. */
    public static EvaluationResult evaluate(LoadedBom bom, EvaluationContext context, Policy policy, Waivers waivers) {
        return evaluate(bom.source().toString(), context, policy, waivers);
    }

    private static List<Finding> applyWaivers(List<Finding> findings, Waivers waivers, EvaluationContext context,
                                              List<WaiverLedger.Expired> expiredOut) {
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.status() != Status.FAIL) {
                result.add(finding);
                continue;
            }
            Optional<Waivers.Waiver> active = Optional.empty();
            Optional<Waivers.Waiver> expired = Optional.empty();
            for (Waivers.Waiver waiver : waivers.waivers()) {
                if (waiver.matches(finding)) {
                    if (waiver.activeOn(context.today())) {
                        active = active.or(() -> Optional.of(waiver));
                    } else {
                        expired = expired.or(() -> Optional.of(waiver));
                    }
                }
            }
            if (active.isPresent()) {
                result.add(finding.withStatus(Status.WAIVED, active.get().describe()));
            } else {
                result.add(finding);
                expired.ifPresent(waiver -> expiredOut.add(new WaiverLedger.Expired(finding, waiver)));
            }
        }
        return result;
    }

    private static boolean waiverUsed(Waivers.Waiver waiver, List<Finding> findings,
                                      List<WaiverLedger.Expired> expired) {
        for (Finding finding : findings) {
            if ((finding.status() == Status.FAIL || finding.status() == Status.WAIVED) && waiver.matches(finding)) {
                return true;
            }
        }
        return expired.stream().anyMatch(e -> e.waiver() == waiver);
    }
}
