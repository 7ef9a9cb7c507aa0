package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.sign.ApprovalRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The "verify-approval" use case: an approval record is validly signed by a trusted key and approves exactly this
 * BOM; if not, the result says what does not hold.
 */
public final class VerifyApprovalJob {
    private VerifyApprovalJob() {
    }

    /** @param limits the largest BOM read (the front end's maxBomSize) */
    public record Request(Path approval, Path bom, Trust trust,
                          ReadLimits limits) {
        public Request {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(approval, "approval");
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(trust, "trust");
        }
    }

    /**
     * @param verified what the record says, when it verifies
     * @param failure  why it does not, when it does not
     */
    public record Result(Optional<ApprovalRecord.Verified> verified, Optional<String> failure) {
        public Result {
            if (verified.isPresent() == failure.isPresent()) {
                throw new IllegalArgumentException("an approval either verifies or has a reason why not");
            }
        }

        public boolean passed() {
            return verified.isPresent();
        }
    }

    /**
     * @throws AibomException when the files cannot be read or no key is trusted (the check could not be made)
     */
    public static Result run(Request request, Log log) throws AibomException {
        if (request.trust().isEmpty()) {
            throw new AibomException("No key is trusted to sign approvals: give the approver's public key"
                    + " (--trusted-key).");
        }
        var record = ApprovalRecord.read(request.approval());
        var bom = new BomReader(request.limits()).read(request.bom());
        var policy = request.trust().policy(List.of(), true);
        ApprovalRecord.Verified verified;
        try {
            verified = ApprovalRecord.verify(record, bom, policy);
        } catch (AibomException e) {
            log.error(request.approval() + " does not verify: " + e.getMessage());
            return new Result(Optional.empty(), Optional.of(e.getMessage()));
        }
        log.info(request.approval() + " is a valid approval record: " + verified.decision().name()
                .toLowerCase(Locale.ROOT) + " by " + verified.by() + (verified.role() == null ? ""
                : " (" + verified.role() + ")") + " at " + verified.at() + ", signed with key "
                + verified.signer().keyFingerprint().orElse("(none)"));
        return new Result(Optional.of(verified), Optional.empty());
    }
}
