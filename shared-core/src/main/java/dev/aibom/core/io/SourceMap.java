package dev.aibom.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field and array entry of a JSON or YAML document starts, keyed by JSON pointer, so that errors found
 * after parsing (duplicate names, unknown references) can still name a line.
 */
public final class SourceMap {

    /** A 1-based position in the file; {@code line == 0} means unknown. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }

    private final Map<String, Position> positions;

    private SourceMap(Map<String, Position> positions) {
        this.positions = Map.copyOf(positions);
    }

    public static SourceMap empty() {
        return new SourceMap(Map.of());
    }

    /** Reads every token of {@code parser} (which must be positioned before the first token). */
    public static SourceMap record(JsonParser parser) throws IOException {
        Map<String, Position> positions = new HashMap<>();
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
            // the field name comes first and is where a reader looks; keep it over the value's position
            positions.putIfAbsent(pointer, new Position(location.getLineNr(), location.getColumnNr()));
        }
        return new SourceMap(positions);
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

    /** JSON pointer of the path a Jackson mapping error points at. */
    public static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
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
