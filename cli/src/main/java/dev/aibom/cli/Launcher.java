package dev.aibom.cli;

import dev.aibom.core.bom.BomSchema;
import dev.aibom.core.bom.SpecVersion;

import java.util.Set;

/**
 * The command line's entry point: starts building the schema's validators on a spare thread for a command that will
 * validate a BOM, then hands over to {@link Main}. A class of its own, without picocli in sight, so that the thread
 * starts before the JVM links {@code Main} (which loads picocli's classes from their jar): about 70 ms earlier on a
 * cold JVM, and the schema is what a cold {@code verify} waits for (cli/bench/cold-start.sh).
 */
public final class Launcher {
    /**
     * The commands whose start-up the schema's early validators measurably shorten: those that read and validate a BOM
     * first (cli/bench/cold-start.sh; check and review of their examples, interleaved, 15 rounds: 1,033 against 982 ms
     * and 987 against 926 ms, while they read the policy, register and waivers). In a Maven build, generate did not
     * gain from it (maven-plugin/bench/plugin-vs-makebom.sh), so the rest do without.
     */
    static final Set<String> VALIDATING = Set.of("validate", "verify", "sign", "check", "review");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (validating(args)) {
            BomSchema.prepareInBackground(SpecVersion.V1_6);
        }
        Main.main(args);
    }

    /** Whether the command line runs a command that validates a BOM first (none: help, the version). */
    static boolean validating(String[] args) {
        String word = commandWord(args);
        return word != null && VALIDATING.contains(word);
    }

    /**
     * The first word of a command line that is not an option of {@code aibom} itself or its value: the command, when
     * the line names one; null when there is none.
     */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--max-bom-size")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }
}
