package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.diff.ChangeKind;
import dev.aibom.core.job.DiffJob;
import dev.aibom.core.job.JobJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
        description = "What changed between two AI-BOMs (a supplier's previous and new delivery): models, datasets"
                + " and services added or removed; versions, hashes, licences, suppliers, life-cycle stages,"
                + " model-card fields, data, approvals, endpoints, declarations and signers that changed. Components"
                + " are matched by package URL, then bom-ref, then name.")
final class DiffCommand extends JobCommand {
    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier BOM (CycloneDX 1.4-1.7 JSON)")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later BOM")
    Path after;

    @Option(names = "--fail-on-change", paramLabel = "KINDS", split = ",",
            description = "kinds of change that make the verdict negative (exit code 3), comma-separated: added,"
                    + " removed, version, hashes, format, licenses, suppliers, lifecycle, model-card, data, approvals,"
                    + " endpoints, declarations, signers, properties, purl")
    List<String> failOnChange = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on stdout, lines for people on stderr")
    Format format;

    @Override
    public Integer call() throws AibomException {
        Set<ChangeKind> failOn = EnumSet.noneOf(ChangeKind.class);
        for (String name : failOnChange) {
            failOn.add(ChangeKind.of(name).orElseThrow(() -> usage("--fail-on-change: '" + name + "' is not a kind"
                    + " of change; use " + ChangeKind.names() + ".")));
        }
        DiffJob.Result result = DiffJob.run(new DiffJob.Request(before, after, failOn, limits()), log(format));
        if (format == Format.json) {
            print(JobJson.diff(result));
        }
        return result.failing().isEmpty() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }
}
