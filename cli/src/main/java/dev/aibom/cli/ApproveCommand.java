package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.ApproveJob;
import dev.aibom.core.sign.ApprovalRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

@Command(name = "approve", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Record procurement's decision on a supplier's BOM as a signed approval record, bound to the"
                + " BOM's exact content (the SHA-256 of its canonical form).")
final class ApproveCommand extends JobCommand {
    @Parameters(paramLabel = "BOM", description = "the supplier's BOM (JSON)")
    Path bom;

    @Option(names = "--decision", paramLabel = "DECISION", required = true,
            description = "approved, conditional or rejected")
    ApprovalRecord.Decision decision;

    @Option(names = "--by", paramLabel = "NAME", required = true, description = "who decided")
    String by;

    @Option(names = "--role", paramLabel = "ROLE", description = "in which role")
    String role;

    @Option(names = "--comment", paramLabel = "TEXT", description = "conditions, reasons")
    String comment;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "where the record goes")
    Path output;

    @ArgGroup(exclusive = false, multiplicity = "1")
    KeyOptions key;

    @Override
    public Integer call() throws AibomException, IOException {
        if (by.isBlank()) {
            throw usage("--by names who decided; it cannot be blank.");
        }
        ApproveJob.run(new ApproveJob.Request(bom, key.spec(), decision, by, Optional.ofNullable(role),
                Optional.ofNullable(comment), output, context().clock().instant(), context().environment(), limits()),
                log(Format.text));
        return ExitCodes.OK;
    }
}
