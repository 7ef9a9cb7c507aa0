package dev.aibom.core.job;

import dev.aibom.core.control.FailOn;
import dev.aibom.control.Severity;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.report.ReportOutput;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a BOM is judged, the same for a check of the build's own BOM ({@link CheckJob}) and a review of a supplier's
 * ({@link ReviewJob}): the policy, supplier register and waivers, the keys trusted, the day, the levels that fail the
 * build or make it unstable, the reports, and how large a BOM may be read. Built by name with {@link #builder}, so
 * that two inputs of one type (policy and register are both {@link Input}s) cannot be swapped without it showing.
 *
 * @param settings the options every front end offers alike ({@link JudgingSettings}: failOn, requireAiComponents...)
 * @param reports  where the reports go, if anywhere
 * @param limits   the largest BOM read (the front end's maxBomSize), not a thread's setting
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true, addConcreteSettersForOptional = true)
public record Judging(@RecordBuilder.Initializer("NO_POLICY") Input policy,
                      @RecordBuilder.Initializer("NO_REGISTER") Input register,
                      @RecordBuilder.Initializer("NO_WAIVERS") Input waivers,
                      @RecordBuilder.Initializer(value = "NONE", source = Trust.class) Trust trust,
                      LocalDate today,
                      @RecordBuilder.Initializer(value = "DEFAULTS", source = JudgingSettings.class)
                      JudgingSettings settings,
                      Optional<ReportOutput> reports,
                      @RecordBuilder.Initializer(value = "DEFAULT", source = ReadLimits.class) ReadLimits limits) {
    public static final Input NO_POLICY = Input.none("policy");
    public static final Input NO_REGISTER = Input.none("suppliers");
    public static final Input NO_WAIVERS = Input.none("waivers");

    public Judging {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(limits, "limits");
    }

    public Optional<FailOn> failOn() {
        return settings.failOnOverride();
    }

    public Optional<Severity> unstableOn() {
        return settings.unstableLevel();
    }

    public boolean requireAiComponents() {
        return settings.requireAiComponents();
    }

    public Duration registerTimeout() {
        return settings.registerTimeout();
    }

    /**
     * Judging on {@code today}; everything else unset (no policy, register or waivers, no trusted key, the default
     * settings, no reports, the default read limit). The builder is generated ({@link JudgingBuilder}, by
     * RecordBuilder): one setter per component, named as the component.
     */
    public static JudgingBuilder builder(LocalDate today) {
        return JudgingBuilder.builder().today(today);
    }

    /** The same judging, to change one part of it. */
    public JudgingBuilder toBuilder() {
        return JudgingBuilder.builder(this);
    }

    /** The same judging with the register waited for at most {@code timeout} (its other settings kept). */
    public Judging withRegisterTimeout(Duration timeout) {
        return toBuilder().settings(settings.withRegisterTimeout(timeout)).build();
    }
}
