package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.Timestamps;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.hub.HubOptions;
import dev.aibom.core.job.GenerateJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Hash the model and data files a descriptor names and write the system's CycloneDX 1.6 AI-BOM"
                + " (validated against the official schema before it is written).")
final class GenerateCommand extends JobCommand {
    @Option(names = "--descriptor", paramLabel = "FILE", required = true,
            description = "the AI-BOM descriptor (aibom.yaml)")
    Path descriptor;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "where the JSON BOM goes")
    Path output;

    @Option(names = "--base", paramLabel = "DIR",
            description = "the project folder every path in the descriptor must stay inside; default: the"
                    + " descriptor's folder")
    Path base;

    @Option(names = "--xml", paramLabel = "FILE", description = "also write the XML form here")
    Path xml;

    @Option(names = "--timestamp", paramLabel = "TIME",
            description = "the BOM's timestamp, ISO-8601 (2026-01-01T00:00:00Z) or seconds since the epoch; default:"
                    + " $SOURCE_DATE_EPOCH, else now (then the BOM is not reproducible)")
    String timestamp;

    @Option(names = "--sha512", description = "add SHA-512 digests to the SHA-256 ones")
    boolean sha512;

    @Option(names = "--threads", paramLabel = "N",
            description = "how many files to hash at once; default: the number of processors")
    Integer threads;

    @Option(names = "--hub-url", paramLabel = "URL",
            description = "the Hugging Face Hub (or mirror) that resolves hf:// references; default: $HF_ENDPOINT,"
                    + " else https://huggingface.co. A token for gated or private repositories comes from $HF_TOKEN"
                    + " (or $HUGGING_FACE_HUB_TOKEN) and is sent only to this host")
    String hubUrl;

    @Option(names = "--hub-cache", paramLabel = "DIR",
            description = "the cache of resolved Hub commits; default: ~/.cache/aibom/hub (a project can also commit"
                    + " entries in .aibom/hub-cache beside its descriptor)")
    Path hubCache;

    @Option(names = "--offline", description = "never ask the Hub: hf:// references must be pinned commits in a cache")
    boolean offline;

    @Option(names = "--hash-cache", paramLabel = "DIR",
            description = "keep digests here and do not read again files whose path, size, modification time and"
                    + " file key are unchanged (verify never uses it); default: no cache")
    Path hashCache;

    @Option(names = "--spec-version", paramLabel = "VERSION", defaultValue = "1.6",
            description = "the CycloneDX version to write: 1.6 (default) or 1.7 (JSON only, validated against the"
                    + " 1.7 schema)")
    String specVersion;

    /** Whose model signatures (model.sig, OpenSSF Model Signing) count: the same options as for BOM signatures. */
    @Mixin
    TrustOptions trust;

    @Override
    public Integer call() throws AibomException, IOException {
        Log log = log(Format.text);
        SpecVersion version = switch (specVersion.trim()) {
            case "1.6" -> SpecVersion.V1_6;
            case "1.7" -> SpecVersion.V1_7;
            default -> throw usage("--spec-version must be 1.6 or 1.7, not '" + specVersion + "'.");
        };
        if (version == SpecVersion.V1_7 && xml != null) {
            throw usage("--xml: CycloneDX 1.7 is written as JSON only; leave out --xml or write 1.6.");
        }
        Instant at = timestamp(log);
        Path descriptorPath = descriptor;
        Path baseDir = base != null ? base : descriptorPath.getParent();
        BomOptions options = BomOptions.at(at)
                .withAlgorithms(sha512 ? Set.of(HashAlgorithm.SHA_512) : Set.of())
                .withListener(progress(log))
                .withHub(HubOptions.of(Optional.ofNullable(hubUrl), "--hub-url", Optional.ofNullable(hubCache),
                        offline, context().environment()))
                .withModelTrust(trust.trust().modelTrust(context().clock().instant()))
                .withSpecVersion(version);
        if (hashCache != null) {
            options = options.withHashCache(hashCache);
        }
        if (threads != null) {
            if (threads < 1) {
                throw usage("--threads must be at least 1, not " + threads + ".");
            }
            options = options.withThreads(threads);
        }
        GenerateJob.run(new GenerateJob.Request(descriptorPath, baseDir, output, Optional.ofNullable(xml), options),
                log);
        return ExitCodes.OK;
    }

    /** --timestamp, else SOURCE_DATE_EPOCH, else now; the console says which. */
    private Instant timestamp(Log log) {
        String sourceDateEpoch = context().environment().get("SOURCE_DATE_EPOCH");
        try {
            if (timestamp != null) {
                return Timestamps.parse(timestamp).orElseThrow(() -> usage("--timestamp is empty."));
            }
            Optional<Instant> fromEnvironment = Timestamps.parse(sourceDateEpoch);
            if (fromEnvironment.isPresent()) {
                log.info("timestamp: " + fromEnvironment.get() + " (from SOURCE_DATE_EPOCH)");
                return fromEnvironment.get();
            }
        } catch (IllegalArgumentException e) {
            throw usage((timestamp != null ? "--timestamp" : "SOURCE_DATE_EPOCH") + ": " + e.getMessage() + ".");
        }
        Instant now = context().clock().instant();
        log.info("timestamp: " + now + " (now: no --timestamp and no SOURCE_DATE_EPOCH, so the BOM is not"
                + " reproducible)");
        return now;
    }
}
