package dev.aibom.core.job;

import dev.aibom.core.control.FailOn;
import dev.aibom.core.control.Severity;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Procurement's review of someone else's BOM in a CI step: schema, signature against trusted keys and the supplier
 * register's keys, controls, reports. Paths are relative to {@code workspace} unless absolute.
 *
 * @param trustedKeys         PEM files, or folders whose {@code *.pem} files are all trusted
 * @param policy              null: the built-in review policy
 * @param requireAiComponents a BOM without models, datasets and AI services fails
 * @param formats             report formats as the user wrote them ("json,html,markdown", "all"); null: the default
 * @param registerTimeout     how long a supplier register given as a URL may take; null: 20 seconds
 */
public record ReviewRequest(String workspace, String bom, List<String> trustedKeys, String suppliers, String policy,
                            String waivers, String outputDirectory, FailOn failOn, Severity unstableOn,
                            boolean requireAiComponents, LocalDate today, String formats,
                            Duration registerTimeout)
        implements Serializable {
    private static final long serialVersionUID = 4L;

    public ReviewRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(bom, "bom");
        trustedKeys = List.copyOf(trustedKeys);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(today, "today");
        registerTimeout = registerTimeout == null ? Judging.DEFAULT_REGISTER_TIMEOUT : registerTimeout;
    }

    /** The same request for the workspace as the machine that runs it sees it (a Jenkins agent's path). */
    public ReviewRequest withWorkspace(String agentWorkspace) {
        return new ReviewRequest(agentWorkspace, bom, trustedKeys, suppliers, policy, waivers, outputDirectory, failOn,
                unstableOn, requireAiComponents, today, formats, registerTimeout);
    }

    /** Without a choice of report formats: the default ones. */
    public ReviewRequest(String workspace, String bom, List<String> trustedKeys, String suppliers, String policy,
                         String waivers, String outputDirectory, FailOn failOn, Severity unstableOn,
                         boolean requireAiComponents, LocalDate today) {
        this(workspace, bom, trustedKeys, suppliers, policy, waivers, outputDirectory, failOn, unstableOn,
                requireAiComponents, today, null, null);
    }

    /** The same request, writing these report formats. */
    public ReviewRequest withFormats(String chosen) {
        return new ReviewRequest(workspace, bom, trustedKeys, suppliers, policy, waivers, outputDirectory, failOn,
                unstableOn, requireAiComponents, today, chosen, registerTimeout);
    }

    /** The same request, waiting this long for a supplier register given as a URL. */
    public ReviewRequest withRegisterTimeout(Duration timeout) {
        return new ReviewRequest(workspace, bom, trustedKeys, suppliers, policy, waivers, outputDirectory, failOn,
                unstableOn, requireAiComponents, today, formats, timeout);
    }

    public Optional<FailOn> failOnOverride() {
        return Optional.ofNullable(failOn);
    }
}
