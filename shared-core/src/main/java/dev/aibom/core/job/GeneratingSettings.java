package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.hub.HubOptions;
import dev.aibom.core.settings.OptionSpec;
import dev.aibom.core.settings.SettingValues;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a BOM is generated, as every front end offers it ({@code aibom generate}, {@code aibom:generate}, the Jenkins
 * step {@code aibom}): declared once here ({@link #OPTIONS}), parsed once here ({@link #of}). The descriptor, the
 * output, the caches and the keys are not here: they name files, which each front end resolves its own way.
 *
 * @param sha512         record SHA-512 digests besides SHA-256
 * @param hashThreads    files hashed at once; 0: one per processor
 * @param hubUrl         the Hub endpoint as the user set it; null: {@code HF_ENDPOINT}, else the public Hub
 * @param hubUrlSetting  how the front end spells the endpoint's option, for messages ({@code --hub-url})
 * @param offline        never ask the Hub
 * @param specVersion    the CycloneDX version written
 */
public record GeneratingSettings(boolean sha512, int hashThreads, String hubUrl, String hubUrlSetting,
                                 boolean offline, SpecVersion specVersion) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The most files hashed at once. */
    public static final int MAX_THREADS = 256;

    public static final OptionSpec SHA512 = OptionSpec.flag("sha512", "Also record SHA-512 digests",
            "Record SHA-512 digests of the model and data files besides the SHA-256 ones.");
    public static final OptionSpec HASH_THREADS = OptionSpec.number("hashThreads", "N", "Files hashed at once",
            "How many files to hash at once, from 1 to 256; 0: one per processor.", 0)
            .commandLineName("--threads");
    public static final OptionSpec HUB_URL = OptionSpec.value("hubUrl", "URL", "Hugging Face Hub URL",
            "The Hugging Face Hub (or a mirror) that resolves `hf://` references. Not set: the environment variable"
                    + " `HF_ENDPOINT`, else `https://huggingface.co`. A token for gated or private repositories is"
                    + " read from `HF_TOKEN` (or `HUGGING_FACE_HUB_TOKEN`); it is sent only to this host and never"
                    + " logged.");
    public static final OptionSpec OFFLINE = OptionSpec.flag("offline", "Never ask the Hub",
            "Never ask the Hub: every `hf://` reference must be a pinned commit in a cache. Maven is also offline"
                    + " under `mvn -o`, and `HF_HUB_OFFLINE=1` in the environment has the same effect everywhere.");
    public static final OptionSpec SPEC_VERSION = OptionSpec.value("specVersion", "VERSION", "CycloneDX version",
            "The CycloneDX version to write: `1.6`, or `1.7` (JSON only, validated against the 1.7 schema).")
            .defaultingTo("1.6");

    /** Every option, in the order the front ends show them. */
    public static final List<OptionSpec> OPTIONS = List.of(SHA512, HASH_THREADS, HUB_URL, OFFLINE, SPEC_VERSION);

    /** Nothing set: SHA-256 only, one thread per processor, the Hub from the environment, online, CycloneDX 1.6. */
    public static final GeneratingSettings DEFAULTS = new GeneratingSettings(false, 0, null, "hubUrl", false,
            SpecVersion.V1_6);

    public GeneratingSettings {
        if (hashThreads < 0 || hashThreads > MAX_THREADS) {
            throw new IllegalArgumentException("hashThreads must be 0 to " + MAX_THREADS + ", not " + hashThreads);
        }
        Objects.requireNonNull(hubUrlSetting, "hubUrlSetting");
        Objects.requireNonNull(specVersion, "specVersion");
    }

    /** The settings the user wrote in one front end; a bad value is an error naming the option as it spelt it. */
    public static GeneratingSettings of(SettingValues values) throws AibomException {
        String setting = HUB_URL.spelling(values.frontEnd());
        String hubUrl = values.get(HUB_URL, text -> text).orElse(null);
        if (hubUrl != null) {
            // the endpoint is checked now, where the user can still be told which option to mend
            HubOptions.of(Optional.of(hubUrl), setting, Optional.empty(), true, Map.of());
        }
        return new GeneratingSettings(values.flag(SHA512),
                values.get(HASH_THREADS, SettingValues.wholeNumber(0, MAX_THREADS, "files")).orElseThrow(), hubUrl,
                setting, values.flag(OFFLINE), values.get(SPEC_VERSION, GeneratingSettings::version).orElseThrow());
    }

    /**
     * {@code options} with these settings: digests, threads, the Hub (its cache and the environment that may hold
     * {@code HF_ENDPOINT}, {@code HF_HUB_OFFLINE} and the token) and the version.
     *
     * @param offlineElsewhere the front end's own reason to stay offline (Maven's {@code mvn -o})
     */
    public BomOptions apply(BomOptions options, Optional<Path> hubCache, boolean offlineElsewhere,
                            Map<String, String> environment) throws AibomException {
        return options.withAlgorithms(sha512 ? Set.of(HashAlgorithm.SHA_512) : Set.of()).withThreads(hashThreads)
                .withHub(HubOptions.of(Optional.ofNullable(hubUrl), hubUrlSetting, hubCache,
                        offline || offlineElsewhere, environment))
                .withSpecVersion(specVersion);
    }

    private static SpecVersion version(String text) {
        return switch (text) {
            case "1.6" -> SpecVersion.V1_6;
            case "1.7" -> SpecVersion.V1_7;
            default -> throw new IllegalArgumentException("must be 1.6 or 1.7, not '" + text + "'");
        };
    }
}
