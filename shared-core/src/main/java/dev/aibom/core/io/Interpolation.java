package dev.aibom.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.aibom.core.Problem;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} in the string values of a parsed document, replaced with the build's properties (the Maven
 * project's). It works on parsed scalar values, never on the raw text: a {@code ${x}} in a comment is a comment, a
 * value that contains {@code ": "} or a line break stays one value and cannot add keys, and keys are never
 * interpolated. An unknown name is a problem at the value's line and column.
 */
public final class Interpolation {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private Interpolation() {
    }

    /**
     * A parser that returns string values interpolated.
     *
     * @param problems receives one problem per unknown name
     */
    public static JsonParser wrap(JsonParser parser, Map<String, String> properties, String source,
                                  List<Problem> problems) {
        return new JsonParserDelegate(parser) {
            private JsonLocation cachedAt;
            private String cached;

            private String interpolated() throws IOException {
                String raw = delegate.getText();
                if (delegate.currentToken() != JsonToken.VALUE_STRING || raw == null || !raw.contains("${")) {
                    return raw;
                }
                JsonLocation at = delegate.currentTokenLocation();
                if (at.equals(cachedAt)) {
                    return cached;
                }
                Matcher matcher = PROPERTY.matcher(raw);
                StringBuilder out = new StringBuilder();
                while (matcher.find()) {
                    String value = properties.get(matcher.group(1));
                    if (value == null) {
                        problems.add(new Problem(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                                fieldOf(delegate),
                                "unknown property '" + matcher.group() + "'.",
                                "use a property the build defines (in the POM, or on the command line with"
                                        + " -Dname=value), such as ${project.version}, or write the value."));
                        value = matcher.group();
                    }
                    matcher.appendReplacement(out, Matcher.quoteReplacement(value));
                }
                matcher.appendTail(out);
                cachedAt = at;
                cached = out.toString();
                return cached;
            }

            @Override
            public String getText() throws IOException {
                return interpolated();
            }

            @Override
            public int getText(Writer writer) throws IOException {
                String text = interpolated();
                writer.write(text);
                return text.length();
            }

            @Override
            public String getValueAsString() throws IOException {
                return currentToken() == JsonToken.VALUE_STRING ? interpolated() : delegate.getValueAsString();
            }

            @Override
            public String getValueAsString(String defaultValue) throws IOException {
                return currentToken() == JsonToken.VALUE_STRING ? interpolated()
                        : delegate.getValueAsString(defaultValue);
            }

            @Override
            public boolean hasTextCharacters() {
                return false;
            }

            @Override
            public char[] getTextCharacters() throws IOException {
                return interpolated().toCharArray();
            }

            @Override
            public int getTextLength() throws IOException {
                return interpolated().length();
            }

            @Override
            public int getTextOffset() {
                return 0;
            }

            @Override
            public String nextTextValue() throws IOException {
                return nextToken() == JsonToken.VALUE_STRING ? interpolated() : null;
            }
        };
    }

    private static String fieldOf(JsonParser parser) {
        return SourceMap.fieldOf(parser.getParsingContext().pathAsPointer().toString());
    }
}
