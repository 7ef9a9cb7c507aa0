package dev.aibom.core.format;

import java.util.List;
import java.util.Objects;

/**
 * What one file is and what in it could run code or escape its folder.
 *
 * @param format what the content says it is
 * @param issues every unsafe construct, unknown global and part that could not be checked; empty when none
 */
public record Inspection(ModelFormat format, List<Issue> issues) {
    /** How an issue weighs. */
    public enum Kind {
        /** Known to run code when the model is loaded (a denied global, a Lambda layer, an attack construct). */
        DENIED,
        /** Not known to be safe: a global or object on neither list (a warning, an error with {@code strict}). */
        UNKNOWN,
        /** The file breaks its format in a way that is unsafe (a safetensors header out of bounds, external data
         * outside the folder). */
        UNSAFE,
        /** A part that could not be checked (too large, not readable, an unsupported variant): never a pass. */
        UNREADABLE
    }

    /**
     * One finding in a file.
     *
     * @param kind     how it weighs
     * @param what     in words: {@code imports posix.system (STACK_GLOBAL): known to run code (...)}
     * @param location where: the container path and the byte offset ({@code archive/data.pkl byte 53}), a JSON
     *                 pointer in a config ({@code config.json/config/layers/1}), or empty
     * @param name     the global or object concerned ({@code posix.system}, {@code keras.layers.Lambda}); empty when
     *                 none
     */
    public record Issue(Kind kind, String what, String location, String name) {
        public Issue {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(name, "name");
        }

        /** {@code imports posix.system (...) (byte 0)}. */
        public String line() {
            return what + (location.isEmpty() ? "" : " (" + location + ")");
        }
    }

    public Inspection {
        Objects.requireNonNull(format, "format");
        issues = List.copyOf(issues);
    }

    /** Nothing at all to report. */
    public boolean safe() {
        return issues.isEmpty();
    }

    public List<Issue> of(Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).toList();
    }
}
