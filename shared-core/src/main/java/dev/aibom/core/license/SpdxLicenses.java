package dev.aibom.core.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SPDX license expressions (SPDX 2.3 Annex D): ids, {@code +}, {@code WITH}, {@code AND}, {@code OR}, parentheses,
 * {@code LicenseRef-} and {@code DocumentRef-...:LicenseRef-}. License and exception ids come from the
 * {@code spdx.schema.json} that cyclonedx-core-java ships, so they are exactly the ids the BOM schema accepts.
 * (The SPDX Java library can parse expressions too, but drags in a large dependency tree and online license lists.)
 */
public final class SpdxLicenses {
    private static final Pattern LICENSE_REF = Pattern.compile("(DocumentRef-[A-Za-z0-9.\\-]+:)?LicenseRef-[A-Za-z0-9.\\-]+");
    private static final Map<String, String> IDS_BY_LOWER_CASE = loadIds();

    /** A parsed expression: its canonical text (ids in their official case) and whether it is one plain id. */
    public record Expression(String canonical, boolean singleId) {
    }

    private SpdxLicenses() {
    }

    /** The official spelling of an SPDX license or exception id, if it is one (ids are case-insensitive). */
    public static Optional<String> officialId(String id) {
        return Optional.ofNullable(IDS_BY_LOWER_CASE.get(id.toLowerCase(Locale.ROOT)));
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException with a message saying what is wrong and where
     */
    /**
     * The licence ids in a licence text: the ids of an SPDX expression (without {@code +}, operators and exceptions
     * kept as written), or the text itself when it is a licence name rather than an expression.
     */
    public static java.util.List<String> ids(String text) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try {
            String canonical = parse(text).canonical();
            for (String token : canonical.replace("(", " ").replace(")", " ").split("\\s+")) {
                if (!token.isBlank() && !token.equals("AND") && !token.equals("OR") && !token.equals("WITH")) {
                    ids.add(token.endsWith("+") ? token.substring(0, token.length() - 1) : token);
                }
            }
        } catch (IllegalArgumentException e) {
            ids.add(text);
        }
        return ids;
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the license expression is empty");
        }
        Parser parser = new Parser(tokenize(text), text);
        String canonical = parser.expression();
        if (parser.position < parser.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.position)
                    + "' in license expression '" + text + "'");
        }
        boolean single = parser.tokens.size() == 1 && !canonical.endsWith("+")
                && IDS_BY_LOWER_CASE.containsKey(canonical.toLowerCase(Locale.ROOT));
        return new Expression(canonical, single);
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                        && text.charAt(i) != '(' && text.charAt(i) != ')') {
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    private static final class Parser {
        private final List<String> tokens;
        private final String text;
        private int position;

        Parser(List<String> tokens, String text) {
            this.tokens = tokens;
            this.text = text;
        }

        // expression := and ( OR and )*
        String expression() {
            StringBuilder out = new StringBuilder(and());
            while (peekOperator("OR")) {
                position++;
                out.append(" OR ").append(and());
            }
            return out.toString();
        }

        // and := with ( AND with )*
        private String and() {
            StringBuilder out = new StringBuilder(with());
            while (peekOperator("AND")) {
                position++;
                out.append(" AND ").append(with());
            }
            return out.toString();
        }

        // with := simple ( WITH exception )? | '(' expression ')'
        private String with() {
            String token = next("a license id or '('");
            if (token.equals("(")) {
                String inner = expression();
                String close = next("')'");
                if (!close.equals(")")) {
                    throw new IllegalArgumentException("expected ')' but found '" + close + "' in license expression '"
                            + text + "'");
                }
                return "(" + inner + ")";
            }
            String simple = simple(token);
            if (peekOperator("WITH")) {
                position++;
                String exception = next("a license exception id");
                String official = officialId(exception).orElseThrow(() -> new IllegalArgumentException(
                        "'" + exception + "' is not an SPDX license exception id (license expression '" + text + "')"));
                return simple + " WITH " + official;
            }
            return simple;
        }

        private String simple(String token) {
            if (token.equals(")") || isOperator(token)) {
                throw new IllegalArgumentException("expected a license id but found '" + token
                        + "' in license expression '" + text + "'");
            }
            if (LICENSE_REF.matcher(token).matches()) {
                return token;
            }
            boolean orLater = token.endsWith("+");
            String id = orLater ? token.substring(0, token.length() - 1) : token;
            String official = officialId(id).orElseThrow(() -> new IllegalArgumentException(
                    "'" + id + "' is not an SPDX license id (license expression '" + text
                            + "'); see https://spdx.org/licenses/ for the list, or use LicenseRef-<name> for a"
                            + " license that has no SPDX id"));
            return orLater ? official + "+" : official;
        }

        // SPDX operators are upper case; all-lower-case is tolerated as many tools write it
        private boolean peekOperator(String operator) {
            if (position >= tokens.size()) {
                return false;
            }
            String token = tokens.get(position);
            return token.equals(operator) || token.equals(operator.toLowerCase(Locale.ROOT));
        }

        private static boolean isOperator(String token) {
            return token.equalsIgnoreCase("AND") || token.equalsIgnoreCase("OR") || token.equalsIgnoreCase("WITH");
        }

        private String next(String expected) {
            if (position >= tokens.size()) {
                throw new IllegalArgumentException("license expression '" + text + "' ends where " + expected
                        + " was expected");
            }
            return tokens.get(position++);
        }
    }

    private static Map<String, String> loadIds() {
        try (InputStream in = SpdxLicenses.class.getResourceAsStream("/spdx.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("spdx.schema.json is missing from the classpath (cyclonedx-core-java)");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            Map<String, String> ids = new HashMap<>();
            for (JsonNode id : schema.path("enum")) {
                ids.put(id.asText().toLowerCase(Locale.ROOT), id.asText());
            }
            return Map.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
