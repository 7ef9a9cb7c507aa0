package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.OptionException;
import dev.aibom.core.settings.OptionSpec;
import dev.aibom.core.settings.SettingValues;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.HashMap;
import java.util.Map;

/**
 * Binds the options the core declares once ({@link OptionCatalogue}) to a command: each becomes a picocli option with
 * its command-line name, placeholder and help; its value is checked by the core's parser as it is read (a bad one is a
 * usage error naming the option); the command reads what was set with {@link #values}.
 */
final class SettingsOptions {
    private SettingsOptions() {
    }

    /** A command that offers a group of the core's options. */
    interface Offering {
        OptionCatalogue.Group settings();
    }

    /**
     * Adds the group's command-line options to the command. A help text that names another option of the group
     * ({@code `allowPlainHttp`}) names it as the command line spells it ({@code --allow-plain-http}).
     */
    static void addTo(CommandSpec command, OptionCatalogue.Group group) {
        Map<String, String> spelled = new HashMap<>();
        for (OptionSpec option : group.options()) {
            if (option.offeredBy(FrontEnd.COMMAND_LINE)) {
                spelled.put(option.name(), option.commandLine());
            }
        }
        for (OptionSpec option : group.options()) {
            if (!option.offeredBy(FrontEnd.COMMAND_LINE)) {
                continue;
            }
            // its own name in its help is something else (the policy's failOn, the JSF signers property)
            String help = option.help(code -> code.equals(option.name()) ? code : spelled.getOrDefault(code, code))
                    + option.defaultValue().filter(v -> !option.flag())
                    .map(v -> " Default: " + v + ".").orElse("");
            CommandLine.Model.OptionSpec.Builder built = CommandLine.Model.OptionSpec.builder(option.commandLine())
                    .description(help).type(option.flag() ? boolean.class : String.class)
                    .arity(option.flag() ? "0" : "1");
            if (!option.flag()) {
                built.paramLabel(option.label()).converters(value -> check(group, option, value));
            }
            command.addOption(built.build());
        }
    }

    /** A settings type's {@code of(SettingValues)}. */
    @FunctionalInterface
    interface Reader<T> {
        T read(SettingValues values) throws AibomException;
    }

    /**
     * The group's settings as this command line set them, read by the core; what it refuses (a required option not
     * given, options that do not go together) is a usage error (exit code 2) with the core's message.
     */
    static <T> T read(JobCommand command, OptionCatalogue.Group group, Reader<T> reader) {
        try {
            return reader.read(values(command.spec, group));
        } catch (AibomException e) {
            throw command.usage(e.getMessage());
        }
    }

    /** What the user set of the group's options on this command line. */
    static SettingValues values(CommandSpec command, OptionCatalogue.Group group) {
        Map<String, String> values = new HashMap<>();
        for (OptionSpec option : group.options()) {
            if (option.offeredBy(FrontEnd.COMMAND_LINE)) {
                Object value = command.findOption(option.commandLine()).getValue();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    values.put(option.name(), String.valueOf(value));
                }
            }
        }
        return new SettingValues(FrontEnd.COMMAND_LINE, values);
    }

    private static String check(OptionCatalogue.Group group, OptionSpec option, String value) {
        try {
            group.check(option, new SettingValues(FrontEnd.COMMAND_LINE, Map.of(option.name(), value)));
            return value;
        } catch (OptionException e) {
            // picocli says "Invalid value for option '--fail-on': " before the problem
            throw new CommandLine.TypeConversionException(e.problem());
        }
    }
}
