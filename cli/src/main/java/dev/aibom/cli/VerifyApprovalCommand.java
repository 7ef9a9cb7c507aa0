package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.VerifyApprovalJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "verify-approval", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Check that an approval record is validly signed by a trusted key and approves exactly this"
                + " BOM.")
final class VerifyApprovalCommand extends JobCommand {
    @Parameters(index = "0", paramLabel = "APPROVAL", description = "the approval record (aibom approve wrote it)")
    Path approval;

    @Parameters(index = "1", paramLabel = "BOM", description = "the BOM it should approve")
    Path bom;

    @Mixin
    TrustOptions trust;

    @Override
    public Integer call() throws AibomException {
        VerifyApprovalJob.Result result = VerifyApprovalJob.run(new VerifyApprovalJob.Request(approval, bom,
                trust.trust(), limits()), log(Format.text));
        return result.passed() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }
}
