package dev.aibom.core.job;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
public record ReviewRequest(String workspace, String bom,
                            @RecordBuilder.Initializer(value = "NO_KEYS", source = PipelineRequest.class)
                            List<String> trustedKeys,
                            String suppliers, String policy, String waivers,
                            @RecordBuilder.Initializer("DEFAULT_OUTPUT") String outputDirectory,
                            LocalDate today, String formats,
                            @RecordBuilder.Initializer(value = "DEFAULTS", source = JudgingSettings.class)
                            JudgingSettings settings)
        implements Serializable {
    private static final long serialVersionUID = 5L;
    /** Where the reports go unless the request says otherwise. */
    public static final String DEFAULT_OUTPUT = "aibom-review";

    public ReviewRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(bom, "bom");
        trustedKeys = List.copyOf(trustedKeys);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * A review of {@code bom} on {@code today}: no keys, register, policy or waivers named; reports in
     * {@code aibom-review}. The builder is generated ({@link ReviewRequestBuilder}): one setter per component.
     */
    public static ReviewRequestBuilder builder(String workspace, String bom, LocalDate today) {
        return ReviewRequestBuilder.builder().workspace(workspace).bom(bom).today(today);
    }

    /** The same request for the workspace as the machine that runs it sees it (a Jenkins agent's path). */
    public ReviewRequest withWorkspace(String agentWorkspace) {
        return ReviewRequestBuilder.builder(this).workspace(agentWorkspace).build();
    }
}
