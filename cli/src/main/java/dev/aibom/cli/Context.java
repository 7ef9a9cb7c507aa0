package dev.aibom.cli;

import dev.aibom.core.Log;

import dev.aibom.core.io.RealPaths;

import java.io.PrintStream;
import java.nio.file.Path;
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
 * @param workingDirectory what relative paths on the command line are relative to (the process's working folder)
 */
record Context(PrintStream out, PrintStream err, Map<String, String> environment, boolean terminal, Clock clock,
               Path workingDirectory) {
    Context {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
        workingDirectory = RealPaths.of(workingDirectory);
    }

    /** In the process's working folder. */
    Context(PrintStream out, PrintStream err, Map<String, String> environment, boolean terminal, Clock clock) {
        this(out, err, environment, terminal, clock, Path.of(""));
    }

    /** The same context in another working folder (the tests run commands from several). */
    Context in(Path folder) {
        return new Context(out, err, environment, terminal, clock, folder);
    }

    /**
     * A path given on the command line, resolved once, here: absolute, real (links resolved), so that every spelling
     * of one file or folder ({@code .}, {@code ./}, {@code dir/..}, a trailing slash, a linked folder) is one path.
     */
    Path path(String spelled) {
        return RealPaths.of(workingDirectory, spelled);
    }

    /** A file or an http(s) URL: the file resolved as {@link #path}, the URL as given. */
    String location(String spelled) {
        return spelled.startsWith("https://") || spelled.startsWith("http://") ? spelled : path(spelled).toString();
    }

    /** The core's log: {@code aibom: ...} lines; with JSON output on stdout, all of them go to stderr. */
    Log log(boolean json) {
        return Log.console(json ? err::println : out::println, err::println);
    }
}
