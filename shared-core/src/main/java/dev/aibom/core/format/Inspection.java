package dev.aibom.core.format;

import java.util.List;
import java.util.Objects;

/**
 * What one file is and what in it could run code or escape its folder.
 *
 * @param format what the content says it is
 * @param issues every unsafe construct found; empty when none
 */
public record Inspection(ModelFormat format, List<Issue> issues) {
    /**
     * One unsafe construct.
     *
     * @param what     in words: {@code imports posix.system}, {@code a Lambda layer}
     * @param location where: {@code byte 28}, {@code archive/data.pkl byte 53}, {@code config.json}
     * @param name     the imported callable, for allowlisting ({@code posix.system}); empty when not an import
     */
    public record Issue(String what, String location, String name) {
        public Issue {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(name, "name");
        }

        /** {@code imports posix.system (byte 0)}. */
        public String line() {
            return what + (location.isEmpty() ? "" : " (" + location + ")");
        }
    }

    public Inspection {
        Objects.requireNonNull(format, "format");
        issues = List.copyOf(issues);
    }

    public boolean safe() {
        return issues.isEmpty();
    }
}
