package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.dt.DependencyTrackOptions;
import dev.aibom.core.dt.ProjectTarget;
import dev.aibom.core.job.UploadJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import dev.aibom.core.job.JobJson;

@Command(name = "upload", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Upload a signed AI-BOM to Dependency-Track (PUT /api/v1/bom) and, with --synchronous, wait"
                + " for it to be processed and gate on the project's policy violations there: FAIL fails (exit code"
                + " 3), WARN is a warning, INFO is listed. Only a BOM whose signature verifies with a trusted key"
                + " (--trusted-key or --ca-root, as for verify) is sent.",
                "The API key comes from the environment variable AIBOM_DT_API_KEY and travels only over https (or"
                        + " to a literal loopback address, or over plain http with --allow-plain-http)."})
final class UploadCommand extends JobCommand {
    /** Where the API key comes from: the same variable as the Maven goal and the Jenkins step read. */
    static final String API_KEY_VARIABLE = "AIBOM_DT_API_KEY";

    @Parameters(paramLabel = "BOM", description = "the signed BOM (JSON)")
    Path bom;

    @picocli.CommandLine.Mixin
    TrustOptions trust;

    @Option(names = "--url", paramLabel = "URL", required = true,
            description = "the base URL of Dependency-Track's API server, e.g. https://dtrack.example.com")
    URI url;

    @Option(names = "--project-uuid", paramLabel = "UUID", description = "the project's UUID")
    String projectUuid;

    @Option(names = "--project", paramLabel = "NAME",
            description = "the project's name (with --project-version); default: the BOM's system name")
    String projectName;

    @Option(names = "--project-version", paramLabel = "VERSION",
            description = "the project's version; default: the BOM's system version")
    String projectVersion;

    @Option(names = "--auto-create",
            description = "create the project when it does not exist (the key needs PROJECT_CREATION_UPLOAD)")
    boolean autoCreate;

    @Option(names = "--parent", paramLabel = "UUID|NAME[@VERSION]",
            description = "the parent project of a project created by --auto-create")
    String parent;

    @Option(names = "--synchronous",
            description = "wait for the processing and gate on the project's policy violations")
    boolean synchronous;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "how long --synchronous waits for the processing; default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Option(names = "--allow-plain-http",
            description = "send the API key over plain http to a host that is not a loopback address (logged)")
    boolean allowPlainHttp;

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
        if (timeoutSeconds <= 0) {
            throw usage("--timeout must be a positive number of seconds, not " + timeoutSeconds + ".");
        }
        DependencyTrackOptions options;
        ProjectTarget target;
        try {
            options = DependencyTrackOptions.of(url, key, allowPlainHttp, Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().contains("API key")) {
                throw new AibomException(API_KEY_VARIABLE + ": " + e.getMessage() + ".");
            }
            throw usage("--url: " + e.getMessage() + ".");
        }
        try {
            target = new ProjectTarget(projectUuid, projectName, projectVersion, autoCreate, parent);
        } catch (IllegalArgumentException e) {
            throw usage("--project-uuid, --project, --project-version: " + e.getMessage() + ".");
        }
        UploadJob.Result result = UploadJob.run(new UploadJob.Request(bom, target, options, trust.trust(), synchronous, limits()), log);
        if (format == Format.json) {
            print(JobJson.upload(result));
        }
        return result.outcome() == EvaluationResult.Outcome.FAIL ? ExitCodes.NEGATIVE : ExitCodes.OK;
    }
}
