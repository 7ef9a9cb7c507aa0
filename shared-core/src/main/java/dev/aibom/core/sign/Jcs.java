package dev.aibom.core.sign;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.aibom.core.io.TemporaryFiles;
import dev.aibom.core.io.TemporaryStorageException;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme over a Jackson tree: object members sorted by their UTF-16 code units, no
 * white space, strings escaped as ECMAScript's {@code JSON.stringify} does, numbers as ECMAScript's
 * {@code Number.prototype.toString} prints the IEEE-754 double. The shortest round-tripping digits come from Jackson's
 * Schubfach implementation ({@link DoubleToDecimal}); this class only lays them out the ECMAScript way.
 * (No maintained Java JCS library exists; this one is proven on the RFC's vectors and 10,000 number samples.)
 */
public final class Jcs {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Jcs() {
    }

    /** The canonical UTF-8 bytes of {@code node}. */
    public static byte[] canonicalize(JsonNode node) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            canonicalize(node, Map.of(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        }
        return bytes.toByteArray();
    }

    public static String canonicalString(JsonNode node) {
        return new String(canonicalize(node), StandardCharsets.UTF_8);
    }

    /**
     * Streams the canonical UTF-8 form of {@code node} into {@code sink} in chunks, never holding the whole of it:
     * what a signature or digest over a large document needs.
     *
     * @param rootOverrides members of the root object to replace (a value) or leave out (null), as if the document had
     *                      been changed that way - how JSF excludes members and substitutes the signature object
     *                      without copying the document
     */
    public static void canonicalize(JsonNode node, Map<String, JsonNode> rootOverrides, OutputStream sink)
            throws IOException {
        Out out = new Out(sink);
        if (rootOverrides.isEmpty() || !node.isObject()) {
            write(node, out);
        } else {
            object(node, rootOverrides, out);
        }
        out.flush();
    }

    /**
     * The canonical form of a document's top-level arrays, written element by element as the document is read (each
     * element canonicalized alone, which is what it is inside the whole: RFC 8785 orders members within an object,
     * never across an array), into a temporary file deleted on {@link #close}; nothing holds the arrays. A document
     * whose arrays are replaced by {@link #member} nodes canonicalizes as the whole document would.
     */
    public static final class Spool implements AutoCloseable {
        private final FileChannel channel;
        private final OutputStream out;
        private final Map<String, Region> regions = new LinkedHashMap<>();
        private long written;
        private String open;
        private boolean first;
        private Region current;

        /** A spool in a new temporary file without a name (see {@link TemporaryFiles#unnamed}). */
        public Spool() throws IOException {
            this.channel = TemporaryFiles.unnamed("aibom-canonical-");
            this.out = TemporaryFiles.output(channel);
        }

        /** The next element of the top-level array {@code member}; the arrays come one after another. */
        public void element(String member, JsonNode element) throws IOException {
            if (!member.equals(open)) {
                end();
                if (regions.containsKey(member)) {
                    throw new IllegalStateException("the array " + member + " was spooled before");
                }
                open = member;
                first = true;
                current = new Region(this, written);
                regions.put(member, current);
                write((byte) '[');
            }
            if (current.problem != null) {
                return;
            }
            if (!first) {
                write((byte) ',');
            }
            first = false;
            byte[] canonical;
            try {
                canonical = canonicalize(element);
            } catch (IllegalArgumentException e) {
                current.problem = e.getMessage(); // said when the signature is checked, as for a whole document
                return;
            }
            out.write(canonical);
            written += canonical.length;
        }

        /** An empty top-level array (no element was passed for it). */
        public void empty(String member) throws IOException {
            end();
            open = null;
            Region region = new Region(this, written);
            write((byte) '[');
            write((byte) ']');
            region.length = 2;
            regions.put(member, region);
        }

        private void end() throws IOException {
            if (open != null) {
                write((byte) ']');
                current.length = written - current.offset;
                open = null;
            }
        }

        private void write(byte b) throws IOException {
            out.write(b);
            written++;
        }

        /**
         * The node that stands for the spooled array {@code member} in the document: {@link Jcs} writes its canonical
         * bytes from the spool; to anything else it is an opaque value, not an array.
         */
        public JsonNode member(String member) throws IOException {
            end();
            out.flush();
            Region region = regions.get(member);
            if (region == null) {
                throw new IllegalArgumentException("the array " + member + " was not spooled");
            }
            return JsonNodeFactory.instance.pojoNode(region);
        }

        /**
         * The document as its canonical form must see it: {@code root} (read with its top-level arrays empty) with
         * each array standing as its spooled member ({@link #member}; an array no element was passed for is empty).
         */
        public ObjectNode document(
                ObjectNode root) throws IOException {
            ObjectNode document =
                    JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : root.properties()) {
                if (member.getValue().isArray()) {
                    if (!regions.containsKey(member.getKey())) {
                        empty(member.getKey());
                    }
                    document.set(member.getKey(), member(member.getKey()));
                } else {
                    document.set(member.getKey(), member.getValue());
                }
            }
            return document;
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } finally {
                channel.close();
            }
        }

        /** Where one array's canonical bytes are in the spool. */
        static final class Region {
            private final Spool spool;
            private final long offset;
            private long length;
            private String problem;

            Region(Spool spool, long offset) {
                this.spool = spool;
                this.offset = offset;
            }

            void copyTo(OutputStream sink) throws IOException {
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
                ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
                long position = offset;
                long end = offset + length;
                while (position < end) {
                    buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
                    int read;
                    try {
                        read = spool.channel.read(buffer, position);
                    } catch (IOException e) {
                        throw TemporaryStorageException.cannotReadBack(e);
                    }
                    if (read < 0) {
                        throw TemporaryStorageException.cannotReadBack(new EOFException("the canonical spool ended"
                                + " early"));
                    }
                    sink.write(buffer.array(), 0, read);
                    position += read;
                }
            }

            @Override
            public String toString() {
                return "[spooled canonical array]";
            }
        }
    }

    /** A character buffer flushed as UTF-8 between tokens, so a surrogate pair is never split. */
    private static final class Out {
        private static final int CHUNK = 1 << 16;
        private final StringBuilder chars = new StringBuilder(CHUNK + 1024);
        private final OutputStream sink;

        Out(OutputStream sink) {
            this.sink = sink;
        }

        Out append(char c) {
            chars.append(c);
            return this;
        }

        Out append(String text) {
            chars.append(text);
            return this;
        }

        void boundary() throws IOException {
            if (chars.length() >= CHUNK) {
                flush();
            }
        }

        void flush() throws IOException {
            if (chars.length() > 0) {
                sink.write(chars.toString().getBytes(StandardCharsets.UTF_8));
                chars.setLength(0);
            }
        }
    }

    private static void object(JsonNode node, Map<String, JsonNode> overrides, Out out) throws IOException {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size() + overrides.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!overrides.containsKey(member.getKey())) {
                members.add(member);
            }
        }
        overrides.forEach((name, value) -> {
            if (value != null) {
                members.add(Map.entry(name, value));
            }
        });
        // String.compareTo compares UTF-16 code units, exactly what RFC 8785 section 3.2.3 asks for
        if (members.size() > 1) {
            members.sort(Map.Entry.comparingByKey());
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out);
            out.boundary();
        }
        out.append('}');
    }

    private static void write(JsonNode node, Out out) throws IOException {
        if (node instanceof POJONode pojo
                && pojo.getPojo() instanceof Spool.Region region) {
            out.flush();
            region.copyTo(out.sink);
            return;
        }
        switch (node.getNodeType()) {
            case OBJECT -> object(node, Map.of(), out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                    out.boundary();
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node.doubleValue()));
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("JCS cannot canonicalize a " + node.getNodeType() + " node");
        }
    }

    private static void string(String value, Out out) {
        out.append('"');
        if (plain(value)) {
            // the common case: nothing to escape, no surrogates to check
            out.append(value).append('"');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isSurrogate(c)) {
                        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(i + 1));
                        if (!paired) {
                            throw new IllegalArgumentException("JCS requires valid Unicode; the string has a lone"
                                    + " surrogate at index " + i);
                        }
                        out.append(c).append(value.charAt(++i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A one-digit decimal that reads back as {@code value}, as "d" or "10" (after a carry), or null. Of two candidates
     * that both round-trip, the one closer to the exact value wins, as ECMAScript specifies.
     */
    private static String shortestOneDigit(double value, String twoDigits, int pointPosition) {
        double magnitude = Math.abs(value);
        int first = twoDigits.charAt(0) - '0';
        String best = null;
        BigDecimal bestDistance = null;
        BigDecimal exact = new BigDecimal(magnitude);
        for (int candidate : new int[]{first, first + 1}) {
            String text = candidate == 10 ? "10" : Integer.toString(candidate);
            // 0.d x 10^n == d x 10^(n-1)
            BigDecimal decimal = new BigDecimal(new BigInteger(
                    candidate == 10 ? "1" : text), -(pointPosition - 1 + (candidate == 10 ? 1 : 0)));
            if (candidate == 0 || decimal.doubleValue() != magnitude) {
                continue;
            }
            BigDecimal distance = decimal.subtract(exact).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = text;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** ECMAScript Number.prototype.toString(10) of a double (RFC 8785 section 3.2.2.3). */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JCS has no representation for " + value);
        }
        if (value == 0) {
            return "0"; // also -0
        }
        // Java's shortest form: "[-]d.dddE[-]n" or "[-]ddd.ddd"; reduce it to digits and a decimal exponent
        String java = DoubleToDecimal.toString(value);
        boolean negative = java.charAt(0) == '-';
        if (negative) {
            java = java.substring(1);
        }
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPosition = (dot < 0 ? mantissa.length() : dot) + exponent;
        // strip leading zeros (0.00123) and trailing zeros (100.0)
        int leading = 0;
        while (leading < digits.length() - 1 && digits.charAt(leading) == '0') {
            leading++;
        }
        digits = digits.substring(leading);
        pointPosition -= leading;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);

        if (digits.length() == 2) {
            // Java prints at least two digits where one would round-trip (4.9E-324); ECMAScript wants the shortest
            String oneDigit = shortestOneDigit(value, digits, pointPosition);
            if (oneDigit != null) {
                pointPosition += oneDigit.length() - 1; // a carry (9.5 -> 10) moves the point
                digits = oneDigit.substring(0, 1);
            }
        }
        // ECMAScript: value = 0.d1d2...dk x 10^n with k = digits.length(), n = pointPosition
        int k = digits.length();
        int n = pointPosition;
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits);
            out.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 >= 0 ? '+' : '-').append(Math.abs(n - 1));
        }
        return out.toString();
    }
}
