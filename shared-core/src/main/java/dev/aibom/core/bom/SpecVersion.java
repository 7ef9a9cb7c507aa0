package dev.aibom.core.bom;

import org.cyclonedx.Version;

import java.util.Optional;

/**
 * The CycloneDX versions aibom reads. 1.7 is read through the JSON tree and validated against the official 1.7 schema;
 * cyclonedx-core-java 12.2.0 models up to 1.6, so a 1.7 BOM has no typed model.
 */
public enum SpecVersion {
    V1_4("1.4", Version.VERSION_14),
    V1_5("1.5", Version.VERSION_15),
    V1_6("1.6", Version.VERSION_16),
    V1_7("1.7", null);

    private final String text;
    private final Version library;

    SpecVersion(String text, Version library) {
        this.text = text;
        this.library = library;
    }

    public String text() {
        return text;
    }

    /** The version in cyclonedx-core-java, when the library models it. */
    public Optional<Version> library() {
        return Optional.ofNullable(library);
    }

    public static Optional<SpecVersion> of(String text) {
        for (SpecVersion version : values()) {
            if (version.text.equals(text)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
