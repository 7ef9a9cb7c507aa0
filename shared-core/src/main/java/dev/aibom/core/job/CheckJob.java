package dev.aibom.core.job;


import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.discovery.Discovery;
import dev.aibom.core.discovery.DiscoveryScanner;
import dev.aibom.core.report.ReportHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "check" use case: the ISO/IEC 42001 controls over a BOM (one the build made, usually), with the policy,
 * supplier register and waivers, its signatures verified, its files checked when at hand, and the reports written.
 * Every input the user configured must exist; a policy whose controls need the supplier register fails without one.
 */
public final class CheckJob {
    private CheckJob() {
    }

    /**
     * @param judging   how it is judged (policy, register, waivers, trust, levels, reports, limits)
     * @param filesBase the folder the BOM's file paths are relative to, to check the files against the hashes
     * @param discover  what the build ships, to look into for models the BOM does not declare
     */
    public record Request(Path bom, Judging judging, Optional<Path> filesBase,
                          Optional<DiscoveryScanner.Request> discover) {
        public Request(Path bom, Judging judging, Optional<Path> filesBase) {
            this(bom, judging, filesBase, Optional.empty());
        }

        /** The same request, with discovery of what the build ships. */
        public Request discovering(DiscoveryScanner.Request what) {
            return new Request(bom, judging, filesBase, Optional.of(what));
        }

        public Request {
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(judging, "judging");
            Objects.requireNonNull(filesBase, "filesBase");
            Objects.requireNonNull(discover, "discover");
        }
    }

    /**
     * @param evaluation every finding, judged by failOn and unstableOn
     * @param reports    report kind (json, html, junit, sarif) to the file written
     */
    public record Result(EvaluationResult evaluation, SignatureVerdict signature, ReportHeader header,
                         Map<String, Path> reports) {
        public Result {
            reports = Map.copyOf(reports);
        }

        /** PASS, UNSTABLE or FAIL: what the build does. */
        public EvaluationResult.Outcome outcome() {
            return evaluation.outcome();
        }
    }

    public static Result run(Request request, Log log, HashListener listener) throws AibomException, IOException {
        Evaluation.Inputs inputs = Evaluation.inputs(request.judging(), false);
        Optional<Discovery> discovery = Optional.empty();
        if (request.discover().isPresent() && request.discover().get().dependencies().isEmpty()
                && request.discover().get().roots().isEmpty()) {
            log.info("discovery: nothing to look into (no dependencies, no resource folders, no packaged artifact and"
                    + " nothing named to scan), so what the build ships is not checked");
        } else if (request.discover().isPresent()) {
            discovery = Optional.of(DiscoveryScanner.scan(request.discover().get()));
            int libraries = discovery.get().dependencies().size();
            int files = discovery.get().files().size();
            log.info("discovery: " + libraries + " AI librar" + (libraries == 1 ? "y" : "ies") + " and " + files
                    + " model file" + (files == 1 ? "" : "s") + " in " + String.join(", ", discovery.get().scanned()));
            discovery.get().incomplete().forEach(part -> log.warn("discovery: not looked into: " + part));
        } else {
            // the default when nothing is named to look into: said, as the files line says it of the files
            log.info("discovery: not run (nothing the build ships was named to look into): the controls that"
                    + " compare the BOM with what the build ships are not applicable");
        }
        Evaluation.Outcome outcome = Evaluation.evaluate(request.bom(), request.judging(), inputs, false,
                request.filesBase(), discovery, log, listener);
        return new Result(outcome.result(), outcome.verdict(), outcome.header(), outcome.reports());
    }
}
