package dev.aibom.core.job;

import dev.aibom.core.control.FailOn;
import dev.aibom.core.control.Severity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * @param unstableOn        lowest severity that makes the build unstable (when it does not fail it)
 * @param scanPaths         folders and archives (relative to the workspace) to look into for model files the BOM must
 *                          declare; none: no discovery
 * @param declare           who declares, to write the ISO/IEC 42001 declarations into the BOM before it is signed;
 *                          null: no declarations
 * @param formats           report formats as the user wrote them ("json,html,markdown", "all"); null: the default
 * @param keyMaterial       the signing key held in memory (a CI credential) instead of {@code keyFile}; null: none
 * @param exportFormats     formats to export the BOM to besides CycloneDX ({@code spdx3}); null or blank: none
 * @param requireAiComponents a BOM without models, datasets and AI services fails
 * @param registerTimeout   how long a supplier register given as a URL may take; null: 20 seconds
 */
public record PipelineRequest(String workspace, String descriptor, String policy, String suppliers, String waivers,
                              boolean sign, String keyFile, String passphraseVariable, List<String> trustedKeys,
                              String outputDirectory, FailOn failOn, Severity unstableOn, Instant timestamp,
                              LocalDate today, Map<String, String> environment, List<String> scanPaths,
                              DeclareOptions declare, String formats,
                              KeyMaterial keyMaterial, String exportFormats, boolean requireAiComponents,
                              Duration registerTimeout)
        implements Serializable {
    private static final long serialVersionUID = 3L;

    public PipelineRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(descriptor, "descriptor");
        trustedKeys = List.copyOf(trustedKeys);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(today, "today");
        environment = Map.copyOf(environment);
        scanPaths = List.copyOf(scanPaths);
        registerTimeout = registerTimeout == null ? Judging.DEFAULT_REGISTER_TIMEOUT : registerTimeout;
    }

    /** Without discovery. */
    public PipelineRequest(String workspace, String descriptor, String policy, String suppliers, String waivers,
                           boolean sign, String keyFile, String passphraseVariable, List<String> trustedKeys,
                           String outputDirectory, FailOn failOn, Severity unstableOn, Instant timestamp,
                           LocalDate today, Map<String, String> environment) {
        this(workspace, descriptor, policy, suppliers, waivers, sign, keyFile, passphraseVariable, trustedKeys,
                outputDirectory, failOn, unstableOn, timestamp, today, environment, List.of(), null, null, null, null, false,
                null);
    }

    /** The same request, looking into these paths for model files. */
    public PipelineRequest withScanPaths(List<String> paths) {
        return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                paths, declare, formats, keyMaterial, exportFormats, requireAiComponents,
                registerTimeout);
    }

    /** The same request, writing declarations by {@code who} into the BOM before it is signed. */
    public PipelineRequest withDeclare(DeclareOptions who) {
        return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                scanPaths, who, formats, keyMaterial, exportFormats, requireAiComponents,
                registerTimeout);
    }

    /** The same request for the workspace as the machine that runs it sees it (a Jenkins agent's path). */
    public PipelineRequest withWorkspace(String agentWorkspace) {
        return new PipelineRequest(agentWorkspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                scanPaths, declare, formats, keyMaterial, exportFormats, requireAiComponents,
                registerTimeout);
    }

    /** The same request, writing these report formats. */
    public PipelineRequest withFormats(String chosen) {
        return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                scanPaths, declare, chosen, keyMaterial, exportFormats, requireAiComponents,
                registerTimeout);
    }

    /** The same request, signing with a key held in memory. */
    public PipelineRequest withKeyMaterial(KeyMaterial key) {
        return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                scanPaths, declare, formats, key, exportFormats, requireAiComponents,
                registerTimeout);
    }

    /** The same request, exporting the BOM to these formats as well. */
    public PipelineRequest withExportFormats(String chosen) {
        return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                scanPaths, declare, formats, keyMaterial, chosen, requireAiComponents,
                registerTimeout);
    }

    /** The same request, failing a BOM without models, datasets and AI services. */
    public PipelineRequest withRequireAiComponents(boolean required) {
        return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                scanPaths, declare, formats, keyMaterial, exportFormats, required, registerTimeout);
    }

    /** The same request, waiting this long for a supplier register given as a URL. */
    public PipelineRequest withRegisterTimeout(Duration timeout) {
        return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                passphraseVariable, trustedKeys, outputDirectory, failOn, unstableOn, timestamp, today, environment,
                scanPaths, declare, formats, keyMaterial, exportFormats, requireAiComponents, timeout);
    }

    public Optional<FailOn> failOnOverride() {
        return Optional.ofNullable(failOn);
    }

    public Optional<Severity> unstableLevel() {
        return Optional.ofNullable(unstableOn);
    }

    @Override
    public String toString() {
        // the environment may hold secrets: never print it
        return "PipelineRequest[workspace=" + workspace + ", descriptor=" + descriptor + ", sign=" + sign + ", scanPaths="
                + scanPaths + "]";
    }
}
