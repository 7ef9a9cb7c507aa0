package dev.aibom.core.job;

import dev.aibom.core.io.AtomicFiles;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes {@code docs/options.md} from {@link OptionCatalogue}: the build runs {@link #main} (shared-core,
 * {@code process-classes}), a test checks the committed file is what it writes, as for docs/controls.md.
 */
public final class OptionDocs {
    private OptionDocs() {
    }

    /** {@code OptionDocs <docs/options.md>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OptionDocs <docs/options.md>");
        }
        AtomicFiles.write(Path.of(args[0]), markdown().getBytes(StandardCharsets.UTF_8));
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder("""
                # Options every front end offers alike

                Generated from the settings types in `shared-core` (`OptionCatalogue`) by the build: do not edit.
                Each option is declared once, with its help; the command line adds it to its commands, the Maven
                plugin and the Jenkins plugin generate their parameters and help from it at build time, so the three
                spell it as below and judge its value the same way (a bad value is an error naming the option).
                Options that name files (policy, supplier register, waivers, keys, reports) are each front end's own:
                see the README.
                """);
        for (OptionCatalogue.Group group : OptionCatalogue.GROUPS) {
            out.append("\n## ").append(group.title()).append("\n\nOffered by the ").append(group.where())
                    .append(".\n\n| option | command line | Maven (parameter, property) | Jenkins | default |"
                            + " what it does |\n|---|---|---|---|---|---|\n");
            for (OptionSpec option : group.options()) {
                out.append("| `").append(option.name()).append("` | ")
                        .append(spelled(option, FrontEnd.COMMAND_LINE, option.commandLine()
                                + (option.flag() ? "" : " " + option.label())))
                        .append(" | ").append(spelled(option, FrontEnd.MAVEN, "<" + option.name() + ">, "
                                + "-D" + option.mavenProperty()))
                        .append(" | ").append(spelled(option, FrontEnd.JENKINS, option.name() + ": ..."))
                        .append(" | ").append(option.defaultValue().map(v -> "`" + v + "`").orElse("not set"))
                        .append(" | ").append(option.help().replace("|", "\\|")).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String spelled(OptionSpec option, FrontEnd frontEnd, String spelling) {
        // a table cell: a | would end it, even inside code
        return option.offeredBy(frontEnd) ? "`" + spelling.replace("|", "\\|") + "`" : "-";
    }
}
