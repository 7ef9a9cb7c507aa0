package dev.aibom.cli;

import dev.aibom.core.bom.ToolVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage errors are exit code 2 with the message, suggestions and the command's help; never a silent default. */
class UsageTest {
    @Test
    void versionAndHelp() {
        Cli.Run version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.outLines().get(0)).isEqualTo("aibom " + ToolVersion.get());
        Cli.Run help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Commands:", "generate", "validate", "sign", "verify", "check", "review",
                "approve", "verify-approval", "keygen", "diff", "init", "declare", "upload", "Exit codes:");
        Cli.Run helpReview = Cli.run("help", "review");
        assertThat(helpReview.exitCode()).isZero();
        assertThat(helpReview.out()).startsWith("Usage: aibom review ").contains("--suppliers=FILE|URL",
                "--require-ai-components", "--format=FORMAT");
    }

    /** The smallest valid command line of each command: an unknown option is then the only thing wrong. */
    private static final java.util.Map<String, String[]> VALID = java.util.Map.ofEntries(
            java.util.Map.entry("generate", new String[]{"--descriptor", "a.yaml", "--output", "b.json"}),
            java.util.Map.entry("validate", new String[]{"bom.json"}),
            java.util.Map.entry("sign", new String[]{"bom.json", "--key", "k.pem"}),
            java.util.Map.entry("verify", new String[]{"bom.json"}),
            java.util.Map.entry("check", new String[]{"bom.json"}),
            java.util.Map.entry("review", new String[]{"bom.json", "--suppliers", "s.yaml"}),
            java.util.Map.entry("approve", new String[]{"bom.json", "--key", "k.pem", "--decision", "approved",
                    "--by", "L", "--output", "a.json"}),
            java.util.Map.entry("verify-approval", new String[]{"a.json", "bom.json"}),
            java.util.Map.entry("keygen", new String[]{"--private-key", "k.pem", "--public-key", "k.pub.pem"}),
            java.util.Map.entry("diff", new String[]{"a.json", "b.json"}),
            java.util.Map.entry("init", new String[]{"--name", "n", "--system-version", "1"}),
            java.util.Map.entry("declare", new String[]{"bom.json", "--signatory", "S", "--role", "R"}),
            java.util.Map.entry("upload", new String[]{"bom.json", "--url", "https://dtrack.example.com"}));

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate", "sign", "verify", "check", "review", "approve", "verify-approval",
            "keygen", "diff", "init", "declare", "upload"})
    void everyCommandHasHelpAndRefusesAnUnknownOption(String command) {
        Cli.Run help = Cli.run(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: aibom " + command);
        String[] args = new String[VALID.get(command).length + 2];
        args[0] = command;
        System.arraycopy(VALID.get(command), 0, args, 1, VALID.get(command).length);
        args[args.length - 1] = "--bogus";
        Cli.Run unknown = Cli.run(args);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines().get(0)).isEqualTo("aibom: Unknown option: '--bogus'");
        assertThat(unknown.err()).contains("Usage: aibom " + command);
    }

    @Test
    void everyOptionAndParameterOfEveryCommandIsDocumented() {
        picocli.CommandLine root = Main.commandLine();
        assertThat(root.getSubcommands()).containsKeys(VALID.keySet().toArray(String[]::new));
        root.getSubcommands().forEach((name, command) -> {
            command.getCommandSpec().options().forEach(option -> assertThat(String.join(" ",
                    option.description())).as(name + " " + option.longestName()).isNotBlank());
            command.getCommandSpec().positionalParameters().forEach(parameter -> assertThat(String.join(" ",
                    parameter.description())).as(name + " " + parameter.paramLabel()).isNotBlank());
        });
    }

    @Test
    void aCommandLineBuildsTheCommandItNamesOnlyAndEveryCommandWhenItNamesNone() {
        assertThat(Main.named(new String[]{"verify", "bom.json"})).isEqualTo("verify");
        assertThat(Main.named(new String[]{"--max-bom-size", "1G", "validate", "bom.json"})).isEqualTo("validate");
        assertThat(Main.named(new String[]{"--max-bom-size=1G", "verify-approval", "a.json"}))
                .isEqualTo("verify-approval");
        assertThat(Main.named(new String[]{"help", "review"})).as("help shows any command").isNull();
        assertThat(Main.named(new String[]{"verfy", "bom.json"})).as("a misspelling gets suggestions").isNull();
        assertThat(Main.named(new String[]{"--help"})).isNull();
        // the launcher starts the schema's validators early for these only; a line without a command is none
        assertThat(Launcher.validating(new String[]{"--max-bom-size", "1G", "verify", "bom.json"})).isTrue();
        assertThat(Launcher.validating(new String[]{"--version"})).isFalse();
        assertThat(Launcher.validating(new String[]{})).isFalse();
        assertThat(Launcher.validating(new String[]{"generate"})).isFalse();
        assertThat(Main.commandLine(new AibomCommand(), "verify").getSubcommands()).containsOnlyKeys("verify");
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(
                AibomCommand.SUBCOMMANDS.keySet());
        // the limit before the command still applies to it
        Cli.Run sized = Cli.run("--max-bom-size", "lots", "validate", "bom.json");
        assertThat(sized.exitCode()).isEqualTo(2);
        assertThat(sized.errLines().get(0)).contains("'lots' is not a size");
        Cli.Run misspelt = Cli.run("verfy", "bom.json");
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Did you mean", "verify");
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        Cli.Run none = Cli.run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.errLines().get(0)).isEqualTo("aibom: a command is required");
        Cli.Run unknown = Cli.run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines().get(0)).isEqualTo("aibom: Unmatched argument at index 0: 'frobnicate'");
    }

    @Test
    void aMisspeltOptionIsAnErrorWithASuggestionNotASilentlyIgnoredCheck() {
        Cli.Run run = Cli.run("check", "bom.json", "--trusted-keys", "k.pub.pem");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().subList(0, 2)).containsExactly("aibom: Unknown options: '--trusted-keys', 'k.pub.pem'",
                "Possible solutions: --trusted-key");
        Cli.Run misspelt = Cli.run("review", "bom.json", "--supplier", "suppliers.yaml");
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Possible solutions: --suppliers");
    }

    @Test
    void badValuesAreUsageErrorsNamingTheOptionAndTheAllowedValues() {
        Cli.Run failOn = Cli.run("check", "bom.json", "--fail-on", "sometimes");
        assertThat(failOn.exitCode()).isEqualTo(2);
        assertThat(failOn.errLines().get(0)).isEqualTo("aibom: Invalid value for option '--fail-on': must be error,"
                + " warning or never, not 'sometimes'");
        Cli.Run timeout = Cli.run("review", "bom.json", "--suppliers", "s.yaml", "--register-timeout", "0");
        assertThat(timeout.exitCode()).isEqualTo(2);
        assertThat(timeout.errLines().get(0)).isEqualTo("aibom: Invalid value for option '--register-timeout': '0' is"
                + " not a whole number of seconds from 1 to 600");
        Cli.Run today = Cli.run("check", "bom.json", "--today", "tomorrow");
        assertThat(today.exitCode()).isEqualTo(2);
        assertThat(today.errLines().get(0)).isEqualTo("aibom: Invalid value for option '--today': 'tomorrow' is not a"
                + " date; write it as YYYY-MM-DD, such as 2026-11-27");
        Cli.Run format = Cli.run("verify", "bom.json", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.errLines().get(0)).isEqualTo("aibom: Invalid value for option '--format': 'xml' is not one of"
                + " text or json");
        Cli.Run timestamp = Cli.run("generate", "--descriptor", "a.yaml", "--output", "b.json", "--timestamp",
                "yesterday");
        assertThat(timestamp.exitCode()).isEqualTo(2);
        assertThat(timestamp.errLines().get(0)).isEqualTo("aibom: --timestamp: 'yesterday' is not a timestamp; give an"
                + " ISO-8601 date-time such as 2026-01-01T00:00:00Z or seconds since the epoch.");
        Cli.Run algorithm = Cli.run("sign", "bom.json", "--key", "k.pem", "--algorithm", "ES257");
        assertThat(algorithm.exitCode()).isEqualTo(2);
        assertThat(algorithm.errLines().get(0)).isEqualTo("aibom: Invalid value for option '--algorithm': 'ES257' is"
                + " not one of ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512, Ed25519");
    }

    @Test
    void requiredAndExclusiveOptions() {
        Cli.Run noKey = Cli.run("sign", "bom.json");
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.errLines().get(0)).startsWith("aibom: Missing required argument");
        assertThat(noKey.errLines().get(0)).contains("--key=PEM", "--keystore=P12");
        Cli.Run both = Cli.run("verify", "bom.json", "--base", ".", "--skip-files");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines().get(0)).contains("mutually exclusive");
        Cli.Run signingTime = Cli.run("verify", "bom.json", "--at-signing-time");
        assertThat(signingTime.exitCode()).isEqualTo(2);
        Cli.Run noDecision = Cli.run("approve", "bom.json", "--key", "k.pem", "--by", "Lena", "--output", "a.json");
        assertThat(noDecision.exitCode()).isEqualTo(2);
        assertThat(noDecision.errLines().get(0)).isEqualTo("aibom: Missing required option: '--decision=DECISION'");
    }

    @org.junit.jupiter.api.Test
    void theBomSizeLimitIsAnOptionOfEveryCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        java.nio.file.Path bom = dev.aibom.core.TestFiles.example("supplier-review").resolve(
                "acme-fraud-scoring.cdx.json");
        long size = java.nio.file.Files.size(bom);
        Cli.Run small = Cli.run("validate", bom.toString(), "--max-bom-size", "2K");
        assertThat(small.exitCode()).isEqualTo(1);
        // validate streams the BOM: the hint says a higher limit needs no more memory
        assertThat(small.err()).contains("The limit is set to 2048 bytes (maxBomSize: Maven aibom.maxBomSize, command"
                + " line --max-bom-size, Jenkins maxBomSize); raise it if this BOM is genuinely that large: this"
                + " command streams the BOM and needs no more memory for a larger one.");
        assertThat(Cli.run("--max-bom-size", "2K", "validate", bom.toString()).exitCode()).isEqualTo(1);
        assertThat(Cli.run("validate", bom.toString(), "--max-bom-size", (size / 1024 + 1) + "K").exitCode())
                .isZero();
        Cli.Run bad = Cli.run("validate", bom.toString(), "--max-bom-size", "lots");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'lots' is not a size: write e.g. 512M, 2G or 300000000");
    }
}
