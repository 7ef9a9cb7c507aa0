package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.Timestamps;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.GeneratingSettings;
import dev.aibom.core.job.OptionCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Hash the model and data files a descriptor names and write the system's CycloneDX 1.6 AI-BOM"
                + " (validated against the official schema before it is written).")
final class GenerateCommand extends JobCommand implements SettingsOptions.Offering {
    /** How: --sha512, --threads, --hub-url, --offline, --spec-version, as every front end offers them. */
    @Override
    public OptionCatalogue.Group settings() {
        return OptionCatalogue.GENERATING;
    }

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

    @Option(names = "--hub-cache", paramLabel = "DIR",
            description = "the cache of resolved Hub commits; default: ~/.cache/aibom/hub (a project can also commit"
                    + " entries in .aibom/hub-cache beside its descriptor)")
    Path hubCache;

    @Option(names = "--hash-cache", paramLabel = "DIR",
            description = "keep digests here and do not read again files whose path, size, modification time and"
                    + " file key are unchanged (verify never uses it); default: no cache")
    Path hashCache;

    /** Whose model signatures (model.sig, OpenSSF Model Signing) count: the same options as for BOM signatures. */
    @Mixin
    TrustOptions trust;

    @Override
    public Integer call() throws AibomException, IOException {
        Log log = log(Format.text);
        GeneratingSettings settings = SettingsOptions.read(this, OptionCatalogue.GENERATING, GeneratingSettings::of);
        if (settings.specVersion() == SpecVersion.V1_7 && xml != null) {
            throw usage("--xml: CycloneDX 1.7 is written as JSON only; leave out --xml or write 1.6.");
        }
        Instant at = timestamp(log);
        Path descriptorPath = descriptor;
        Path baseDir = base != null ? base : descriptorPath.getParent();
        BomOptions options = settings.apply(BomOptions.at(at).withListener(progress(log)), Optional.ofNullable(hubCache),
                        false, context().environment())
                .withModelTrust(trust.trust().modelTrust(context().clock().instant()));
        if (hashCache != null) {
            options = options.withHashCache(hashCache);
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
