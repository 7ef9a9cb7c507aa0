package dev.aibom.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Where each field and array entry of a JSON or YAML document starts, keyed by JSON pointer, so that errors found
 * after parsing (duplicate names, unknown references) can still name a line. Also records where scalar values start
 * (for errors inside a value, such as an expression) and where YAML anchors and aliases are, which aibom refuses.
 */
public final class SourceMap {

    /** A 1-based position in the file; {@code line == 0} means unknown. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }

    /** A YAML anchor ({@code &name}) or alias ({@code *name}) and where it is. */
    public record Alias(String name, boolean anchor, Position position, String pointer) {
    }

    private final Map<String, Position> positions;
    private final Map<String, Position> values;
    private final Set<String> quoted;
    private final List<Alias> aliases;

    private SourceMap(Map<String, Position> positions, Map<String, Position> values, Set<String> quoted,
                      List<Alias> aliases) {
        this.positions = Map.copyOf(positions);
        this.values = Map.copyOf(values);
        this.quoted = Set.copyOf(quoted);
        this.aliases = List.copyOf(aliases);
    }

    public static SourceMap empty() {
        return new SourceMap(Map.of(), Map.of(), Set.of(), List.of());
    }

    /** Reads every token of {@code parser} (which must be positioned before the first token). */
    public static SourceMap record(JsonParser parser) throws IOException {
        return record(parser, null);
    }

    /**
     * Reads every token of {@code parser}; with the document's {@code text}, also notes which scalar values are
     * quoted.
     */
    public static SourceMap record(JsonParser parser, String text) throws IOException {
        Map<String, Position> positions = new HashMap<>();
        Map<String, Position> values = new HashMap<>();
        Set<String> quoted = new HashSet<>();
        List<Alias> aliases = new ArrayList<>();
        String[] lines = text == null ? null : text.split("\n", -1);
        YAMLParser yaml = parser instanceof YAMLParser y ? y : null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            String pointer;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                var parent = parser.getParsingContext().getParent();
                pointer = parent == null ? "" : parent.pathAsPointer().toString();
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            } else {
                pointer = parser.getParsingContext().pathAsPointer().toString();
            }
            JsonLocation location = parser.currentTokenLocation();
            Position position = new Position(location.getLineNr(), location.getColumnNr());
            // the field name comes first and is where a reader looks; keep it over the value's position
            positions.putIfAbsent(pointer, position);
            if (yaml != null && token != JsonToken.FIELD_NAME) {
                if (yaml.isCurrentAlias()) {
                    aliases.add(new Alias(parser.getText(), false, position, pointer));
                } else if (yaml.getObjectId() != null) {
                    aliases.add(new Alias(String.valueOf(yaml.getObjectId()), true, position, pointer));
                }
            }
            if (token.isScalarValue()) {
                values.putIfAbsent(pointer, position);
                if (lines != null && position.line() > 0 && position.line() <= lines.length) {
                    String line = lines[position.line() - 1];
                    int index = position.column() - 1;
                    if (index >= 0 && index < line.length() && (line.charAt(index) == '\'' || line.charAt(index) == '"')) {
                        quoted.add(pointer);
                    }
                }
            }
        }
        return new SourceMap(positions, values, quoted, aliases);
    }

    /**
     * As {@link #record(JsonParser)}, but keeps only what {@link #positionOf} needs for {@code pointers} (each, and
     * its ancestors) and stops reading once it has them all: a few errors in a document of any size, found without a
     * map of all of it.
     */
    public static SourceMap recordOnly(JsonParser parser, java.util.Collection<String> pointers) throws IOException {
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            for (JsonPointer at = JsonPointer.compile(pointer); at != null; at = at.head()) {
                wanted.add(at.toString());
            }
        }
        Map<String, Position> positions = new HashMap<>();
        JsonToken token;
        while (positions.size() < wanted.size() && (token = parser.nextToken()) != null) {
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            }
            String pointer;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                var parent = parser.getParsingContext().getParent();
                pointer = parent == null ? "" : parent.pathAsPointer().toString();
            } else {
                pointer = parser.getParsingContext().pathAsPointer().toString();
            }
            if (wanted.contains(pointer) && !positions.containsKey(pointer)) {
                JsonLocation location = parser.currentTokenLocation();
                positions.put(pointer, new Position(location.getLineNr(), location.getColumnNr()));
            }
        }
        return new SourceMap(positions, Map.of(), Set.of(), List.of());
    }

    /** The position of {@code pointer}, or of its nearest recorded ancestor. */
    public Position positionOf(String pointer) {
        JsonPointer current = JsonPointer.compile(pointer);
        while (current != null) {
            Position found = positions.get(current.toString());
            if (found != null) {
                return found;
            }
            current = current.head();
        }
        return Position.UNKNOWN;
    }

    /** Where the scalar value at {@code pointer} starts (its opening quote, if quoted), else {@link #positionOf}. */
    public Position valuePositionOf(String pointer) {
        Position value = values.get(pointer);
        return value != null ? value : positionOf(pointer);
    }

    /** Whether the scalar value at {@code pointer} is written in quotes. */
    public boolean isQuotedValue(String pointer) {
        return quoted.contains(pointer);
    }

    /** YAML anchors and aliases, in document order. */
    public List<Alias> aliases() {
        return aliases;
    }

    /** A member name as one segment of a JSON pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** JSON pointer of the path a Jackson mapping error points at. */
    public static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(segment(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** {@code /models/0/supplier} as a reader would write it: {@code models[0].supplier}. */
    public static String fieldOf(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.toString();
    }
}
