package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.ExportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Write a CycloneDX BOM in another format for tools that read that one: SPDX 3.0.1 JSON-LD with"
                + " the AI and Dataset profiles (--format spdx3), validated against the official SPDX 3.0.1 schema"
                + " before it is written. What maps to what, and what has no SPDX equivalent: docs/spdx-mapping.md.")
final class ExportCommand extends JobCommand {
    @Parameters(paramLabel = "BOM", description = "the CycloneDX BOM (JSON)")
    Path bom;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "spdx3: SPDX 3.0.1 JSON-LD")
    String format;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "where the document goes")
    Path output;

    @Override
    public Integer call() throws AibomException, IOException {
        ExportJob.Format chosen;
        try {
            chosen = ExportJob.Format.parse("--format", format);
        } catch (AibomException e) {
            throw usage(e.getMessage());
        }
        ExportJob.run(new ExportJob.Request(bom, output, chosen, limits()), log(Format.text));
        return ExitCodes.OK;
    }
}
