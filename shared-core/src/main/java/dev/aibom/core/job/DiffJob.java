package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.diff.BomDiff;
import dev.aibom.core.diff.Change;
import dev.aibom.core.diff.ChangeKind;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The "diff" use case: what changed between two AI-BOMs (a supplier's previous and new delivery), and whether a
 * change of a kind the pipeline forbids happened.
 */
public final class DiffJob {
    private DiffJob() {
    }

    /**
     * @param failOn the kinds of change that fail (empty: none fails)
     * @param limits the largest BOM read (the front end's maxBomSize)
     */
    public record Request(Path before, Path after, Set<ChangeKind> failOn,
                          ReadLimits limits) {
        public Request {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            failOn = failOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failOn));
        }
    }

    /**
     * @param changes every change, in a stable order
     * @param failing the changes whose kind is in {@code failOn}
     * @param outcome FAIL when any change is failing, else PASS
     */
    public record Result(Path before, Path after, String beforeVersion, String afterVersion, List<Change> changes,
                         Set<ChangeKind> failOn, List<Change> failing, EvaluationResult.Outcome outcome) {
        public Result {
            changes = List.copyOf(changes);
            failOn = Set.copyOf(failOn);
            failing = List.copyOf(failing);
        }

        /** Changes per kind, every kind present (0 when none). */
        public Map<ChangeKind, Integer> counts() {
            Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
            for (ChangeKind kind : ChangeKind.values()) {
                counts.put(kind, 0);
            }
            changes.forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
            return counts;
        }
    }

    public static Result run(Request request, Log log) throws AibomException {
        BomReader reader = new BomReader(request.limits());
        LoadedBom before = reader.read(request.before());
        LoadedBom after = reader.read(request.after());
        List<Change> changes = BomDiff.compare(before, after);
        List<Change> failing = changes.stream().filter(change -> request.failOn().contains(change.kind())).toList();
        Result result = new Result(request.before(), request.after(), before.specVersion().text(),
                after.specVersion().text(), changes, request.failOn(), failing,
                failing.isEmpty() ? EvaluationResult.Outcome.PASS : EvaluationResult.Outcome.FAIL);
        log.info("diff " + request.before() + " (CycloneDX " + result.beforeVersion() + ") -> " + request.after()
                + " (CycloneDX " + result.afterVersion() + ")");
        for (Change change : changes) {
            if (failing.contains(change)) {
                log.error(change.line());
            } else {
                log.info(change.line());
            }
        }
        log.info(summary(result));
        if (!failing.isEmpty()) {
            log.error(failing.size() + " change" + (failing.size() == 1 ? "" : "s") + " of a kind that fails ("
                    + String.join(", ", request.failOn().stream().sorted().map(ChangeKind::value).toList()) + ")");
        }
        return result;
    }

    /** "no changes" or "5 changes: 1 added, 1 removed, 2 hashes, 1 signers". */
    static String summary(Result result) {
        if (result.changes().isEmpty()) {
            return "no changes";
        }
        List<String> parts = result.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().value()).toList();
        return result.changes().size() + " change" + (result.changes().size() == 1 ? "" : "s") + ": "
                + String.join(", ", parts);
    }
}
