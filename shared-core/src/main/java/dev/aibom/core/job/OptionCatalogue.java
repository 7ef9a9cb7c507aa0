package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.settings.OptionException;
import dev.aibom.core.settings.OptionSpec;
import dev.aibom.core.settings.SettingValues;

import java.util.List;
import java.util.Objects;

/**
 * The settings types whose options every front end offers from their one declaration: what {@code docs/options.md}
 * lists ({@link OptionDocs}) and what the Maven and Jenkins plugins generate their parameters from at build time
 * ({@link OptionSources}).
 */
public final class OptionCatalogue {
    private OptionCatalogue() {
    }

    /**
     * One settings type.
     *
     * @param title        the heading in docs/options.md
     * @param where        which commands, goals and steps offer the options
     * @param settingsType the record that parses them
     * @param options      its options, in the order they are shown
     * @param baseName     the name of the generated Maven mojo base ({@code JudgingMojo}) and Jenkins step base
     *                     ({@code JudgingStepSettings}) prefix: {@code Judging}
     * @param parser       the settings type's parser: a front end that checks a value as it reads it (the command
     *                     line's) calls it with that one value
     */
    public record Group(String title, String where, Class<?> settingsType, List<OptionSpec> options,
                        String baseName, Parser parser) {
        public Group {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(where, "where");
            options = List.copyOf(options);
            Objects.requireNonNull(parser, "parser");
        }

        /**
         * Checks one value as the settings type would: an {@link OptionException} of that option when it is bad.
         * What the type says about the others (a required one not set yet, two that do not go together) waits until
         * all are read and the type parses them together.
         */
        public void check(OptionSpec option, SettingValues values) throws OptionException {
            if (!options.contains(option)) {
                throw new IllegalArgumentException(option.name() + " is not an option of " + title);
            }
            try {
                parser.parse(values);
            } catch (OptionException e) {
                if (e.option().equals(option)) {
                    throw e;
                }
            } catch (AibomException e) {
                // how several options go together: judged when all of them are read
            }
        }
    }

    /** A settings type's {@code of(SettingValues)}. */
    @FunctionalInterface
    public interface Parser {
        Object parse(SettingValues values) throws AibomException;
    }

    /** The options of judging a BOM ({@link JudgingSettings}). */
    public static final Group JUDGING = new Group("Judging a BOM",
            "command line `aibom check` and `aibom review`; Maven goals `aibom:check` and `aibom:review`; Jenkins"
                    + " steps `aibom` and `aibomVerify` and their freestyle build steps",
            JudgingSettings.class, JudgingSettings.OPTIONS, "Judging", JudgingSettings::of);

    /** The options of uploading to Dependency-Track ({@link DependencyTrackSettings}). */
    public static final Group DEPENDENCY_TRACK = new Group("Uploading to Dependency-Track",
            "command line `aibom upload`; Maven goal `aibom:upload`; Jenkins step `aibomUpload` and its freestyle"
                    + " build step",
            DependencyTrackSettings.class, DependencyTrackSettings.OPTIONS, "DependencyTrack",
            DependencyTrackSettings::of);

    /** The options of signing a BOM ({@link SigningSettings}). */
    public static final Group SIGNING = new Group("Signing a BOM",
            "command line `aibom sign`; Maven goal `aibom:sign`; Jenkins step `aibom` (with `sign: true`) and its"
                    + " freestyle build step",
            SigningSettings.class, SigningSettings.OPTIONS, "Signing", SigningSettings::of);

    /** Who declares ({@link DeclaringSettings}). */
    public static final Group DECLARING = new Group("Declaring (ISO/IEC 42001 declarations)",
            "command line `aibom declare`; Maven goal `aibom:declare`; Jenkins step `aibom` (with `declare: true`)"
                    + " and its freestyle build step",
            DeclaringSettings.class, DeclaringSettings.OPTIONS, "Declaring", DeclaringSettings::of);

    /** How a BOM is generated ({@link GeneratingSettings}). */
    public static final Group GENERATING = new Group("Generating a BOM",
            "command line `aibom generate`; Maven goal `aibom:generate`; Jenkins step `aibom` and its freestyle build"
                    + " step",
            GeneratingSettings.class, GeneratingSettings.OPTIONS, "Generating", GeneratingSettings::of);

    public static final List<Group> GROUPS = List.of(GENERATING, JUDGING, SIGNING, DECLARING, DEPENDENCY_TRACK);
}
