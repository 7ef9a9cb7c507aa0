package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.JudgingBuilder;
import dev.aibom.core.job.JudgingSettings;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.report.ReportFormats;
import dev.aibom.core.report.ReportOutput;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** What check and review share: waivers, date, reports, output format; the core's judging options besides. */
final class EvaluationOptions {
    @Option(names = "--waivers", paramLabel = "FILE", description = "accepted violations (waivers.yaml)")
    Path waivers;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "the date approvals, assessments and waivers are judged at; default: today (UTC)")
    LocalDate today;

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

    LocalDate today(java.time.Clock clock) {
        return today != null ? today : LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    /**
     * What these options say of the judging (waivers, day, reports, {@code --max-bom-size}) and the options the core
     * declares for it ({@code --fail-on}, {@code --require-ai-components}, {@code --register-timeout}, ...: added to
     * the command by {@link SettingsOptions}); the command adds policy, register and trust by name.
     */
    JudgingBuilder judging(Path reportsDirectory, JobCommand command) throws AibomException {
        return Judging.builder(today(command.context().clock())).waivers(waivers())
                .settings(JudgingSettings.of(SettingsOptions.values(command.spec, OptionCatalogue.JUDGING)))
                .reports(reports(reportsDirectory, command)).limits(command.limits());
    }
}
