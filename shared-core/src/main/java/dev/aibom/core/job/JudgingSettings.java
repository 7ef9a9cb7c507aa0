package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.control.FailOn;
import dev.aibom.control.Severity;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.OptionSpec;
import dev.aibom.core.settings.SettingValues;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options of judging a BOM that the front ends offer alike, for a check of the build's own BOM and a review of a
 * supplier's: declared once here ({@link #OPTIONS}, with their help), parsed once here ({@link #of}), used by
 * {@link Evaluation}. The command line adds them to {@code check} and {@code review}, the Maven plugin's
 * {@code check} and {@code review} goals and the Jenkins steps {@code aibom} and {@code aibomVerify} get them from code
 * generated at build time, and {@code docs/options.md} lists them: a new option is a field, its {@link OptionSpec},
 * one line in {@link #of}, and its use.
 *
 * <p>Inputs that name files (policy, register, waivers, keys) and the reports are not here: each front end resolves
 * them against its own folders and conventions before the job runs.
 *
 * @param failOn                 overrides the policy's failOn; null: the policy's
 * @param unstableOn             the lowest severity that makes a build unstable when it does not fail; null: never
 * @param requireAiComponents    a BOM without models, datasets and AI services fails
 * @param registerTimeoutSeconds how long a supplier register given as an https URL may take
 * @param requireSignedBom       a BOM without a valid signature by a trusted key fails
 */
public record JudgingSettings(FailOn failOn, Severity unstableOn, boolean requireAiComponents,
                              int registerTimeoutSeconds, boolean requireSignedBom) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final OptionSpec FAIL_ON = OptionSpec.value("failOn", "LEVEL", "Fail the build on",
            "`error`, `warning` or `never`: the lowest severity of a violation that fails the build (the command line"
                    + " exits with 3). Not set: the policy's `failOn`. An INVALID signature always fails.");
    public static final OptionSpec UNSTABLE_ON = OptionSpec.value("unstableOn", "LEVEL", "Mark the build unstable on",
            "`error`, `warning`, `info` or `never`: the lowest severity of a violation that marks the build and the"
                    + " stage UNSTABLE when it does not fail them. Not set or `never`: never unstable.")
            .only(FrontEnd.JENKINS);
    public static final OptionSpec REQUIRE_AI_COMPONENTS = OptionSpec.flag("requireAiComponents",
            "Require AI components", "Fail when the BOM lists no model, dataset or AI service: it is then a software"
                    + " SBOM, not an AI-BOM, and the AI controls have nothing to judge. Without this, such a BOM gets a"
                    + " warning (`ai-components-present`).");
    public static final OptionSpec REGISTER_TIMEOUT_SECONDS = OptionSpec.value("registerTimeoutSeconds", "SECONDS",
            "Supplier register timeout (seconds)", "How long to wait, in whole seconds from 1 to 600, for a supplier"
                    + " register given as an https URL, the body included. A register that does not answer in time"
                    + " fails the build: it is never treated as empty.").defaultingTo("20")
            .commandLineName("--register-timeout");
    public static final OptionSpec REQUIRE_SIGNED_BOM = OptionSpec.flag("requireSignedBom",
            "Require a trusted signature", "Fail when the BOM is not signed by a trusted key (for a supplier's BOM: a"
                    + " key the supplier register lists for that supplier): the control `bom-signed` (in a review"
                    + " `supplier-bom-signed`) is judged at error whatever the policy says. Without this, an unsigned"
                    + " BOM of the build's own gets a warning.");

    /** Every option, in the order the front ends show them. */
    public static final List<OptionSpec> OPTIONS = List.of(FAIL_ON, UNSTABLE_ON, REQUIRE_AI_COMPONENTS,
            REGISTER_TIMEOUT_SECONDS, REQUIRE_SIGNED_BOM);

    /** Nothing set: the policy's failOn, never unstable, AI components not required, 20 seconds, no signature required. */
    public static final JudgingSettings DEFAULTS = new JudgingSettings(null, null, false, 20, false);

    public JudgingSettings {
        if (registerTimeoutSeconds < 1 || registerTimeoutSeconds > 600) {
            throw new IllegalArgumentException("registerTimeoutSeconds must be 1 to 600, not "
                    + registerTimeoutSeconds);
        }
    }

    /** The settings the user wrote in one front end; a bad value is an error naming the option as it spelt it. */
    public static JudgingSettings of(SettingValues values) throws AibomException {
        return new JudgingSettings(
                values.get(FAIL_ON, JudgingSettings::failOnLevel).orElse(null),
                values.get(UNSTABLE_ON, JudgingSettings::unstableLevel).flatMap(level -> level).orElse(null),
                values.flag(REQUIRE_AI_COMPONENTS),
                values.get(REGISTER_TIMEOUT_SECONDS, SettingValues.wholeNumber(1, 600, "seconds")).orElseThrow(),
                values.flag(REQUIRE_SIGNED_BOM));
    }

    public Optional<FailOn> failOnOverride() {
        return Optional.ofNullable(failOn);
    }

    public Optional<Severity> unstableLevel() {
        return Optional.ofNullable(unstableOn);
    }

    public Duration registerTimeout() {
        return Duration.ofSeconds(registerTimeoutSeconds);
    }

    public JudgingSettings withFailOn(Optional<FailOn> level) {
        return new JudgingSettings(level.orElse(null), unstableOn, requireAiComponents, registerTimeoutSeconds,
                requireSignedBom);
    }

    public JudgingSettings withUnstableOn(Optional<Severity> level) {
        return new JudgingSettings(failOn, level.orElse(null), requireAiComponents, registerTimeoutSeconds,
                requireSignedBom);
    }

    public JudgingSettings withRequireAiComponents(boolean required) {
        return new JudgingSettings(failOn, unstableOn, required, registerTimeoutSeconds, requireSignedBom);
    }

    public JudgingSettings withRegisterTimeout(Duration timeout) {
        return new JudgingSettings(failOn, unstableOn, requireAiComponents, Math.toIntExact(timeout.toSeconds()),
                requireSignedBom);
    }

    private static FailOn failOnLevel(String value) {
        try {
            return FailOn.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be error, warning or never, not '" + value + "'");
        }
    }

    private static Optional<Severity> unstableLevel(String value) {
        if (value.equalsIgnoreCase("never")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be error, warning, info or never, not '" + value + "'");
        }
    }
}
