package dev.aibom.core.settings;

import dev.aibom.core.AibomException;

import java.util.Objects;

/**
 * A value of one option that cannot be used (bad, or missing where required), named as the front end spells the option:
 * {@code aibom.failOn: must be error, warning or never, not 'sometimes'.} The option and the problem stay typed, so
 * that a front end can tell which option is meant without reading the message (the command line checks each value as
 * it reads it and reports only the errors of that value then).
 */
public final class OptionException extends AibomException {
    private static final long serialVersionUID = 1L;

    private final transient OptionSpec option;
    private final String problem;

    /** @param problem what is wrong, a sentence without its full stop: {@code not set: give the base URL ...} */
    public OptionException(OptionSpec option, FrontEnd frontEnd, String problem) {
        super(option.spelling(frontEnd) + ": " + stripDot(Objects.requireNonNull(problem, "problem")) + ".");
        this.option = option;
        this.problem = stripDot(problem);
    }

    public OptionSpec option() {
        return option;
    }

    /** What is wrong, without the option's name and the full stop. */
    public String problem() {
        return problem;
    }

    static String stripDot(String message) {
        String text = message == null ? "invalid value" : message.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
