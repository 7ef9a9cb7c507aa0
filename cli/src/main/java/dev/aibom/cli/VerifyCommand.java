package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.job.VerifyJob;
import dev.aibom.core.job.JobJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Verify a BOM: every root signature valid and made with a trusted key or certificate, no nested"
                + " signature invalid, then its model and data files against its hashes.")
final class VerifyCommand extends JobCommand {
    @Parameters(paramLabel = "BOM", description = "the signed BOM (JSON)")
    Path bom;

    @Mixin
    TrustOptions trust;

    static final class Files {
        @Option(names = "--base", paramLabel = "DIR", required = true,
                description = "the folder the BOM's file paths are relative to (the unpacked delivery); default:"
                        + " the BOM's folder")
        Path base;

        @Option(names = "--skip-files", required = true,
                description = "check the signatures only: the delivery's files are not at hand")
        boolean skip;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Files files;

    @Option(names = "--allow-unsigned", description = "an unsigned BOM passes (its files are still checked)")
    boolean allowUnsigned;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on stdout, lines for people on stderr")
    Format format;

    @Override
    public Integer call() throws AibomException, IOException {
        Log log = log(format);
        Optional<Path> filesBase;
        if (files != null && files.skip) {
            filesBase = Optional.empty();
        } else if (files != null) {
            filesBase = Optional.of(files.base);
        } else {
            Path folder = bom.getParent();
            log.info("files: looked for in " + folder + ", the BOM's folder (default; --base DIR for another"
                    + " folder, --skip-files to check the signatures only)");
            filesBase = Optional.of(folder);
        }
        VerifyJob.Result result = VerifyJob.run(new VerifyJob.Request(bom, trust.trust(), !allowUnsigned, filesBase,
                "--base DIR, or --skip-files", limits()), log, progress(log));
        if (format == Format.json) {
            print(JobJson.verify(result, bom.toString()));
        }
        return result.passed() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }
}
