package dev.aibom.core.control;

import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Family;
import dev.aibom.control.Status;
import dev.aibom.control.Finding;
import dev.aibom.core.bom.LoadedBom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import dev.aibom.control.BomView;
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

    /** Top-level components (or services) in one slice: enough to amortize the per-slice work, little to hold. */
    public static final int SLICE = 1000;

    /**
     * What the engine judges: the document's view, the slices of the BOM's items, and - only for a rule that does not
     * judge in slices - the whole BOM.
     */
    public interface Source {
        /** The BOM's system, supplier, metadata and totals; no items. */
        BomView document();

        /** The slices in document order, each made as it is needed; each call goes through them again. */
        Iterable<BomView> slices();

        /** The whole BOM at once, for a rule that does not judge in slices (it holds the BOM in memory). */
        BomView whole();

        /** A BOM held whole, judged in slices of {@link #SLICE} top-level components or services. */
        static Source of(BomView whole) {
            return new Source() {
                @Override
                public BomView document() {
                    return whole.document();
                }

                @Override
                public Iterable<BomView> slices() {
                    return whole.slices(SLICE);
                }

                @Override
                public BomView whole() {
                    return whole;
                }
            };
        }
    }

    /** The BOM of {@code context}, held whole. */
    public static EvaluationResult evaluate(String bomName, EvaluationContext context, Policy policy,
                                            Waivers waivers) {
        return evaluate(bomName, context, policy, waivers, Source.of(context.bom()), slice -> { });
    }

    /**
     * Judges the BOM of {@code source} a slice at a time: every control that judges in slices begins with the
     * document, judges each slice as it comes and ends (a control that does not is evaluated on the whole BOM); each
     * control's findings go to a log of their own, and are then taken in the policy's order, waivers applied, into the
     * result's log; the waiver controls come last, over how the waivers applied.
     *
     * @param context   the facts of the evaluation (its view is replaced by the source's)
     * @param eachSlice told of each slice as it is judged (a job logs what it finds there)
     */
    public static EvaluationResult evaluate(String bomName, EvaluationContext context, Policy policy,
                                            Waivers waivers, Source source, Consumer<BomView> eachSlice) {
        EvaluationContext document = context.withBom(source.document());
        List<ControlMetadata> evaluated = new ArrayList<>();
        Map<ConfiguredControl<?>, FindingLog.Builder> logs = new IdentityHashMap<>();
        Map<ConfiguredControl<?>, ConfiguredControl<?>.Judging> judgings = new LinkedHashMap<>();
        List<ConfiguredControl<?>> wholeOnly = new ArrayList<>();
        List<ConfiguredControl<?>> judged = new ArrayList<>();
        for (ConfiguredControl<?> control : policy.controls().values()) {
            if (control.metadata().family() == Family.WAIVERS) {
                continue;
            }
            evaluated.add(control.metadata());
            judged.add(control);
            FindingLog.Builder log = FindingLog.spool();
            logs.put(control, log);
            if (control.rule().slicing().isPresent()) {
                ConfiguredControl<?>.Judging judging = control.judging(document);
                judging.begun().forEach(log::add);
                judgings.put(control, judging);
            } else {
                wholeOnly.add(control);
            }
        }
        Completeness.Counter completeness = new Completeness.Counter();
        completeness.add(document.bom().system());
        for (BomView slice : source.slices()) {
            slice.items().forEach(completeness::add);
            eachSlice.accept(slice);
            EvaluationContext sliceContext = context.withBom(slice);
            judgings.forEach((control, judging) -> {
                if (judging.needsSlices()) {
                    judging.slice(sliceContext).forEach(logs.get(control)::add);
                }
            });
        }
        judgings.forEach((control, judging) -> judging.end().forEach(logs.get(control)::add));
        if (!wholeOnly.isEmpty()) {
            EvaluationContext whole = context.withBom(source.whole());
            wholeOnly.forEach(control -> control.evaluate(whole).forEach(logs.get(control)::add));
        }
        FindingLog.Builder findings = FindingLog.builder();
        List<WaiverLedger.Expired> expired = new ArrayList<>();
        Set<Waivers.Waiver> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ConfiguredControl<?> control : judged) {
            for (Finding finding : logs.get(control).build()) {
                findings.add(applyWaivers(finding, waivers, context, expired, used));
            }
        }
        expired.forEach(e -> used.add(e.waiver()));
        List<Waivers.Waiver> unused = waivers.waivers().stream().filter(waiver -> !used.contains(waiver)).toList();
        EvaluationContext afterWaivers = document.withWaivers(new WaiverLedger(waivers.source(), expired, unused));
        for (ConfiguredControl<?> control : policy.controls().values()) {
            if (control.metadata().family() != Family.WAIVERS) {
                continue;
            }
            evaluated.add(control.metadata());
            control.evaluate(afterWaivers, source).forEach(findings::add);
        }
        return new EvaluationResult(bomName, policy.source(), policy.failOn(), findings.build(),
                completeness.completeness(), evaluated);
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
