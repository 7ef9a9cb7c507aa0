package dev.aibom.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strict reading of untrusted JSON documents (BOMs, approval records): valid UTF-8 only, no duplicate keys (a
 * classic way to make a reader and a signature verifier see different documents), no trailing data, within size and
 * depth limits, and a JSON object at the top. Every problem names the file, line and column.
 */
public final class StrictJson {
    private final ObjectMapper mapper;
    private final ObjectReader partReader;
    private final String what;
    private final String noun;
    private final String expected;
    private final String sender;

    /**
     * @param what     what the file is, for the error header ("CycloneDX BOM")
     * @param noun     how a sentence names one ("BOM")
     * @param expected what to pass instead ("a CycloneDX JSON BOM")
     * @param sender   who to ask for a better one ("the supplier")
     */
    public StrictJson(ReadLimits limits, String what, String noun, String expected, String sender) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .nodeFactory(new CompactNodes())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        this.partReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.what = what;
        this.noun = noun;
        this.expected = expected;
        this.sender = sender;
    }

    /**
     * Tree nodes that take little memory: an object's members in a {@link MemberMap} (one array while small), arrays
     * with 2 slots to start (most of a BOM's hold one or two; Jackson's default is 10), and a short text that was read
     * before shared with it ({@code "SHA-256"}, {@code "library"}, property names: text nodes are immutable).
     * The texts remembered are bounded, per reader. They grow as usual when they need to.
     */
    static final class CompactNodes extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;
        /** For nodes made outside a read (no texts remembered). */
        static final CompactNodes INSTANCE = new CompactNodes();
        /** The longest text shared: names, kinds, algorithms, versions; not digests, which seldom repeat. */
        static final int SHARED_LENGTH = 32;
        /** The most texts remembered by one reader (about 3 MiB at most). */
        static final int SHARED_TEXTS = 1 << 15;
        private final ConcurrentHashMap<String,
                TextNode> texts = new ConcurrentHashMap<>();

        @Override
        public ObjectNode objectNode() {
            return new ObjectNode(this, new MemberMap());
        }

        @Override
        public ArrayNode arrayNode() {
            return new ArrayNode(this, 2);
        }

        @Override
        public TextNode textNode(String text) {
            if (text == null || text.length() > SHARED_LENGTH || this == INSTANCE) {
                return super.textNode(text);
            }
            TextNode known = texts.get(text);
            if (known != null) {
                return known;
            }
            TextNode node = super.textNode(text);
            if (texts.size() < SHARED_TEXTS) {
                texts.putIfAbsent(text, node);
            }
            return node;
        }
    }

    /** The mapper with the same strictness, for source maps of the same bytes. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads one value of a document being streamed (a member or an element) as a tree, with the same strictness;
     * what follows it is the streamer's to read.
     */
    public JsonNode part(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return CompactNodes.INSTANCE.nullNode();
        }
        return partReader.readTree(parser);
    }

    /** An empty object from the same node factory, for a document built from its parts. */
    public ObjectNode objectNode() {
        return CompactNodes.INSTANCE.objectNode();
    }

    /** An empty array from the same node factory. */
    public ArrayNode arrayNode() {
        return CompactNodes.INSTANCE.arrayNode();
    }

    /** The document's tree; {@code file} only names it in messages. */
    public JsonNode parse(Path file, byte[] bytes) throws InvalidInputException {
        return stream(file, bytes, parser -> tree(file, parser));
    }

    /**
     * Reads the document from a parser with this reader's strictness, as {@code streamer} wants it (the tree, or its
     * parts one at a time); every problem the parser finds becomes the same message as for {@link #parse}.
     */
    public <T> T stream(Path file, byte[] bytes, Streamer<T> streamer) throws InvalidInputException {
        // parse characters, not the bytes: jackson-core 2.21's byte parser rejects an escaped surrogate pair
        // ("\ud83d\ude02") in a member name as "Invalid UTF-8". The bytes are checked to be UTF-8 first, then decoded
        // as the parser reads them: never a second copy of the document as text (a 235 MB BOM held 1.2 GB of copies)
        try {
            checkUtf8(file, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayInputStream does not throw
        }
        return stream(file, new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                () -> new ByteArrayInputStream(bytes), streamer);
    }

    /** What reads a document from the parser: its tree, or its parts as they come. */
    @FunctionalInterface
    public interface Streamer<T> {
        T read(JsonParser parser) throws IOException, InvalidInputException;
    }

    /**
     * Opens the document's bytes again for a message that needs them (where invalid UTF-8 starts, the line of an
     * error), as a stream: a document of any size is read again without being held.
     */
    @FunctionalInterface
    public interface Bytes {
        InputStream open() throws InvalidInputException;
    }

    /**
     * The tree of a document streamed from {@code in} (never held whole as bytes or text), decoded as strictly: a bad
     * UTF-8 sequence stops the parse and {@code bytes} is read again only to say where it is.
     */
    public JsonNode parse(Path file, InputStream in, Bytes bytes) throws InvalidInputException {
        return stream(file, in, bytes, parser -> tree(file, parser));
    }

    /** {@link #stream(Path, byte[], Streamer)} from a stream (never held whole), decoded as strictly. */
    public <T> T stream(Path file, InputStream in, Bytes bytes, Streamer<T> streamer) throws InvalidInputException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream stream = in) {
            return stream(file, new InputStreamReader(stream, strict), bytes, streamer);
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot read the file: " + e.getMessage(), "");
        }
    }

    private JsonNode tree(Path file, JsonParser parser) throws IOException, InvalidInputException {
        JsonNode tree = mapper.readTree(parser);
        if (tree == null || tree.isMissingNode()) {
            throw empty(file);
        }
        if (!tree.isObject()) {
            throw notAnObject(file, tree.getNodeType().name());
        }
        return tree;
    }

    /** The document has no content. */
    public InvalidInputException empty(Path file) {
        return problem(file, 0, 0, "the file is empty.", "pass " + expected + ".");
    }

    /** The document is a JSON value of type {@code type} ({@code ARRAY}, as {@code JsonNodeType} names it). */
    public InvalidInputException notAnObject(Path file, String type) {
        return problem(file, 1, 1, "a " + noun + " is a JSON object, but this file holds a JSON "
                + type.toLowerCase(Locale.ROOT) + ".", "pass " + expected + ".");
    }

    /** Something follows the document, at {@code at}. */
    public InvalidInputException trailingData(Path file, JsonLocation at) {
        return problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "there is data after the end of the JSON document.", "ask " + sender + " for a well-formed "
                        + noun + ".");
    }

    private <T> T stream(Path file, Reader text, Bytes bytes, Streamer<T> streamer)
            throws InvalidInputException {
        try (JsonParser parser = mapper.createParser(text)) {
            return streamer.read(parser);
        } catch (InputFiles.LimitExceeded e) {
            throw e.problem();
        } catch (CharacterCodingException e) {
            try (InputStream again = bytes.open()) {
                checkUtf8(file, again);
            } catch (IOException unreadable) {
                // fall through to the message without the offset
            }
            throw problem(file, 0, 0, "the file is not valid UTF-8.", "JSON " + noun + "s must be UTF-8.");
        } catch (StreamConstraintsException e) {
            throw problem(file, 0, 0, "the JSON exceeds a read limit: " + e.getOriginalMessage(),
                    "raise the read limit if this " + noun + " is genuine.");
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                message = "the key " + message.replaceAll("^Duplicate field ('.*').*$", "$1") + " appears twice in"
                        + " one object; a reader and a signature verifier could see different values, so the " + noun
                        + " is refused.";
            } else if (message.contains("Trailing token")) {
                message = "there is data after the end of the JSON document.";
            } else if (message.startsWith("Unexpected character ('<'") && startsWithAngle(bytes)) {
                // the document starts with '<': XML (a CycloneDX XML BOM, say) or an HTML page, not JSON
                throw problem(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0
                        : Math.max(0, at.getColumnNr()), "this is XML (or HTML), not JSON: aibom reads " + expected
                        + ".", "ask " + sender + " for " + expected + ".");
            } else {
                message = "this is not valid JSON: " + message.lines().findFirst().orElse(message);
            }
            throw problem(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0
                    : Math.max(0, at.getColumnNr()), message, "ask " + sender + " for a well-formed " + noun + ".");
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage().contains("Trailing token")) {
                throw trailingData(file, e.getLocation());
            }
            throw problem(file, 0, 0, "this is not valid JSON: " + e.getOriginalMessage(), "");
        } catch (TemporaryStorageException e) {
            // where what is read is kept (check's spool) failed: a fault of the machine, not of the file
            throw new java.io.UncheckedIOException(e);
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot parse the file: " + e.getMessage(), "");
        }
    }

    /** Whether the document's first character (after white space and a byte order mark) is '<'. */
    private static boolean startsWithAngle(Bytes bytes) {
        try (InputStream in = bytes.open()) {
            byte[] head = in.readNBytes(4096);
            for (int i = 0; i < head.length; i++) {
                int b = head[i] & 0xff;
                if (b == '<') {
                    return true;
                }
                boolean byteOrderMark = i <= 2 && (b == 0xef || b == 0xbb || b == 0xbf);
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && !byteOrderMark) {
                    return false;
                }
            }
            return false;
        } catch (IOException | InvalidInputException unreadable) {
            return false; // the JSON error is reported as it is
        }
    }

    /** Strict UTF-8, checked through a small buffer: the offset of the first bad byte sequence is named. */
    private void checkUtf8(Path file, InputStream bytes) throws InvalidInputException, IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long consumed = 0; // bytes before the buffer's start
        boolean end = false;
        while (true) {
            if (!end) {
                int read = bytes.read(in.array(), in.position(), in.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    in.position(in.position() + read);
                }
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, end);
            if (result.isUnderflow() && end) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                throw problem(file, 0, 0, "the file is not valid UTF-8 (bad byte sequence at offset "
                        + (consumed + in.position()) + ").", "JSON " + noun + "s must be UTF-8; ask " + sender
                        + " to re-export it.");
            }
            if (result.isUnderflow() && end) {
                return;
            }
            consumed += in.position();
            in.compact();
            out.clear();
        }
    }

    private InvalidInputException problem(Path file, int line, int column, String message, String fixText) {
        return InvalidInputException.of(what, new Problem(file, line, column, "", message, fixText));
    }
}
