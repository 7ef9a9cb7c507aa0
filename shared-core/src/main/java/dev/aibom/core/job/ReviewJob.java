package dev.aibom.core.job;

import dev.aibom.core.report.ReportOutput;

import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FailOn;
import dev.aibom.core.control.Severity;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.report.ReportHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
     * @param policy              without one, the built-in review policy ({@link dev.aibom.core.control.Policy#review})
     * @param trust               keys trusted besides the register's
     * @param requireAiComponents a BOM without models, datasets and AI services fails
     * @param reports             where the reports go, if anywhere
     */
    public record Request(Path bom, Input register, Input policy, Input waivers, Trust trust, LocalDate today,
                          Optional<FailOn> failOn, Optional<Severity> unstableOn, boolean requireAiComponents,
                          Optional<ReportOutput> reports, Duration registerTimeout) {
        public Request {
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(waivers, "waivers");
            Objects.requireNonNull(trust, "trust");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(failOn, "failOn");
            Objects.requireNonNull(unstableOn, "unstableOn");
            Objects.requireNonNull(reports, "reports");
            Objects.requireNonNull(registerTimeout, "registerTimeout");
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
        Evaluation.Inputs inputs = Evaluation.inputs(request.policy(), request.register(), request.waivers(), true,
                request.requireAiComponents(), request.registerTimeout());
        Evaluation.Outcome outcome = Evaluation.evaluate(request.bom(), inputs, request.trust(), Optional.empty(),
                true, request.today(), request.failOn(), request.unstableOn(), request.reports(), log, listener);
        return new Result(outcome.result(), outcome.verdict(), outcome.header(), outcome.reports());
    }
}
