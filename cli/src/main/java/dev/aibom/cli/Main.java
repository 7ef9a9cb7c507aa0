package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomSchema;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.report.ReportFormats;

import dev.aibom.core.Text;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import dev.aibom.core.Errors;
import dev.aibom.core.control.FailOn;
import dev.aibom.core.io.RealPaths;
import dev.aibom.core.sign.ApprovalRecord;

/**
 * The {@code aibom} command line. Parsing, help, suggestions for misspelt options and usage errors are picocli's;
 * every command maps its options to one core job and turns its typed result into an exit code (see
 * {@link ExitCodes}). Bad input is one clear message, never a stack trace.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, new Context(System.out, System.err, System.getenv(), System.console() != null,
                    Clock.systemUTC()));
        } catch (OutOfMemoryError e) {
            // the read limits keep inputs within the heap; this is the last line of defence, without a stack trace
            System.err.println("aibom: ERROR out of memory (this JVM may use " + Runtime.getRuntime().maxMemory()
                    / (1024 * 1024) + " MiB). Give it more: JAVA_OPTS=-Xmx4g, for example.");
            code = ExitCodes.INVALID_INPUT;
        }
        System.out.flush();
        System.exit(code);
    }

    /** Runs the command line in-process (the tests do). */
    static int run(String[] args, Context context) {
        AibomCommand root = new AibomCommand();
        root.context = context;
        String named = named(args);
        if (Launcher.validating(args)) {
            // the validators are built while picocli and the command start up, instead of when the BOM needs them
            BomSchema.prepareInBackground(SpecVersion.V1_6);
        }
        CommandLine commandLine = commandLine(root, named);
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        return commandLine.execute(args);
    }

    /**
     * The subcommand a command line runs, when it names one aibom has: the first word that is not an option of
     * {@code aibom} itself or its value; null otherwise (no command, help, or a misspelt one, for which the help and
     * picocli's suggestions need every command).
     */
    static String named(String[] args) {
        String word = Launcher.commandWord(args);
        return word != null && AibomCommand.SUBCOMMANDS.containsKey(word) && !word.equals("help") ? word : null;
    }

    /** The command line with every subcommand (help, completion, tests). */
    static CommandLine commandLine(AibomCommand root) {
        return commandLine(root, null);
    }

    /** The command line with the subcommand {@code only}, or with all of them when it is null. */
    static CommandLine commandLine(AibomCommand root, String only) {
        CommandLine commandLine = new CommandLine(root);
        AibomCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setAbbreviatedOptionsAllowed(false);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.registerConverter(java.time.LocalDate.class, Main::date);
        // every path is resolved once, here, against the working folder: real and absolute
        java.nio.file.Path workingDirectory = root.context == null ? java.nio.file.Path.of("")
                : root.context.workingDirectory();
        commandLine.registerConverter(java.nio.file.Path.class, value -> {
            try {
                return RealPaths.of(workingDirectory, value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        commandLine.registerConverter(FailOn.class, value -> lowerCase(
                FailOn.class, value, "error, warning or never"));
        commandLine.registerConverter(Format.class, value -> lowerCase(Format.class, value, "text or json"));
        commandLine.registerConverter(ApprovalRecord.Decision.class, value -> lowerCase(
                ApprovalRecord.Decision.class, value, "approved, conditional or rejected"));
        commandLine.registerConverter(ReportFormats.Selection.class, value -> {
            try {
                return ReportFormats.builtIn().parse("--formats", value);
            } catch (AibomException e) {
                throw new CommandLine.TypeConversionException(e.getMessage().replaceFirst("^--formats:? ", ""));
            }
        });
        commandLine.setExecutionExceptionHandler(Main::failure);
        // the options the core declares once (OptionCatalogue), on the commands that offer them
        for (CommandLine sub : new java.util.LinkedHashSet<>(commandLine.getSubcommands().values())) {
            if (sub.getCommand() instanceof SettingsOptions.Offering offering) {
                SettingsOptions.addTo(sub.getCommandSpec(), offering.settings());
            }
        }
        return commandLine;
    }

    private static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD,"
                    + " such as 2026-11-27");
        }
    }

    private static <E extends Enum<E>> E lowerCase(Class<E> type, String value, String allowed) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + allowed);
    }

    /** Exit code 2: what is wrong, the suggestions for a misspelt option, then the command's help. */
    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        String message = error.getMessage().startsWith("Error: ") ? error.getMessage().substring(7)
                : error.getMessage();
        err.println("aibom: " + Text.printable(message));
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        // a misspelt option next to a missing required one: say both, or the misspelling goes unnoticed
        if (!(error instanceof CommandLine.UnmatchedArgumentException) && !command.getUnmatchedArguments().isEmpty()) {
            CommandLine.UnmatchedArgumentException unmatched = new CommandLine.UnmatchedArgumentException(command,
                    command.getUnmatchedArguments());
            err.println("aibom: " + Text.printable(unmatched.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println();
        command.usage(err, command.getColorScheme());
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Exit code 1: the core's message (it names the file, line and field); a bug says it is one. */
    private static int failure(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("aibom: ERROR " + Text.printableLines(Errors.describe(error)));
        if (Errors.isBug(error)) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** For the completion script generator and tests: a command line with no context. */
    static CommandLine commandLine() {
        return commandLine(new AibomCommand());
    }

    static Context context(PrintStream out, PrintStream err, Map<String, String> environment) {
        return new Context(out, err, environment, false, Clock.systemUTC());
    }
}
