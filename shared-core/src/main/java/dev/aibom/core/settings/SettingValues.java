package dev.aibom.core.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user set, as written, in one front end: option name to text ({@code "true"}/{@code "false"} for a switch).
 * An option that is absent or blank is not set. Parsing happens in the settings type that owns the options, once, for
 * every front end; a bad value is an {@link OptionException} naming the option as this front end spells it.
 */
public record SettingValues(FrontEnd frontEnd, Map<String, String> values) {
    public SettingValues {
        Objects.requireNonNull(frontEnd, "frontEnd");
        values = Map.copyOf(values);
    }

    /** Parses one value (throwing {@link IllegalArgumentException} with the reason when it is wrong). */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String value);
    }

    /**
     * The option's value parsed, its default parsed when it is not set, or empty when it has neither. A value the
     * front end does not offer the option in is an error (a front end passing it is a bug, not a user's choice).
     */
    public <T> Optional<T> get(OptionSpec option, Parser<T> parser) throws OptionException {
        String raw = values.get(option.name());
        boolean set = raw != null && !raw.isBlank();
        if (set && !option.offeredBy(frontEnd)) {
            throw new IllegalStateException(option.name() + " is not an option of " + frontEnd);
        }
        Optional<String> value = set ? Optional.of(raw.trim()) : option.defaultValue();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Objects.requireNonNull(parser.parse(value.get())));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new OptionException(option, frontEnd, e.getMessage());
        }
    }

    /** A switch: {@code true} or {@code false} (any case); anything else is an error naming the option. */
    public boolean flag(OptionSpec option) throws OptionException {
        return get(option, SettingValues::bool).orElse(false);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Parser<Integer> wholeNumber(int min, int max, String unit) {
        return value -> {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("'" + value + "' is not a whole number of " + unit + " from " + min
                    + " to " + max);
        };
    }

    private static Boolean bool(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("'" + value + "' is neither true nor false");
    }
}
