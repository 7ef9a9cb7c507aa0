package dev.aibom.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a human-written YAML or JSON file into a record type, turning every Jackson error into a {@link Problem}
 * that names the file, line and field and says what to do.
 */
public final class ConfigFiles {
    private ConfigFiles() {
    }

    /** The parsed value and where each of its fields stands in the file. */
    public record Parsed<T>(String source, T value, SourceMap sourceMap) {
    }

    /**
     * @param what what the file is, for messages ("descriptor", "policy" ...)
     */
    public static <T> Parsed<T> read(Path file, Class<T> type, String what) throws InvalidInputException {
        byte[] content = readBytes(file, what);
        return parse(file.toString(), content, StrictMappers.forFile(file), type, what);
    }

    /** The file's bytes, or a problem naming the file when it is missing or unreadable. */
    public static byte[] readBytes(Path file, String what) throws InvalidInputException {
        return InputFiles.read(file, InputFiles.CONFIG_LIMIT, kind(what));
    }

    /** A file people write: small, so that no parser spends long on it (SnakeYAML's time grows with the square of a
     * scalar's length). */
    static InputFiles.Kind kind(String what) {
        return new InputFiles.Kind(what, "a " + what + " is written by people and at most "
                + InputFiles.CONFIG_LIMIT / 1024 + " KiB; check that this is the right file.");
    }

    /**
     * Parses content that came from {@code source} (a file or URL, for messages).
     *
     * @param mapper {@link StrictMappers#forFile} of the source's name
     */
    public static <T> Parsed<T> parse(String source, byte[] content, ObjectMapper mapper, Class<T> type, String what)
            throws InvalidInputException {
        return parse(source, content, mapper, type, what, java.util.Optional.empty());
    }

    /**
     * Parses content, with {@code ${name}} in string values replaced by {@code properties} when they are given (see
     * {@link Interpolation}; an unknown name is a problem).
     */
    public static <T> Parsed<T> parse(String source, byte[] content, ObjectMapper mapper, Class<T> type, String what,
                                      java.util.Optional<Map<String, String>> properties)
            throws InvalidInputException {
        SourceMap sourceMap;
        try (JsonParser parser = mapper.createParser(content)) {
            sourceMap = SourceMap.record(parser, new String(content, java.nio.charset.StandardCharsets.UTF_8));
        } catch (StreamReadException e) {
            throw InvalidInputException.of(what, syntaxProblem(source, e));
        } catch (IOException e) {
            throw InvalidInputException.of(what, new Problem(source, 0, 0, "", "cannot parse the file: " + e, ""));
        }
        if (!sourceMap.aliases().isEmpty()) {
            // what a reader of the file sees must be what aibom reads: no value that stands somewhere else
            java.util.List<Problem> problems = new java.util.ArrayList<>();
            for (SourceMap.Alias alias : sourceMap.aliases()) {
                problems.add(new Problem(source, alias.position().line(), alias.position().column(),
                        SourceMap.fieldOf(alias.pointer()), "YAML " + (alias.anchor() ? "anchor '&" : "alias '*")
                        + alias.name() + "' is not allowed in aibom's files.", "write the value out in full"
                        + " where it is used."));
            }
            throw new InvalidInputException(what, source, problems);
        }
        java.util.List<Problem> unknown = new java.util.ArrayList<>();
        try (JsonParser raw = mapper.createParser(content);
             JsonParser parser = properties.isPresent()
                     ? Interpolation.wrap(raw, properties.get(), source, unknown) : raw) {
            if (parser.nextToken() == null) {
                throw InvalidInputException.of(what, new Problem(source, 0, 0, "", "the file is empty.",
                        "write the " + what + " into it; the README has a complete example."));
            }
            T value = mapper.readValue(parser, type);
            if (value == null) {
                // YAML's "~" or "null": a document, but not a mapping
                throw InvalidInputException.of(what, new Problem(source, 1, 1, "", "the file holds null, not a "
                        + what + ".", "write the " + what + " into it as a mapping of keys to values; the README has"
                        + " a complete example."));
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(what, source, unknown);
            }
            return new Parsed<>(source, value, sourceMap);
        } catch (JsonMappingException e) {
            throw InvalidInputException.of(what, mappingProblem(source, e, sourceMap));
        } catch (StreamReadException e) {
            throw InvalidInputException.of(what, syntaxProblem(source, e));
        } catch (IOException e) {
            throw InvalidInputException.of(what, new Problem(source, 0, 0, "", "cannot parse the file: " + e, ""));
        }
    }

    private static Problem syntaxProblem(String file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        String original = firstLine(e.getOriginalMessage());
        if (original.startsWith("Duplicate field")) {
            String name = original.replaceAll("^Duplicate field '(.*)'.*$", "$1");
            return new Problem(file, line, column, "", "the key '" + name + "' appears twice in the same mapping.",
                    "keep one of them.");
        }
        return new Problem(file, line, column, "", "this is not valid " + formatOf(file) + ": " + original,
                "fix the syntax at that position.");
    }

    private static Problem mappingProblem(String file, JsonMappingException e, SourceMap sourceMap) {
        String pointer = SourceMap.pointerOf(e.getPath());
        String field = SourceMap.fieldOf(pointer);
        SourceMap.Position position = sourceMap.positionOf(pointer);
        JsonLocation location = e.getLocation();
        int line = position.line();
        int column = position.column();
        if (location != null && location.getLineNr() > 0
                && !(e instanceof UnrecognizedPropertyException)) {
            line = location.getLineNr();
            column = location.getColumnNr();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return new Problem(file, line, column, field, "unknown key '" + unknown.getPropertyName() + "'.",
                    "check the spelling; the keys allowed here are: " + known + ".");
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(ConfigFiles::enumText).collect(Collectors.joining(", "));
            return new Problem(file, line, column, field, "'" + invalid.getValue() + "' is not an allowed value.",
                    "use one of: " + allowed + ".");
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return new Problem(file, line, column, field, e.getCause().getMessage() + ".", "");
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new Problem(file, line, column, field,
                    "expected " + describe(mismatched.getTargetType()) + " here.",
                    "write " + describe(mismatched.getTargetType()) + " (see the descriptor format in the README).");
        }
        return new Problem(file, line, column, field, firstLine(e.getOriginalMessage()), "");
    }

    private static String enumText(Object constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("value").invoke(constant));
        } catch (ReflectiveOperationException e) {
            return constant.toString();
        }
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a text value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(ConfigFiles::enumText)
                    .collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values";
        }
        return "a " + type.getSimpleName();
    }

    private static String formatOf(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
