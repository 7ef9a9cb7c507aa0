package dev.aibom.core.job;

import dev.aibom.core.AibomException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import dev.aibom.core.io.RealPaths;

/**
 * An optional input file (or URL) of a job - the policy, the supplier register, the waivers - as the user gave it.
 * Fail closed: a path the user configured must exist; only a conventional default file (such as
 * {@code suppliers.yaml} in the project folder) may be absent, and then the job says which default applied.
 *
 * @param parameter how the user sets it, for messages: {@code aibom.suppliers}, {@code --suppliers}, {@code suppliers}
 * @param location  the path or URL, when there is one
 * @param configured the user set it (it must exist); otherwise it is a conventional default (it may be absent)
 */
public record Input(String parameter, Optional<String> location, boolean configured) {
    public Input {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(location, "location");
        location = location.filter(value -> !value.isBlank());
    }

    /** Set by the user: it must exist. */
    public static Input configured(String parameter, String location) {
        return new Input(parameter, Optional.of(location), true);
    }

    /** The conventional default file: used when it exists. */
    public static Input byDefault(String parameter, Path location) {
        return new Input(parameter, Optional.of(location.toString()), false);
    }

    /** Not set and no default. */
    public static Input none(String parameter) {
        return new Input(parameter, Optional.empty(), false);
    }

    /** {@code configured} when the user gave a value, else the default file. */
    public static Input of(String parameter, String userValue, Path defaultFile) {
        return userValue == null || userValue.isBlank() ? byDefault(parameter, defaultFile)
                : configured(parameter, userValue);
    }

    public boolean isUrl() {
        return location.map(l -> l.startsWith("https://") || l.startsWith("http://")).orElse(false);
    }

    /**
     * What to read, or empty when nothing applies.
     *
     * @param what what the input is, for messages ("supplier register")
     * @throws AibomException when a configured file does not exist or is not a file
     */
    public Optional<String> resolve(String what) throws AibomException {
        if (location.isEmpty() || isUrl()) {
            return location;
        }
        Path path = RealPaths.of(Path.of(location.get()));
        if (Files.isRegularFile(path)) {
            return Optional.of(path.toString());
        }
        if (configured) {
            throw new AibomException(parameter + ": the " + what + " " + path + (Files.exists(path)
                    ? " is not a regular file" : " does not exist") + ". Point " + parameter + " at the " + what
                    + ", or remove the setting.");
        }
        return Optional.empty();
    }

    /** How the console names what was used: {@code suppliers.yaml (aibom.suppliers)} or {@code none (...)}. */
    String describe(String what, Optional<String> resolved, String fallback) {
        if (resolved.isPresent()) {
            return what + " " + resolved.get() + (configured ? "" : " (default)");
        }
        return what + ": " + fallback + (location.isPresent() ? " (default " + location.get() + " not found)"
                : " (" + parameter + " not set)");
    }
}
