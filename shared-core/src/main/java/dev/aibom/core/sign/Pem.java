package dev.aibom.core.sign;

import dev.aibom.core.AibomException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.aibom.core.io.InputFiles;

/**
 * PEM blocks as RFC 7468 defines them (text around the blocks is ignored; RFC 1421 headers such as
 * {@code Proc-Type} are noted, not interpreted). Hand-written, not Bouncy Castle's PemReader, for the same reason as
 * {@link Der}: plain keys are read without loading Bouncy Castle.
 */
final class Pem {
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([^-]+)-----");

    /**
     * @param hasHeaders whether the block has RFC 1421 headers (OpenSSL's legacy encrypted keys)
     */
    record Block(String label, boolean hasHeaders, byte[] der) {
    }

    private Pem() {
    }

    static List<Block> read(Path file) throws AibomException {
        return parse(new String(bytes(file), StandardCharsets.US_ASCII), file.toString());
    }

    /** The bytes of a key or certificate file, bounded. */
    static byte[] bytes(Path file) throws AibomException {
        return InputFiles.readOrFail(file, InputFiles.KEY_LIMIT,
                new InputFiles.Kind("key file", "a PEM key or certificate is a few KiB; check that"
                        + " this is the right file."));
    }

    /** @param source the file or setting the text came from, for messages */
    static List<Block> parse(String text, String source) throws AibomException {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher begin = BEGIN.matcher(lines[i].strip());
            if (!begin.matches()) {
                continue;
            }
            String label = begin.group(1);
            int startLine = i + 1;
            String end = "-----END " + label + "-----";
            StringBuilder base64 = new StringBuilder();
            boolean headers = false;
            boolean ended = false;
            for (i++; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.equals(end)) {
                    ended = true;
                    break;
                }
                if (line.contains(":") && base64.length() == 0) {
                    headers = true;
                } else {
                    base64.append(line);
                }
            }
            if (!ended) {
                throw new AibomException("Cannot read " + source + " as PEM: the '" + label + "' block that starts on"
                        + " line " + startLine + " has no '" + end + "' line.");
            }
            try {
                blocks.add(new Block(label, headers, Base64.getDecoder().decode(base64.toString())));
            } catch (IllegalArgumentException e) {
                throw new AibomException("Cannot read " + source + " as PEM: the '" + label + "' block that starts on"
                        + " line " + startLine + " is not valid base64.");
            }
        }
        if (blocks.isEmpty()) {
            throw new AibomException("No PEM blocks in " + source + ". Keys must be PEM files (-----BEGIN ...-----).");
        }
        return blocks;
    }
}
