package dev.aibom.core.bom;

import dev.aibom.core.modelsig.ModelTrust;

import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.hub.HubOptions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import dev.aibom.core.hash.HashCache;

/**
 * How to generate a BOM.
 *
 * @param timestamp  the BOM's {@code metadata.timestamp}; the plugins pass {@code project.build.outputTimestamp} or
 *                   {@code SOURCE_DATE_EPOCH} so that builds are reproducible. Truncated to whole seconds.
 * @param algorithms digests to record besides SHA-256
 * @param threads    files hashed at once, 0 for one per processor
 * @param xml        also produce the XML form
 * @param hub        how {@code hf://} references are resolved (the Hub, its cache, offline)
 */
public record BomOptions(Instant timestamp, Set<HashAlgorithm> algorithms, int threads, HashListener listener,
                         boolean xml, HubOptions hub, java.util.Optional<java.nio.file.Path> hashCache,
                         ModelTrust modelTrust, SpecVersion specVersion) {
    public BomOptions {
        Objects.requireNonNull(timestamp, "timestamp");
        timestamp = timestamp.truncatedTo(ChronoUnit.SECONDS);
        EnumSet<HashAlgorithm> all = EnumSet.of(HashAlgorithm.SHA_256);
        all.addAll(algorithms);
        algorithms = Set.copyOf(all);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
        listener = listener == null ? HashListener.NONE : listener;
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(modelTrust, "modelTrust");
        Objects.requireNonNull(specVersion, "specVersion");
        if (specVersion != SpecVersion.V1_6 && specVersion != SpecVersion.V1_7) {
            throw new IllegalArgumentException("aibom writes CycloneDX 1.6 (the default) or 1.7, not "
                    + specVersion.text());
        }
        if (xml && specVersion == SpecVersion.V1_7) {
            throw new IllegalArgumentException("CycloneDX 1.7 is written as JSON only; leave out the XML output or"
                    + " write 1.6");
        }
    }

    /**
     * SHA-256, as many threads as processors, no XML, no hash cache, and the Hub offline (its caches only): going
     * online is the front end's choice ({@link #withHub}).
     */
    public static BomOptions at(Instant timestamp) {
        return new BomOptions(timestamp, Set.of(HashAlgorithm.SHA_256), 0, HashListener.NONE, false,
                HubOptions.offline(HubOptions.defaultCache()), java.util.Optional.empty(), ModelTrust.NONE,
                SpecVersion.V1_6);
    }

    public BomOptions withAlgorithms(Set<HashAlgorithm> more) {
        return new BomOptions(timestamp, more, threads, listener, xml, hub, hashCache, modelTrust, specVersion);
    }

    public BomOptions withListener(HashListener newListener) {
        return new BomOptions(timestamp, algorithms, threads, newListener, xml, hub, hashCache, modelTrust,
                specVersion);
    }

    public BomOptions withXml(boolean withXml) {
        return new BomOptions(timestamp, algorithms, threads, listener, withXml, hub, hashCache, modelTrust,
                specVersion);
    }

    public BomOptions withHub(HubOptions newHub) {
        return new BomOptions(timestamp, algorithms, threads, listener, xml, newHub, hashCache, modelTrust,
                specVersion);
    }

    /** Answer unchanged files from the hash cache in this folder ({@link HashCache}). */
    public BomOptions withHashCache(java.nio.file.Path folder) {
        return new BomOptions(timestamp, algorithms, threads, listener, xml, hub,
                java.util.Optional.of(folder), modelTrust, specVersion);
    }

    /** Trust these keys and CA roots for models' OpenSSF Model Signing signatures ({@code model.sig}). */
    public BomOptions withModelTrust(ModelTrust trust) {
        return new BomOptions(timestamp, algorithms, threads, listener, xml, hub, hashCache, trust, specVersion);
    }

    /** Write this CycloneDX version (1.6, the default, or 1.7: JSON only). */
    public BomOptions withSpecVersion(SpecVersion version) {
        return new BomOptions(timestamp, algorithms, threads, listener, xml, hub, hashCache, modelTrust, version);
    }

    public BomOptions withThreads(int newThreads) {
        return new BomOptions(timestamp, algorithms, newThreads, listener, xml, hub, hashCache, modelTrust,
                specVersion);
    }
}
