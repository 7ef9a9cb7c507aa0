package dev.aibom.cli;

import picocli.AutoComplete;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code Completion <file>}: writes the bash/zsh completion script from the command line as it runs, with the options
 * the core adds to it ({@link SettingsOptions}), not from the annotations alone. The build puts it into the
 * distribution.
 */
public final class Completion {
    private Completion() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Completion <file>");
        }
        Files.writeString(Path.of(args[0]), AutoComplete.bash("aibom", Main.commandLine()), StandardCharsets.UTF_8);
    }
}
