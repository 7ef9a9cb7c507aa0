package dev.aibom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import dev.aibom.core.io.ReadLimits;

/** The top-level {@code aibom} command: only subcommands, {@code --help} and {@code --version}. */
@Command(name = "aibom", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"AI bills of materials (CycloneDX 1.6 ML-BOMs) for ISO/IEC 42001: generate, sign and verify"
                + " them, check the Annex A controls, and review the AI-BOMs suppliers send.", ""},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done; the verdict, if any, is positive",
                "1:invalid input, a missing or unreadable file, or a check that could not be made (the message"
                        + " names the file, line and field and says what to do)",
                "2:wrong usage: an unknown or misspelt option, a missing required option, a bad value",
                "3:the verdict is negative: a violation reaches failOn, a signature or file does not verify, an"
                        + " approval does not hold, a change of a kind given to --fail-on-change"},
        footer = {"", "Run 'aibom help COMMAND' for a command's options. Documentation: the README of the"
                + " distribution."})
public final class AibomCommand implements Runnable {
    /**
     * The subcommands, in the order the help lists them. {@link Main} adds them: only the one a command line names
     * (picocli builds the model of every command it is given, which a run of one command need not pay for), or all.
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> all = new java.util.LinkedHashMap<>();
        all.put("generate", GenerateCommand::new);
        all.put("declare", DeclareCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("sign", SignCommand::new);
        all.put("verify", VerifyCommand::new);
        all.put("check", CheckCommand::new);
        all.put("review", ReviewCommand::new);
        all.put("upload", UploadCommand::new);
        all.put("export", ExportCommand::new);
        all.put("approve", ApproveCommand::new);
        all.put("verify-approval", VerifyApprovalCommand::new);
        all.put("keygen", KeygenCommand::new);
        all.put("diff", DiffCommand::new);
        all.put("init", InitCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Set by {@link Main} before the command line is parsed; the subcommands read it through their parent. */
    Context context;

    /** The largest BOM read, for every command (before or after the command's name). */
    @CommandLine.Option(names = "--max-bom-size", paramLabel = "SIZE", scope = CommandLine.ScopeType.INHERIT,
            converter = SizeConverter.class, description = "the largest BOM read or written, e.g. 512M or 1G;"
            + " default: a sixteenth of the JVM's heap (JAVA_OPTS=-Xmx...), at most 256M")
    Long maxBomSize;

    /** {@code 512M}, {@code 1G}, bytes. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ReadLimits.parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
