package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.ReviewJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import dev.aibom.core.job.Trust;

@Command(name = "review", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Review a supplier's AI-BOM: who the supplier is, whether the BOM is signed, by which key,"
                + " whether the register lists that key for that supplier and whether the signature is valid; then"
                + " the controls of the review policy, each finding named as the signer's claim; then the reports.",
                "Everything in the BOM is the supplier's claim, bound to the supplier only by a valid signature with"
                        + " a key the register lists for it."})
final class ReviewCommand extends JobCommand implements SettingsOptions.Offering {
    @Override
    public OptionCatalogue.Group settings() {
        return OptionCatalogue.JUDGING;
    }

    @Parameters(paramLabel = "BOM", description = "the supplier's BOM (CycloneDX 1.4-1.7 JSON)")
    Path bom;

    @Option(names = "--suppliers", paramLabel = "FILE|URL", required = true,
            description = "procurement's supplier register (a file or an https URL): who the supplier is and which"
                    + " keys it signs with")
    String suppliers;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "the policy; default: the built-in review policy, which does not require aibom's own"
                    + " properties of a third party (docs/controls.md)")
    Path policy;

    @Mixin
    EvaluationOptions evaluation;

    @Option(names = "--trusted-key", paramLabel = "PEM",
            description = "a public key trusted besides the register's (PEM, or a folder of them); repeatable")
    java.util.List<Path> trustedKeys = new java.util.ArrayList<>();

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "aibom-review",
            description = "where the reports go (which: --formats); default: aibom-review")
    Path reports;

    @Override
    public Integer call() throws AibomException, IOException {
        Log log = log(evaluation.format);
        ReviewJob.Result result = ReviewJob.run(new ReviewJob.Request(bom, evaluation.judging(reports, this)
                .register(Input.configured("--suppliers", context().location(suppliers)))
                .policy(EvaluationOptions.policy(policy)).trust(Trust.keys(trustedKeys)).build()), log,
                progress(log));
        if (evaluation.format == Format.json) {
            printReport(result.evaluation(), result.header());
        }
        return CheckCommand.conclude(result.evaluation(), log);
    }
}
