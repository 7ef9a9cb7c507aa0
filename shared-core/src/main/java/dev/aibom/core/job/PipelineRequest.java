package dev.aibom.core.job;

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
 */
public record PipelineRequest(String workspace, String descriptor, String policy, String suppliers, String waivers,
                              boolean sign, String keyFile, String passphraseVariable, List<String> trustedKeys,
                              String outputDirectory, Instant timestamp,
                              LocalDate today, Map<String, String> environment, List<String> scanPaths,
                              DeclareOptions declare, String formats,
                              KeyMaterial keyMaterial, String exportFormats, JudgingSettings settings)
        implements Serializable {
    private static final long serialVersionUID = 4L;

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
     * report formats, no discovery, no declarations, no export).
     */
    public static Builder builder(String workspace, String descriptor, Instant timestamp, LocalDate today) {
        return new Builder(workspace, descriptor, timestamp, today);
    }

    /** The same request, to change a part of it. */
    public Builder toBuilder() {
        Builder b = new Builder(workspace, descriptor, timestamp, today);
        b.policy = policy;
        b.suppliers = suppliers;
        b.waivers = waivers;
        b.sign = sign;
        b.keyFile = keyFile;
        b.passphraseVariable = passphraseVariable;
        b.trustedKeys = trustedKeys;
        b.outputDirectory = outputDirectory;
        b.environment = environment;
        b.scanPaths = scanPaths;
        b.declare = declare;
        b.formats = formats;
        b.keyMaterial = keyMaterial;
        b.exportFormats = exportFormats;
        b.settings = settings;
        return b;
    }

    /** Names each part of a {@link PipelineRequest}; the parameters' meanings are the record's. */
    public static final class Builder {
        private String workspace;
        private final String descriptor;
        private final Instant timestamp;
        private final LocalDate today;
        private String policy;
        private String suppliers;
        private String waivers;
        private boolean sign;
        private String keyFile;
        private String passphraseVariable;
        private List<String> trustedKeys = List.of();
        private String outputDirectory = "aibom";
        private Map<String, String> environment = Map.of();
        private List<String> scanPaths = List.of();
        private DeclareOptions declare;
        private String formats;
        private KeyMaterial keyMaterial;
        private String exportFormats;
        private JudgingSettings settings = JudgingSettings.DEFAULTS;

        private Builder(String workspace, String descriptor, Instant timestamp, LocalDate today) {
            this.workspace = workspace;
            this.descriptor = descriptor;
            this.timestamp = timestamp;
            this.today = today;
        }

        public Builder workspace(String workspace) {
            this.workspace = workspace;
            return this;
        }

        public Builder policy(String policy) {
            this.policy = policy;
            return this;
        }

        public Builder suppliers(String suppliers) {
            this.suppliers = suppliers;
            return this;
        }

        public Builder waivers(String waivers) {
            this.waivers = waivers;
            return this;
        }

        public Builder sign(boolean sign, String keyFile, String passphraseVariable) {
            this.sign = sign;
            this.keyFile = keyFile;
            this.passphraseVariable = passphraseVariable;
            return this;
        }

        public Builder keyMaterial(KeyMaterial keyMaterial) {
            this.keyMaterial = keyMaterial;
            return this;
        }

        public Builder trustedKeys(List<String> trustedKeys) {
            this.trustedKeys = trustedKeys;
            return this;
        }

        public Builder outputDirectory(String outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        public Builder scanPaths(List<String> scanPaths) {
            this.scanPaths = scanPaths;
            return this;
        }

        public Builder declare(DeclareOptions declare) {
            this.declare = declare;
            return this;
        }

        public Builder formats(String formats) {
            this.formats = formats;
            return this;
        }

        public Builder exportFormats(String exportFormats) {
            this.exportFormats = exportFormats;
            return this;
        }

        public Builder settings(JudgingSettings settings) {
            this.settings = settings;
            return this;
        }

        public PipelineRequest build() {
            return new PipelineRequest(workspace, descriptor, policy, suppliers, waivers, sign, keyFile,
                    passphraseVariable, trustedKeys, outputDirectory, timestamp, today,
                    environment, scanPaths, declare, formats, keyMaterial, exportFormats, settings);
        }
    }
}
