package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.job.DependencyTrackSettings;
import dev.aibom.core.job.JobJson;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.job.UploadJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "upload", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Upload a signed AI-BOM to Dependency-Track (PUT /api/v1/bom) and, with --synchronous, wait"
                + " for it to be processed and gate on the project's policy violations there: FAIL fails (exit code"
                + " 3), WARN is a warning, INFO is listed. Only a BOM whose signature verifies with a trusted key"
                + " (--trusted-key or --ca-root, as for verify) is sent.",
                "The API key comes from the environment variable AIBOM_DT_API_KEY and travels only over https (or"
                        + " to a literal loopback address, or over plain http with --allow-plain-http)."})
final class UploadCommand extends JobCommand implements SettingsOptions.Offering {
    /** Where the API key comes from: the same variable as the Maven goal and the Jenkins step read. */
    static final String API_KEY_VARIABLE = "AIBOM_DT_API_KEY";

    /** Where it goes and how the upload gates: --url, --project-uuid, ..., --timeout, as every front end offers them. */
    @Override
    public OptionCatalogue.Group settings() {
        return OptionCatalogue.DEPENDENCY_TRACK;
    }

    @Parameters(paramLabel = "BOM", description = "the signed BOM (JSON)")
    Path bom;

    @picocli.CommandLine.Mixin
    TrustOptions trust;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json for the typed result on stdout; default: text")
    Format format;

    @Override
    public Integer call() throws AibomException {
        Log log = log(format);
        String key = context().environment().get(API_KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new AibomException("The Dependency-Track API key is not set: put it in the environment variable "
                    + API_KEY_VARIABLE + " (never on the command line, where other users can see it).");
        }
        DependencyTrackSettings settings = SettingsOptions.read(this, OptionCatalogue.DEPENDENCY_TRACK,
                DependencyTrackSettings::of);
        UploadJob.Result result = UploadJob.run(settings.request(bom, trust.trust(), key,
                "The environment variable " + API_KEY_VARIABLE, limits()), log);
        if (format == Format.json) {
            print(JobJson.upload(result));
        }
        return result.outcome() == EvaluationResult.Outcome.FAIL ? ExitCodes.NEGATIVE : ExitCodes.OK;
    }
}
