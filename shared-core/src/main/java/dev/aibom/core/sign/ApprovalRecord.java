package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.bom.LoadedBom;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.io.ConfigFiles;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.StrictJson;

/**
 * Procurement's signed decision about a supplier BOM, kept beside it. A single-form JSF signature covers its
 * signature object as it is, so nothing can be added to a supplier's single-signed BOM without breaking it; the
 * approval instead names the BOM (serial number, version) and the SHA-256 of its RFC 8785 canonical form -
 * supplier signature included - and is itself JSF-signed.
 *
 * <pre>{"type": "aibom-approval", "bom": {"serialNumber": ..., "version": 1, "sha256": ...},
 *  "decision": "approved", "by": "...", "role": "...", "at": "2026-11-23T10:00:00Z", "comment": "...",
 *  "signature": {...}}</pre>
 */
public final class ApprovalRecord {
    public static final String TYPE = "aibom-approval";

    /** The decision recorded. */
    public enum Decision { APPROVED, CONDITIONAL, REJECTED }

    /** What the record says, after its signature and BOM digest were checked. */
    public record Verified(Decision decision, String by, String role, Instant at, String comment,
                           SignerResult signer) {
    }

    private ApprovalRecord() {
    }

    /**
     * Reads an approval record strictly (valid UTF-8, no duplicate keys, no trailing data, size and depth limits): a
     * record with two {@code decision} members must not mean one thing to the verifier and another to a reader.
     */
    public static JsonNode read(java.nio.file.Path file) throws InvalidInputException {
        byte[] bytes = ConfigFiles.readBytes(file, "approval record");
        return new StrictJson(new ReadLimits(16L * 1024 * 1024, 32),
                "approval record", "approval record", "an aibom approval record (aibom approve writes one)",
                "the approver").parse(file, bytes);
    }

    /** SHA-256 of the BOM's canonical form, lower-case hex. */
    public static String bomDigest(JsonNode bom) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            Jcs.canonicalize(bom, java.util.Map.of(), new java.security.DigestOutputStream(
                    java.io.OutputStream.nullOutputStream(), digest));
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException(e); // SHA-256 is in every JDK; the null stream does not throw
        }
    }

    public static ObjectNode create(LoadedBom bom, Decision decision, String by, String role, Instant at,
                                    String comment, SigningKey key, SignOptions options) throws AibomException {
        Objects.requireNonNull(by, "by");
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("type", TYPE);
        ObjectNode subject = record.putObject("bom");
        if (bom.serialNumber() != null) {
            subject.put("serialNumber", bom.serialNumber());
        }
        subject.put("version", bom.version());
        subject.put("sha256", bomDigest(bom.tree()));
        record.put("decision", decision.name().toLowerCase(Locale.ROOT));
        record.put("by", by);
        if (role != null) {
            record.put("role", role);
        }
        record.put("at", DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)));
        if (comment != null) {
            record.put("comment", comment);
        }
        return JsfSigner.sign(record, key, options.withMultipleSigners(false));
    }

    /**
     * Checks that {@code record} is a validly signed approval of exactly {@code bom}.
     *
     * @throws AibomException saying what does not hold
     */
    public static Verified verify(JsonNode record, LoadedBom bom, VerificationPolicy policy) throws AibomException {
        if (!TYPE.equals(record.path("type").asText())) {
            throw new AibomException("This is not an aibom approval record (type is not '" + TYPE + "').");
        }
        List<SignerResult> results = new JsfVerifier(policy).verify(record, Jsf.DEFAULT_PROPERTY, "");
        SignerResult signer = results.get(0);
        if (results.size() != 1 || !signer.passed()) {
            throw new AibomException("The approval record's signature does not pass: " + signer.summary());
        }
        String expected = record.path("bom").path("sha256").asText();
        String actual = bomDigest(bom.tree());
        if (!expected.equals(actual)) {
            throw new AibomException("The approval record is for another BOM, or the BOM changed after approval:"
                    + " it approves SHA-256 " + expected + ", the BOM's canonical form has " + actual + ".");
        }
        Decision decision;
        try {
            decision = Decision.valueOf(record.path("decision").asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AibomException("The approval record has an unknown decision '"
                    + record.path("decision").asText() + "'.");
        }
        return new Verified(decision, record.path("by").asText(), record.path("role").asText(null),
                Instant.parse(record.path("at").asText()), record.path("comment").asText(null), signer);
    }
}
