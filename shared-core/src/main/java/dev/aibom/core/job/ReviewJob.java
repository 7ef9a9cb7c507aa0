package dev.aibom.core.job;

import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.report.ReportHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "review" use case: procurement's review of a supplier's BOM. Everything in it is the supplier's claim, bound to
 * the supplier only by a valid signature with a key the supplier register lists for it; the register is required,
 * the signer is named in every finding and put through the supplier controls itself.
 */
public final class ReviewJob {
    private ReviewJob() {
    }

    /**
     * @param judging how it is judged; without a policy the built-in review policy
     *                ({@link dev.aibom.core.control.Policy#review}) applies, and the register is required
     */
    public record Request(Path bom, Judging judging) {
        public Request {
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(judging, "judging");
        }
    }

    /** What the review found; the signature verdict says who signed, the header what was reviewed. */
    public record Result(EvaluationResult evaluation, SignatureVerdict signature, ReportHeader header,
                         Map<String, Path> reports) {
        public Result {
            reports = Map.copyOf(reports);
        }

        public EvaluationResult.Outcome outcome() {
            return evaluation.outcome();
        }
    }

    public static Result run(Request request, Log log, HashListener listener) throws AibomException, IOException {
        log.info("reviewing " + request.bom());
        Evaluation.Inputs inputs = Evaluation.inputs(request.judging(), true);
        Evaluation.Outcome outcome = Evaluation.evaluate(request.bom(), request.judging(), inputs, true,
                Optional.empty(), Optional.empty(), log, listener);
        return new Result(outcome.result(), outcome.verdict(), outcome.header(), outcome.reports());
    }
}
