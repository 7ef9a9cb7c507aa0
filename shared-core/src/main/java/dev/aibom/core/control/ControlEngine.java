package dev.aibom.core.control;

import dev.aibom.core.bom.LoadedBom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates every control of a policy (all of them, then reports once, as maven-enforcer does), applies the waivers,
 * and scores completeness.
 */
public final class ControlEngine {
    private ControlEngine() {
    }

    public static EvaluationResult evaluate(String bomName, EvaluationContext context, Policy policy,
                                            Waivers waivers) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, ControlSettings> entry : policy.controls().entrySet()) {
            ControlDefinition definition = ControlCatalogue.get(entry.getKey()).orElseThrow();
            Findings collected = new Findings(definition, entry.getValue().severity());
            try {
                definition.implementation().evaluate(context, entry.getValue(), collected);
            } catch (RuntimeException e) {
                collected.error(null, "control could not be evaluated: " + e);
            }
            findings.addAll(collected.list());
        }
        findings = applyWaivers(findings, waivers, context);
        return new EvaluationResult(bomName, policy.source(), policy.failOn(), findings,
                Completeness.of(context.bom()));
    }

    /** Convenience for a BOM already read. */
    public static EvaluationResult evaluate(LoadedBom bom, EvaluationContext context, Policy policy, Waivers waivers) {
        return evaluate(bom.source().toString(), context, policy, waivers);
    }

    private static List<Finding> applyWaivers(List<Finding> findings, Waivers waivers, EvaluationContext context) {
        List<Finding> result = new ArrayList<>();
        boolean[] used = new boolean[waivers.waivers().size()];
        for (Finding finding : findings) {
            if (finding.status() != Status.FAIL) {
                result.add(finding);
                continue;
            }
            Optional<Waivers.Waiver> active = Optional.empty();
            Optional<Waivers.Waiver> expired = Optional.empty();
            for (int i = 0; i < waivers.waivers().size(); i++) {
                Waivers.Waiver waiver = waivers.waivers().get(i);
                if (waiver.matches(finding)) {
                    used[i] = true;
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
                expired.ifPresent(waiver -> result.add(new Finding("waiver-expired", finding.annexA(),
                        finding.family(), finding.severity(), Status.FAIL, finding.component(), finding.name(),
                        finding.kind(), "the waiver for " + finding.control() + " on '" + waiver.component()
                        + "' (" + waivers.source() + ", line " + waiver.line() + ") expired on " + waiver.expires()
                        + "; renew it or fix the violation", finding.evidence(), "")));
            }
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                Waivers.Waiver waiver = waivers.waivers().get(i);
                ControlDefinition definition = ControlCatalogue.get(waiver.control()).orElseThrow();
                result.add(new Finding("waiver-unused", definition.annexA(), definition.family(), Severity.WARNING,
                        Status.FAIL, "", waiver.component(), "waiver", "the waiver for " + waiver.control() + " on '"
                        + waiver.component() + "' (" + waivers.source() + ", line " + waiver.line() + ") matches no"
                        + " violation; remove it", "", ""));
            }
        }
        return result;
    }
}
