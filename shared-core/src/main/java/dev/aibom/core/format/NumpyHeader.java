package dev.aibom.core.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a numpy {@code .npy} array: the magic string, the format version, and a Python dict literal with the
 * array's {@code descr}, {@code fortran_order} and {@code shape}. An array whose dtype holds Python objects ({@code O},
 * also inside a structured dtype) is stored as a pickle right after the header, which {@code numpy.load} unpickles
 * when {@code allow_pickle} is set. Hand-written: the format is a few fixed bytes and one literal (numpy's
 * {@code lib.format} documents it), and only its {@code descr} matters here.
 *
 * @param descr     the dtype description as written ({@code '<f8'}, {@code '|O'}, or a list of fields)
 * @param dataStart where the array's bytes (or its pickle) start
 */
record NumpyHeader(String descr, int dataStart) {
    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*(\\[.*?\\](?=\\s*,\\s*['\"])|"
            + "'[^']*'|\"[^\"]*\")", Pattern.DOTALL);
    /** A type code of kind O ("object"), with or without byte order and size: '|O', 'O8', '<O'. */
    private static final Pattern OBJECT = Pattern.compile("['\"][|<>=]?O\\d*['\"]");

    static Optional<NumpyHeader> parse(byte[] bytes) {
        if (bytes.length < 10 || (bytes[0] & 0xff) != 0x93 || !new String(bytes, 1, 5, StandardCharsets.ISO_8859_1)
                .equals("NUMPY")) {
            return Optional.empty();
        }
        int major = bytes[6] & 0xff;
        int length;
        int start;
        if (major == 1) {
            length = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
            start = 10;
        } else if ((major == 2 || major == 3) && bytes.length >= 12) {
            length = ByteBuffer.wrap(bytes, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            start = 12;
        } else {
            return Optional.empty();
        }
        if (length < 0 || length > bytes.length - start) { // not start + length: it overflows for a length near 2^31
            return Optional.empty();
        }
        String header = new String(bytes, start, length, major == 3 ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        if (!header.trim().startsWith("{") || !descr.find()) {
            return Optional.empty();
        }
        return Optional.of(new NumpyHeader(descr.group(1), start + length));
    }

    /** Whether the array holds Python objects, so that a pickle follows the header. */
    boolean objects() {
        return OBJECT.matcher(descr).find();
    }
}
