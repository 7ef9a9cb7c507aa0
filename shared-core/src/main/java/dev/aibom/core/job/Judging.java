package dev.aibom.core.job;

import dev.aibom.core.control.FailOn;
import dev.aibom.control.Severity;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.report.ReportOutput;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a BOM is judged, the same for a check of the build's own BOM ({@link CheckJob}) and a review of a supplier's
 * ({@link ReviewJob}): the policy, supplier register and waivers, the keys trusted, the day, the levels that fail the
 * build or make it unstable, the reports, and how large a BOM may be read. Built by name with {@link #builder()}, so
 * that two inputs of one type (policy and register are both {@link Input}s) cannot be swapped without it showing.
 *
 * @param settings the options every front end offers alike ({@link JudgingSettings}: failOn, requireAiComponents...)
 * @param reports  where the reports go, if anywhere
 * @param limits   the largest BOM read (the front end's maxBomSize), not a thread's setting
 */
public record Judging(Input policy, Input register, Input waivers, Trust trust, LocalDate today,
                      JudgingSettings settings, Optional<ReportOutput> reports, ReadLimits limits) {

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

    /** Judging on {@code today}; everything else unset (no policy, register or waivers, no trusted key, no reports). */
    public static Builder builder(LocalDate today) {
        return new Builder(today);
    }

    /** The same judging, to change one part of it. */
    public Builder toBuilder() {
        return new Builder(today).policy(policy).register(register).waivers(waivers).trust(trust).settings(settings)
                .reports(reports).limits(limits);
    }

    /** Names every part; unset parts keep the defaults {@link #builder} says. */
    public static final class Builder {
        private final LocalDate today;
        private Input policy = Input.none("policy");
        private Input register = Input.none("suppliers");
        private Input waivers = Input.none("waivers");
        private Trust trust = Trust.NONE;
        private JudgingSettings settings = JudgingSettings.DEFAULTS;
        private Optional<ReportOutput> reports = Optional.empty();
        private ReadLimits limits = ReadLimits.DEFAULT;

        private Builder(LocalDate today) {
            this.today = Objects.requireNonNull(today, "today");
        }

        public Builder policy(Input policy) {
            this.policy = policy;
            return this;
        }

        public Builder register(Input register) {
            this.register = register;
            return this;
        }

        public Builder waivers(Input waivers) {
            this.waivers = waivers;
            return this;
        }

        public Builder trust(Trust trust) {
            this.trust = trust;
            return this;
        }

        /** The options the user set in a front end ({@link JudgingSettings#of}). */
        public Builder settings(JudgingSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder failOn(Optional<FailOn> failOn) {
            return settings(settings.withFailOn(failOn));
        }

        public Builder unstableOn(Optional<Severity> unstableOn) {
            return settings(settings.withUnstableOn(unstableOn));
        }

        public Builder requireAiComponents(boolean requireAiComponents) {
            return settings(settings.withRequireAiComponents(requireAiComponents));
        }

        public Builder reports(Optional<ReportOutput> reports) {
            this.reports = reports;
            return this;
        }

        public Builder reports(ReportOutput reports) {
            return reports(Optional.of(reports));
        }

        public Builder registerTimeout(Duration registerTimeout) {
            return settings(settings.withRegisterTimeout(registerTimeout));
        }

        public Builder limits(ReadLimits limits) {
            this.limits = limits;
            return this;
        }

        public Judging build() {
            return new Judging(policy, register, waivers, trust, today, settings, reports, limits);
        }
    }
}
