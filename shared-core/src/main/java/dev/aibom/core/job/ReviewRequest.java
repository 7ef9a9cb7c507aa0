package dev.aibom.core.job;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Procurement's review of someone else's BOM in a CI step: schema, signature against trusted keys and the supplier
 * register's keys, controls, reports. Paths are relative to {@code workspace} unless absolute. Built by name
 * ({@link #builder}), so that the policy, register and waivers (all text) cannot be swapped without it showing.
 *
 * @param trustedKeys PEM files, or folders whose {@code *.pem} files are all trusted
 * @param policy      null: the built-in review policy
 * @param formats     report formats as the user wrote them ("json,html,markdown", "all"); null: the default
 * @param settings    the options every front end offers alike (failOn, unstableOn, ...)
 */
public record ReviewRequest(String workspace, String bom, List<String> trustedKeys, String suppliers, String policy,
                            String waivers, String outputDirectory, LocalDate today, String formats,
                            JudgingSettings settings)
        implements Serializable {
    private static final long serialVersionUID = 5L;

    public ReviewRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(bom, "bom");
        trustedKeys = List.copyOf(trustedKeys);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
    }

    /** A review of {@code bom} on {@code today}: no keys, register, policy or waivers named; reports in {@code aibom-review}. */
    public static Builder builder(String workspace, String bom, LocalDate today) {
        return new Builder(workspace, bom, today);
    }

    /** The same request for the workspace as the machine that runs it sees it (a Jenkins agent's path). */
    public ReviewRequest withWorkspace(String agentWorkspace) {
        return new ReviewRequest(agentWorkspace, bom, trustedKeys, suppliers, policy, waivers, outputDirectory, today,
                formats, settings);
    }

    /** Names every part; unset parts keep the defaults {@link #builder} says. */
    public static final class Builder {
        private final String workspace;
        private final String bom;
        private final LocalDate today;
        private List<String> trustedKeys = List.of();
        private String suppliers;
        private String policy;
        private String waivers;
        private String outputDirectory = "aibom-review";
        private String formats;
        private JudgingSettings settings = JudgingSettings.DEFAULTS;

        private Builder(String workspace, String bom, LocalDate today) {
            this.workspace = workspace;
            this.bom = bom;
            this.today = today;
        }

        public Builder trustedKeys(List<String> keys) {
            this.trustedKeys = keys;
            return this;
        }

        public Builder suppliers(String register) {
            this.suppliers = register;
            return this;
        }

        public Builder policy(String file) {
            this.policy = file;
            return this;
        }

        public Builder waivers(String file) {
            this.waivers = file;
            return this;
        }

        public Builder outputDirectory(String folder) {
            this.outputDirectory = folder;
            return this;
        }

        public Builder formats(String chosen) {
            this.formats = chosen;
            return this;
        }

        public Builder settings(JudgingSettings chosen) {
            this.settings = chosen;
            return this;
        }

        public ReviewRequest build() {
            return new ReviewRequest(workspace, bom, trustedKeys, suppliers, policy, waivers, outputDirectory, today,
                    formats, settings);
        }
    }
}
