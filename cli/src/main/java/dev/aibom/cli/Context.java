package dev.aibom.cli;

import dev.aibom.core.Log;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command runs with: where people's text and machine output go, the environment (for passphrase variables and
 * {@code SOURCE_DATE_EPOCH}), whether stderr is a terminal (for the progress bar) and the clock. Tests pass their
 * own.
 *
 * @param out      the command's result: JSON with {@code --format json}, else the information lines
 * @param err      warnings and errors, and with {@code --format json} every line for people
 * @param terminal whether a person watches stderr (then hashing shows a progress bar)
 */
record Context(PrintStream out, PrintStream err, Map<String, String> environment, boolean terminal, Clock clock) {
    Context {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
    }

    /** The core's log: {@code aibom: ...} lines; with JSON output on stdout, all of them go to stderr. */
    Log log(boolean json) {
        return Log.console(json ? err::println : out::println, err::println);
    }
}
