package dev.aibom.core;

import java.util.function.Consumer;

/**
 * Where the core's stable log lines go: the Maven log, a Jenkins build console, the command line's stderr. Each call
 * is one line. {@link #safe} keeps every line printable whatever a BOM or register put into it ({@link Text}).
 */
public interface Log {
    Log NONE = of(line -> { }, line -> { }, line -> { });

    void info(String line);

    void warn(String line);

    void error(String line);

    static Log of(Consumer<String> info, Consumer<String> warn, Consumer<String> error) {
        return new Log() {
            @Override
            public void info(String line) {
                info.accept(line);
            }

            @Override
            public void warn(String line) {
                warn.accept(line);
            }

            @Override
            public void error(String line) {
                error.accept(line);
            }
        };
    }

    /**
     * A console without levels of its own (a terminal, a Jenkins build log): {@code aibom: <line>}, with
     * {@code WARNING} or {@code ERROR} after the prefix for those levels. Lines are made printable.
     */
    static Log console(Consumer<String> info, Consumer<String> problems) {
        return of(line -> info.accept("aibom: " + Text.printable(line)),
                line -> problems.accept("aibom: WARNING " + Text.printable(line)),
                line -> problems.accept("aibom: ERROR " + Text.printable(line)));
    }

    /** Every line at one level (for a console without levels). */
    static Log of(Consumer<String> all) {
        return of(all, all, all);
    }

    /** The same log with control characters and bidi overrides in every line made visible. */
    static Log safe(Log log) {
        return of(line -> log.info(Text.printable(line)), line -> log.warn(Text.printable(line)),
                line -> log.error(Text.printable(line)));
    }
}
