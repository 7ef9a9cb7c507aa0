package dev.aibom.core.discovery;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AI libraries and SDKs aibom recognises among a build's dependencies: the resource
 * {@code dev/aibom/core/discovery/ai-libraries.yaml}, documented in {@code docs/discovery.md}.
 */
public final class Catalogue {
    private static final String RESOURCE = "ai-libraries.yaml";
    private static final List<Library> LIBRARIES = load();
    private static final List<Compiled> COMPILED = LIBRARIES.stream().map(library -> new Compiled(library,
            library.match().stream().map(glob -> Pattern.compile(("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q")))
                    .toList())).toList();

    private Catalogue() {
    }

    /** What runs models in the process, and what calls a provider's AI service. */
    public enum Kind { RUNTIME, SDK }

    /**
     * @param serviceHints a declared service covers the SDK when its provider, name or an endpoint contains one
     */
    public record Library(String name, Kind kind, String provider, List<String> serviceHints, List<String> match) {
        public Library {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            provider = provider == null ? "" : provider;
            serviceHints = serviceHints == null ? List.of() : List.copyOf(serviceHints);
            match = List.copyOf(match);
        }

    }

    /** A library with its globs compiled once. */
    private record Compiled(Library library, List<Pattern> patterns) {
        boolean matches(String coordinates) {
            return patterns.stream().anyMatch(pattern -> pattern.matcher(coordinates).matches());
        }
    }

    private record File(List<Library> libraries) {
    }

    private static List<Library> load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is missing from aibom's jar");
            JsonMapper yaml = JsonMapper.builder(new YAMLFactory())
                    .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();
            return List.copyOf(yaml.readValue(in, File.class).libraries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Library> libraries() {
        return LIBRARIES;
    }

    /** The catalogue's entry for a dependency, if it has one. */
    public static Optional<Library> of(String groupId, String artifactId) {
        String coordinates = groupId.toLowerCase(Locale.ROOT) + ":" + artifactId.toLowerCase(Locale.ROOT);
        return COMPILED.stream().filter(compiled -> compiled.matches(coordinates)).map(Compiled::library).findFirst();
    }
}
