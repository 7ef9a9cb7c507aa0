package dev.aibom.cli;

import dev.aibom.core.control.FailOn;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.report.ReportFormats;
import dev.aibom.core.report.ReportOutput;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/** What check and review share: policy, waivers, failOn, date, reports, output format. */
final class EvaluationOptions {
    @Option(names = "--waivers", paramLabel = "FILE", description = "accepted violations (waivers.yaml)")
    Path waivers;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "error, warning or never: the lowest severity that makes the verdict negative (exit code"
                    + " 3); default: the policy's failOn")
    FailOn failOn;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "the date approvals, assessments and waivers are judged at; default: today (UTC)")
    LocalDate today;

    @Option(names = "--require-ai-components",
            description = "a BOM that lists no model, dataset or AI service (a software SBOM) fails")
    boolean requireAiComponents;

    @Option(names = "--register-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "how long to wait for a supplier register given as an https URL (default: 20)")
    int registerTimeout;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: the JSON report on stdout, lines for people on stderr")
    Format format;

    @Option(names = "--formats", paramLabel = "LIST",
            description = "report formats written into --reports, separated by commas: html, json, junit, markdown,"
                    + " sarif; all; default (html, json, junit, sarif, also when this option is not given)")
    ReportFormats.Selection formats;

    /**
     * Where the reports go and which, when a reports folder is named; {@code --formats} without a folder is a usage
     * error.
     */
    Optional<ReportOutput> reports(Path directory, JobCommand command) {
        if (directory == null) {
            if (formats != null) {
                throw command.usage("--formats names report formats, but no --reports folder is given to write them"
                        + " to. Add --reports DIR, or drop --formats.");
            }
            return Optional.empty();
        }
        return Optional.of(formats == null ? ReportOutput.of(directory) : new ReportOutput(directory, formats));
    }

    Input waivers() {
        return waivers == null ? Input.none("--waivers") : Input.configured("--waivers", waivers.toString());
    }

    static Input policy(Path policy) {
        return policy == null ? Input.none("--policy") : Input.configured("--policy", policy.toString());
    }

    Optional<FailOn> failOn() {
        return Optional.ofNullable(failOn);
    }

    LocalDate today(java.time.Clock clock) {
        return today != null ? today : LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    Duration timeout() {
        return Duration.ofSeconds(registerTimeout);
    }

    /**
     * What these options say of the judging (waivers, day, failOn, AI components, reports, register timeout, and
     * {@code --max-bom-size}); the command adds policy, register and trust by name.
     */
    Judging.Builder judging(Path reportsDirectory, JobCommand command) {
        return Judging.builder(today(command.context().clock())).waivers(waivers()).failOn(failOn())
                .requireAiComponents(requireAiComponents).reports(reports(reportsDirectory, command))
                .registerTimeout(timeout()).limits(command.limits());
    }
}
