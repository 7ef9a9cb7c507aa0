package dev.aibom.core.settings;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One option, described once: its name, whether it is a switch or takes a value, its default, its help, and the
 * front ends that offer it. The command line binds it as {@code --kebab-name}, Maven as the parameter {@code name}
 * with the user property {@code aibom.name}, Jenkins as the step field {@code name}; their help texts (picocli's
 * usage, the plugin descriptor's Javadoc, the Jenkins help files) and {@code docs/options.md} are generated from this
 * record, so an option is declared in one place.
 *
 * <p>Help is plain text; {@code `code`} in back-quotes is rendered as code by each front end.
 *
 * @param name         camelCase, as Maven and Jenkins spell it
 * @param flag         a switch (true/false) rather than a value
 * @param defaultValue what applies when the option is not set, as the user would write it; empty when unset means
 *                     "not set" (the job decides, and says so)
 * @param label        the value's placeholder in the command line's usage ({@code SECONDS}); unused for a switch
 * @param title        the field's title on the Jenkins form
 * @param help         one paragraph: what it does, its values, its default
 * @param frontEnds    where it is offered
 * @param commandLine  its command-line name, {@code --} and the kebab-case name unless an older name is kept
 * @param mavenProperty its Maven user property, {@code aibom.} and the name unless an older one is kept
 * @param number       a whole number with a default (0 or more): Jenkins binds it as an {@code int} field, which is what a
 *                     Pipeline passes ({@code timeoutSeconds: 300}); the other front ends read it as text, and the
 *                     settings type judges it
 */
public record OptionSpec(String name, boolean flag, Optional<String> defaultValue, String label, String title,
                         String help, Set<FrontEnd> frontEnds, String commandLine, String mavenProperty,
                         boolean number) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("option name '" + name + "' is not camelCase");
        }
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        if (help == null || help.isBlank() || !help.endsWith(".")) {
            throw new IllegalArgumentException("option " + name + ": help must be a sentence");
        }
        if (help.contains("*/") || help.contains("<") || help.contains("&") || outsideCode(help).contains("@")) {
            throw new IllegalArgumentException("option " + name + ": help is plain text (no markup, */, <, & or @"
                    + " outside `code`)");
        }
        frontEnds = Set.copyOf(frontEnds);
        if (frontEnds.isEmpty()) {
            throw new IllegalArgumentException("option " + name + " is offered nowhere");
        }
        if (!commandLine.startsWith("--")) {
            throw new IllegalArgumentException("option " + name + ": command-line name must start with --");
        }
        if (flag && defaultValue.isPresent() && !defaultValue.get().equals("false")) {
            throw new IllegalArgumentException("option " + name + ": a switch is off unless set");
        }
        if (!mavenProperty.startsWith("aibom.")) {
            throw new IllegalArgumentException("option " + name + ": Maven property must start with aibom.");
        }
        if (number && (flag || defaultValue.isEmpty() || !defaultValue.get().matches("0|[1-9][0-9]{0,8}"))) {
            throw new IllegalArgumentException("option " + name + ": a number has a whole default, 0 or more");
        }
    }

    /** A switch, off unless set, offered by every front end. */
    public static OptionSpec flag(String name, String title, String help) {
        return new OptionSpec(name, true, Optional.of("false"), "", title, help, EnumSet.allOf(FrontEnd.class),
                "--" + kebab(name), "aibom." + name, false);
    }

    /** An option with a value, offered by every front end; no default. */
    public static OptionSpec value(String name, String label, String title, String help) {
        return new OptionSpec(name, false, Optional.empty(), label, title, help, EnumSet.allOf(FrontEnd.class),
                "--" + kebab(name), "aibom." + name, false);
    }

    /**
     * A whole number with a default, offered by every front end (Jenkins binds it as an {@code int}); the settings
     * type says which range is allowed.
     */
    public static OptionSpec number(String name, String label, String title, String help, int defaultValue) {
        return new OptionSpec(name, false, Optional.of(Integer.toString(defaultValue)), label, title, help,
                EnumSet.allOf(FrontEnd.class), "--" + kebab(name), "aibom." + name, true);
    }

    /** The same option with a default value. */
    public OptionSpec defaultingTo(String value) {
        return new OptionSpec(name, flag, Optional.of(value), label, title, help, frontEnds, commandLine,
                mavenProperty, number);
    }

    /** The same option, offered only by these front ends. */
    public OptionSpec only(FrontEnd first, FrontEnd... more) {
        return new OptionSpec(name, flag, defaultValue, label, title, help, EnumSet.of(first, more), commandLine,
                mavenProperty, number);
    }

    /** The same option under an older command-line name ({@code --register-timeout}). */
    public OptionSpec commandLineName(String spelled) {
        return new OptionSpec(name, flag, defaultValue, label, title, help, frontEnds, spelled, mavenProperty,
                number);
    }

    /** The same option under an older Maven user property ({@code aibom.dependencyTrack.url}). */
    public OptionSpec mavenPropertyName(String property) {
        return new OptionSpec(name, flag, defaultValue, label, title, help, frontEnds, commandLine, property,
                number);
    }

    public boolean offeredBy(FrontEnd frontEnd) {
        return frontEnds.contains(frontEnd);
    }

    /**
     * How the user wrote it in this front end, for messages: {@code --fail-on}, {@code aibom.failOn},
     * {@code parameter 'failOn'}.
     */
    public String spelling(FrontEnd frontEnd) {
        return switch (frontEnd) {
            case COMMAND_LINE -> commandLine;
            case MAVEN -> mavenProperty;
            case JENKINS -> "parameter '" + name + "'";
        };
    }

    /** The help with {@code `code`} rendered by {@code code}. */
    public String help(java.util.function.UnaryOperator<String> code) {
        StringBuilder out = new StringBuilder();
        String[] parts = help.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 1 ? code.apply(parts[i]) : parts[i]);
        }
        return out.toString();
    }

    /** The help without its {@code `code`} parts (an {@code @} there is text, elsewhere a Javadoc tag). */
    private static String outsideCode(String help) {
        StringBuilder out = new StringBuilder();
        String[] parts = help.split("`", -1);
        for (int i = 0; i < parts.length; i += 2) {
            out.append(parts[i]);
        }
        return out.toString();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
