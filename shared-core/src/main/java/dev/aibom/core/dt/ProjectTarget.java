package dev.aibom.core.dt;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Dependency-Track project a BOM goes to: by UUID, or by name and version (created when {@code autoCreate} is on
 * and it does not exist), optionally under a parent project (used when it is created). Neither UUID nor name: the
 * BOM's system (its {@code metadata.component} name and version), as {@link #forSystem} fills in.
 *
 * @param uuid       the project's UUID, or null to name it
 * @param name       the project's name (with {@code version}), used when {@code uuid} is null
 * @param version    the project's version
 * @param autoCreate create the project when it does not exist (needs {@code PROJECT_CREATION_UPLOAD})
 * @param parent     the parent project: a UUID, {@code name} or {@code name@version}; or null
 */
public record ProjectTarget(String uuid, String name, String version, boolean autoCreate, String parent)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A Dependency-Track UUID as its API validates it: 36 characters, lower-case hex. */
    static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public ProjectTarget {
        uuid = blankToNull(uuid);
        name = blankToNull(name);
        version = blankToNull(version);
        parent = blankToNull(parent);
        if (uuid != null && !UUID.matcher(uuid).matches()) {
            throw new IllegalArgumentException("the project UUID '" + uuid + "' is not a UUID (36 characters,"
                    + " lower-case hex, e.g. 6a1b9d3e-0f4c-4f2e-9a57-3c1d2b4e5f60)");
        }
        if (uuid == null && (name == null) != (version == null)) {
            throw new IllegalArgumentException("name the Dependency-Track project: its UUID, or its name and version"
                    + " (or neither, for the system's name and version)");
        }
        if (uuid != null && name != null) {
            throw new IllegalArgumentException("name the Dependency-Track project by its UUID or by its name and"
                    + " version, not both");
        }
        if (uuid != null && autoCreate) {
            throw new IllegalArgumentException("autoCreate needs the project's name and version, not its UUID");
        }
        for (String value : new String[]{name, version, parent}) {
            if (value != null && value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("the project name, version and parent may only contain printable"
                        + " characters");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Neither UUID nor name: the BOM's system names the project. */
    public boolean bySystem() {
        return uuid == null && name == null;
    }

    /** This target with the system's name and version, when {@link #bySystem()}. */
    public ProjectTarget forSystem(String systemName, String systemVersion) {
        return bySystem() ? new ProjectTarget(null, systemName, systemVersion, autoCreate, parent) : this;
    }

    public Optional<String> projectUuid() {
        return Optional.ofNullable(uuid);
    }

    /** The parent's UUID, when the parent is given by UUID. */
    public Optional<String> parentUuid() {
        return Optional.ofNullable(parent).filter(p -> UUID.matcher(p).matches());
    }

    /** The parent's name, when the parent is given by name ({@code name} or {@code name@version}). */
    public Optional<String> parentName() {
        return Optional.ofNullable(parent).filter(p -> !UUID.matcher(p).matches())
                .map(p -> p.lastIndexOf('@') > 0 ? p.substring(0, p.lastIndexOf('@')) : p);
    }

    /** The parent's version, when the parent is given as {@code name@version}. */
    public Optional<String> parentVersion() {
        return Optional.ofNullable(parent).filter(p -> !UUID.matcher(p).matches() && p.lastIndexOf('@') > 0)
                .map(p -> p.substring(p.lastIndexOf('@') + 1)).filter(v -> !v.isBlank());
    }

    /** For messages: {@code project 'name' version '1.0'} or {@code project 6a1b...}. */
    public String describe() {
        return uuid != null ? "project " + uuid : "project '" + name + "' version '" + version + "'";
    }
}
