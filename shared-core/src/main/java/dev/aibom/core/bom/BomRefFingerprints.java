package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.control.BomView;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The bom-refs outside the declarations of a BOM read a part at a time (each element of its top-level arrays, as a
 * streaming read hands them over), kept as 64-bit fingerprints: the first 8 bytes of the SHA-256 of each ref, 8 bytes
 * a ref, so that a read that keeps no component keeps no string per component either (a million components: 8 MB).
 * A ref that is not in the BOM is taken for one that is only if its SHA-256 starts as one of theirs does: a second
 * preimage, 2^64 work for an author who would make a reference seem to resolve. Not thread-safe: one reader adds.
 * Hand-written: the libraries at hand have no set of primitive longs.
 */
public final class BomRefFingerprints {
    private final MessageDigest sha256;
    private long[] values = new long[64];
    private int size;
    private boolean sorted = true;

    public BomRefFingerprints() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Adds every textual bom-ref under {@code element} outside any {@code declarations} member. */
    public void addAll(JsonNode element) {
        for (String ref : BomView.refsOutsideDeclarations(element)) {
            add(ref);
        }
    }

    /** Adds one ref. */
    public void add(String ref) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = fingerprint(ref);
        sorted = false;
    }

    /** Whether {@code ref} was added (up to the fingerprint, see above). */
    public boolean contains(String ref) {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        return Arrays.binarySearch(values, 0, size, fingerprint(ref)) >= 0;
    }

    private long fingerprint(String ref) {
        byte[] digest = sha256.digest(ref.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = value << 8 | (digest[i] & 0xFF);
        }
        return value;
    }
}
