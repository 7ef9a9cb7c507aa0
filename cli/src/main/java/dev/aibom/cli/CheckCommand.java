package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.discovery.DiscoveryScanner;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.job.CheckJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Evaluate the ISO/IEC 42001 Annex A controls over a BOM (usually one's own): policy, supplier"
                + " register, waivers; signatures verified, files checked when --base is given; one line per finding"
                + " that needs attention, and the reports.")
final class CheckCommand extends JobCommand implements SettingsOptions.Offering {
    @Override
    public OptionCatalogue.Group settings() {
        return OptionCatalogue.JUDGING;
    }

    @Parameters(paramLabel = "BOM", description = "the BOM (JSON)")
    Path bom;

    @Mixin
    ConfigurationOptions configuration;

    @Mixin
    EvaluationOptions evaluation;

    @Mixin
    TrustOptions trust;

    @Mixin
    DiscoveryOptions discovery;

    @Option(names = "--base", paramLabel = "DIR",
            description = "check the model and data files in this folder against the BOM's hashes")
    Path base;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "write the reports here (which: --formats)")
    Path reports;

    @Override
    public Integer call() throws AibomException, IOException {
        Log log = log(evaluation.format);
        CheckJob.Request request = new CheckJob.Request(bom, evaluation.judging(reports, this)
                .policy(configuration.policy())
                .register(configuration.register(this))
                .trust(trust.trust()).build(), Optional.ofNullable(base));
        Optional<DiscoveryScanner.Request> discover = discovery.request(base, context().workingDirectory());
        CheckJob.Result result = CheckJob.run(discover.map(request::discovering).orElse(request), log,
                progress(log));
        if (evaluation.format == Format.json) {
            printReport(result.evaluation(), result.header());
        }
        return conclude(result.evaluation(), log);
    }

    /**
     * The verdict, once, in the command line's own words: the findings were listed above, one per line, and the
     * counts are on the controls line, so only the verdict and why are said here (exit code 3 when it fails).
     */
    static int conclude(EvaluationResult result, Log log) {
        if (result.outcome() == EvaluationResult.Outcome.FAIL) {
            log.error(verdict(result));
            return ExitCodes.NEGATIVE;
        }
        return ExitCodes.OK;
    }

    /** {@code verdict: FAILED — 3 findings reach failOn error, 1 could not be evaluated}. */
    static String verdict(EvaluationResult result) {
        java.util.List<Finding> deciding = result.deciding();
        long errors = deciding.stream().filter(f -> f.status() == Status.ERROR).count();
        long failing = deciding.size() - errors;
        java.util.List<String> why = new java.util.ArrayList<>();
        if (failing > 0) {
            why.add(failing + " finding" + (failing == 1 ? " reaches" : "s reach") + " failOn "
                    + result.failOn().value());
        }
        if (errors > 0) {
            why.add(errors + " could not be evaluated");
        }
        return "verdict: FAILED \u2014 " + String.join(", ", why);
    }
}
