package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.job.ValidateJob;
import dev.aibom.core.job.JobJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Read anyone's CycloneDX 1.4-1.7 JSON BOM strictly: the official schema, valid UTF-8, no"
                + " duplicate keys or bom-refs, size and nesting limits. Every problem is listed with its line and"
                + " JSON pointer.")
final class ValidateCommand extends JobCommand {
    @Parameters(paramLabel = "BOM", description = "the BOM (JSON)")
    Path bom;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on stdout, lines for people on stderr")
    Format format;

    @Override
    public Integer call() throws AibomException {
        try {
            ValidateJob.Result result = ValidateJob.run(bom, limits(), log(format));
            if (format == Format.json) {
                print(JobJson.validate(result));
            }
            return ExitCodes.OK;
        } catch (InvalidInputException e) {
            if (format == Format.json) {
                print(JobJson.invalid("validate", bom.toString(), e));
            }
            throw e;
        }
    }
}
