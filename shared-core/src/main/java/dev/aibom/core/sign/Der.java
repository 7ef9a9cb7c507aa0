package dev.aibom.core.sign;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Just enough DER for what the JDK reads but does not expose: the algorithm of a PKCS#8 or SubjectPublicKeyInfo
 * encoding, the public key a PKCS#8 EC key carries, and the fixed RFC 8410 encoding of an EdDSA public key. Every
 * read is bounds-checked, and anything unexpected is reported as {@link IllegalArgumentException} so that callers can
 * hand the file to Bouncy Castle instead.
 *
 * <p>Hand-written, not Bouncy Castle's ASN.1 classes: signing and verifying with plain keys never loads Bouncy Castle
 * (KeyLoaderTest#signingAndVerifyingWithPlainKeysNeverLoadsBouncyCastle), which keeps cold commands fast.
 */
final class Der {
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;

    private static final byte[] EC = {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};
    private static final byte[] RSA = {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01};
    private static final byte[] RSA_PSS = {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x0a};
    private static final byte[] ED25519 = {0x2b, 0x65, 0x70};
    private static final byte[] ED448 = {0x2b, 0x65, 0x71};

    /** One element: its tag and where its content lies in {@code source}. */
    record Element(int tag, byte[] source, int start, int contentStart, int end) {
        byte[] content() {
            return Arrays.copyOfRange(source, contentStart, end);
        }

        byte[] encoded() {
            return Arrays.copyOfRange(source, start, end);
        }

        /** The {@code index}th child; IllegalArgumentException when there is none. */
        Element child(int index) {
            List<Element> children = children();
            if (index >= children.size()) {
                throw new IllegalArgumentException("DER element 0x" + Integer.toHexString(tag) + " has no field "
                        + index);
            }
            return children.get(index);
        }

        List<Element> children() {
            if ((tag & 0x20) == 0) {
                throw new IllegalArgumentException("DER element 0x" + Integer.toHexString(tag) + " is not constructed");
            }
            List<Element> children = new ArrayList<>();
            int offset = contentStart;
            while (offset < end) {
                Element child = read(source, offset, end);
                children.add(child);
                offset = child.end;
            }
            return children;
        }
    }

    private Der() {
    }

    /** The single element that fills {@code encoded} completely. */
    static Element parse(byte[] encoded) {
        Element element = read(encoded, 0, encoded.length);
        if (element.end != encoded.length) {
            throw new IllegalArgumentException("trailing bytes after the DER element");
        }
        return element;
    }

    static Element read(byte[] source, int offset, int limit) {
        if (offset + 2 > limit) {
            throw new IllegalArgumentException("truncated DER element");
        }
        int tag = source[offset] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            throw new IllegalArgumentException("multi-byte DER tags are not used in key encodings");
        }
        int first = source[offset + 1] & 0xff;
        int contentStart = offset + 2;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7f;
            if (count == 0 || count > 4 || contentStart + count > limit) {
                throw new IllegalArgumentException("bad DER length");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (source[contentStart + i] & 0xff);
            }
            contentStart += count;
        }
        if (length > limit - contentStart) {
            throw new IllegalArgumentException("DER length beyond the end of the data");
        }
        return new Element(tag, source, offset, contentStart, contentStart + (int) length);
    }

    static byte[] encode(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length < 0x100 ? 1 : length < 0x10000 ? 2 : length < 0x1000000 ? 3 : 4;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    /**
     * The JCA key algorithm of a PKCS#8 PrivateKeyInfo or an X.509 SubjectPublicKeyInfo: EC, RSA, RSASSA-PSS,
     * Ed25519 or Ed448; empty for any other.
     */
    static Optional<String> keyAlgorithm(byte[] encoded) {
        Element info = parse(encoded);
        // PrivateKeyInfo starts with a version INTEGER, SubjectPublicKeyInfo with the AlgorithmIdentifier
        return algorithmName(info.child(0).tag() == INTEGER ? info.child(1) : info.child(0));
    }

    private static Optional<String> algorithmName(Element algorithm) {
        Element identifier = algorithm.child(0);
        if (identifier.tag() != OID) {
            throw new IllegalArgumentException("the key algorithm is not an OBJECT IDENTIFIER");
        }
        byte[] oid = identifier.content();
        if (Arrays.equals(oid, EC)) {
            return Optional.of("EC");
        }
        if (Arrays.equals(oid, RSA)) {
            return Optional.of("RSA");
        }
        if (Arrays.equals(oid, RSA_PSS)) {
            return Optional.of("RSASSA-PSS");
        }
        if (Arrays.equals(oid, ED25519)) {
            return Optional.of("Ed25519");
        }
        if (Arrays.equals(oid, ED448)) {
            return Optional.of("Ed448");
        }
        return Optional.empty();
    }

    /**
     * The SubjectPublicKeyInfo of the public key stored inside a PKCS#8 key: the {@code publicKey} of a version 2
     * OneAsymmetricKey (RFC 5958), or of the RFC 5915 ECPrivateKey in an EC key (OpenSSL and {@code aibom keygen}
     * write it); empty when the file does not carry one.
     */
    static Optional<byte[]> embeddedPublicKey(byte[] pkcs8) {
        Element info = parse(pkcs8);
        Element algorithm = info.child(1);
        Element privateKey = info.child(2);
        for (Element field : info.children()) {
            if (field.tag() == 0x81) {
                return Optional.of(encode(SEQUENCE, algorithm.encoded(), encode(BIT_STRING, field.content())));
            }
        }
        if (algorithmName(algorithm).filter("EC"::equals).isEmpty()) {
            return Optional.empty();
        }
        Element ecPrivateKey = parse(privateKey.content());
        for (Element field : ecPrivateKey.children()) {
            if (field.tag() == 0xa1) {
                Element bits = parse(field.content());
                if (bits.tag() != BIT_STRING) {
                    throw new IllegalArgumentException("the EC public key is not a BIT STRING");
                }
                return Optional.of(encode(SEQUENCE, algorithm.encoded(), bits.encoded()));
            }
        }
        return Optional.empty();
    }

    /** RFC 8410 SubjectPublicKeyInfo of a raw Ed25519 or Ed448 public key. */
    static byte[] edPublicKeyInfo(String curve, byte[] raw) {
        byte[] oid = switch (curve) {
            case "Ed25519" -> ED25519;
            case "Ed448" -> ED448;
            default -> throw new IllegalArgumentException("unsupported EdDSA curve " + curve);
        };
        return encode(SEQUENCE, encode(SEQUENCE, encode(OID, oid)), encode(BIT_STRING, new byte[]{0}, raw));
    }

    /** The raw key of an EdDSA SubjectPublicKeyInfo (the BIT STRING without its unused-bits byte). */
    static byte[] rawPublicKey(byte[] subjectPublicKeyInfo) {
        byte[] bits = parse(subjectPublicKeyInfo).child(1).content();
        if (bits.length < 1 || bits[0] != 0) {
            throw new IllegalArgumentException("the public key BIT STRING has unused bits");
        }
        return Arrays.copyOfRange(bits, 1, bits.length);
    }
}
