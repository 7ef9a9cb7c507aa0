package dev.aibom.core.job;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.aibom.core.declare.DeclareOptions;

/**
 * Everything a CI adapter asks of aibom in one run: generate the BOM from a descriptor, optionally sign it, check the
 * controls and write the reports. Paths are relative to {@code workspace} unless absolute. Serializable so that it can
 * travel to the machine that holds the files (a Jenkins agent).
 *
 * @param keyFile           private key (PEM) to sign with; required when {@code sign}
 * @param passphraseVariable name of the environment variable holding the key's passphrase, if it is encrypted
 * @param environment       the build's environment (the passphrase variable and the Hub's HF_ENDPOINT, HF_TOKEN
 *                          and HUGGING_FACE_HUB_TOKEN are read from it)
 * @param scanPaths         folders and archives (relative to the workspace) to look into for model files the BOM must
 *                          declare; none: no discovery
 * @param declare           who declares, to write the ISO/IEC 42001 declarations into the BOM before it is signed;
 *                          null: no declarations
 * @param formats           report formats as the user wrote them ("json,html,markdown", "all"); null: the default
 * @param keyMaterial       the signing key held in memory (a CI credential) instead of {@code keyFile}; null: none
 * @param exportFormats     formats to export the BOM to besides CycloneDX ({@code spdx3}); null or blank: none
 * @param settings          the options every front end offers alike (failOn, unstableOn, ...)
 * @param signing           how to sign (algorithm, signers form) when {@code sign}; set without {@code sign}, an error
 * @param generating        how to generate (digests, threads, the Hub, the CycloneDX version)
 */
@RecordBuilder
public record PipelineRequest(String workspace, String descriptor, String policy, String suppliers, String waivers,
                              boolean sign, String keyFile, String passphraseVariable,
                              @RecordBuilder.Initializer("NO_KEYS") List<String> trustedKeys,
                              @RecordBuilder.Initializer("DEFAULT_OUTPUT") String outputDirectory,
                              Instant timestamp, LocalDate today,
                              @RecordBuilder.Initializer("NO_ENVIRONMENT") Map<String, String> environment,
                              @RecordBuilder.Initializer("NO_SCAN") List<String> scanPaths,
                              DeclareOptions declare, String formats,
                              KeyMaterial keyMaterial, String exportFormats,
                              @RecordBuilder.Initializer(value = "DEFAULTS", source = JudgingSettings.class)
                              JudgingSettings settings,
                              @RecordBuilder.Initializer(value = "DEFAULTS", source = SigningSettings.class)
                              SigningSettings signing,
                              @RecordBuilder.Initializer(value = "DEFAULTS", source = GeneratingSettings.class)
                              GeneratingSettings generating)
        implements Serializable {
    private static final long serialVersionUID = 6L;
    /** Where the reports go unless the request says otherwise. */
    public static final String DEFAULT_OUTPUT = "aibom";
    /** No key files named (the builder's default). */
    public static final List<String> NO_KEYS = List.of();
    /** No variable of the build's environment passed (the builder's default). */
    public static final Map<String, String> NO_ENVIRONMENT = Map.of();
    /** No folder looked into for model files (the builder's default). */
    public static final List<String> NO_SCAN = List.of();

    public PipelineRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(descriptor, "descriptor");
        trustedKeys = List.copyOf(trustedKeys);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(today, "today");
        environment = Map.copyOf(environment);
        scanPaths = List.copyOf(scanPaths);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(generating, "generating");
    }

    @Override
    public String toString() {
        // the environment may hold secrets: never print it
        return "PipelineRequest[workspace=" + workspace + ", descriptor=" + descriptor + ", sign=" + sign + ", scanPaths="
                + scanPaths + "]";
    }

    /** The same request for the workspace as the machine that runs it sees it (a Jenkins agent's path). */
    public PipelineRequest withWorkspace(String agentWorkspace) {
        return toBuilder().workspace(agentWorkspace).build();
    }

    /**
     * A request built by name: the workspace, the descriptor, the BOM's timestamp and the day it is judged on;
     * everything else unset (no policy, register or waivers named, not signed, reports in {@code aibom}, the default
     * report formats, no discovery, no declarations, no export). The builder is generated
     * ({@link PipelineRequestBuilder}): one setter per component, named as the component.
     */
    public static PipelineRequestBuilder builder(String workspace, String descriptor, Instant timestamp,
                                                 LocalDate today) {
        return PipelineRequestBuilder.builder().workspace(workspace).descriptor(descriptor).timestamp(timestamp)
                .today(today);
    }

    /** The same request, to change a part of it. */
    public PipelineRequestBuilder toBuilder() {
        return PipelineRequestBuilder.builder(this);
    }
}
