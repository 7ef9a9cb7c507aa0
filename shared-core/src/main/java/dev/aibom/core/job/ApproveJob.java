package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.io.AtomicFiles;
import dev.aibom.core.sign.ApprovalRecord;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "approve" use case: procurement records its decision on a supplier's BOM as a signed approval record bound to
 * the BOM's exact content (the SHA-256 of its canonical form), written atomically.
 */
public final class ApproveJob {
    private ApproveJob() {
    }

    /** @param limits the largest BOM read (the front end's maxBomSize) */
    public record Request(Path bom, KeySpec key, ApprovalRecord.Decision decision, String by, Optional<String> role,
                          Optional<String> comment, Path output, Instant at, Map<String, String> environment,
                          ReadLimits limits) {
        public Request {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(by, "by");
            if (by.isBlank()) {
                throw new IllegalArgumentException("an approval names who decided");
            }
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(at, "at");
            environment = Map.copyOf(environment);
        }

        @Override
        public String toString() {
            return "ApproveJob.Request[" + bom + "]"; // never the environment
        }
    }

    public record Result(Path output, ApprovalRecord.Decision decision, String bomDigest, KeyFingerprint key) {
    }

    public static Result run(Request request, Log log) throws AibomException, IOException {
        SigningKey key = request.key().load(request.environment(), "--key");
        LoadedBom loaded = new BomReader(request.limits()).read(request.bom());
        var record = ApprovalRecord.create(loaded, request.decision(), request.by(), request.role().orElse(null),
                request.at(), request.comment().orElse(null), key, SignOptions.defaults());
        AtomicFiles.write(request.output(), BomJson.pretty(record));
        KeyFingerprint fingerprint = KeyFingerprint.of(key.publicKey());
        log.info("wrote " + request.output() + ": " + request.decision().name().toLowerCase(Locale.ROOT) + " "
                + request.bom() + " (serialNumber " + loaded.serialNumber() + ", SHA-256 "
                + record.path("bom").path("sha256").asText() + ") by " + request.by() + ", signed with key "
                + fingerprint);
        return new Result(request.output(), request.decision(), record.path("bom").path("sha256").asText(),
                fingerprint);
    }
}
