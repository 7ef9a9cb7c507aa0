package dev.aibom.core.modelsig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Text;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.StrictJson;
import dev.aibom.core.modelsig.ModelSignatureResult.Status;
import dev.aibom.core.io.JdkDecoders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Verifies an OpenSSF Model Signing signature ({@code model.sig}, as the {@code model_signing} tool of
 * sigstore/model-transparency writes it): a Sigstore bundle (JSON, media type
 * {@code application/vnd.dev.sigstore.bundle.v0.3+json}) whose DSSE envelope signs an in-toto statement listing every
 * file of the model folder with its SHA-256.
 *
 * <p>What is checked, in order: the bundle's shape; the DSSE signature over the PAE encoding of the payload with a
 * public key the user trusts (matched by the bundle's key hint, the SHA-256 of the key's PEM text, as the tool
 * writes it) or with the key of a certificate that chains to a CA root the user trusts; the statement (in-toto v1,
 * predicate {@code https://model_signing/signature/v1.0}, one subject whose digest is the SHA-256 over the listed
 * digests); then the folder: every listed file present with an equal SHA-256, no file that is not listed (except
 * the ignored paths the statement names, and the signature itself).
 *
 * <p>Not supported, and said so by name: Sigstore keyless signatures (Fulcio certificates logged in Rekor, whose
 * trust root and transparency log aibom does not check), the sharded serialization ({@code shards}), hash types other
 * than SHA-256, and RSA or Ed25519 keys (the tool signs with EC P-256/384/521). The older predicate
 * {@code https://model_signing/Digests/v0.1} (one subject per file) is read too.
 */
public final class ModelSignatureVerifier {
    /** The file name the tool writes and aibom looks for in a model folder. */
    public static final String FILE = "model.sig";
    static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";
    static final String STATEMENT = "https://in-toto.io/Statement/v1";
    static final String PREDICATE = "https://model_signing/signature/v1.0";
    static final String PREDICATE_V01 = "https://model_signing/Digests/v0.1";
    private static final long LIMIT = 64L * 1024 * 1024;

    private final List<PublicKey> trustedKeys;
    private final List<X509Certificate> trustedRoots;
    private final Instant at;

    /**
     * @param trustedKeys  public keys whose signatures count
     * @param trustedRoots CA roots a signing certificate may chain to
     * @param at           when certificates must be valid
     */
    public ModelSignatureVerifier(List<PublicKey> trustedKeys, List<X509Certificate> trustedRoots, Instant at) {
        this.trustedKeys = List.copyOf(trustedKeys);
        this.trustedRoots = List.copyOf(trustedRoots);
        this.at = at;
    }

    /** The {@code model.sig} of a model: in its folder, or beside its file; empty when there is none. */
    public static Optional<Path> signatureOf(Path model) {
        Path folder = Files.isDirectory(model) ? model : model.getParent();
        if (folder == null) {
            return Optional.empty();
        }
        Path signature = folder.resolve(FILE);
        return Files.isRegularFile(signature, LinkOption.NOFOLLOW_LINKS) ? Optional.of(signature) : Optional.empty();
    }

    /**
     * Checks the signature {@code signatureFile} over the folder that holds it.
     *
     * @throws AibomException when the signature file cannot be read at all (the caller names it); everything about
     *                        its content is a result
     */
    public ModelSignatureResult verify(Path signatureFile) throws AibomException, IOException {
        return verify(signatureFile, List.of());
    }

    /**
     * As {@link #verify(Path)}, leaving out these paths (relative to the folder) besides those the statement
     * ignores, as the tool's {@code --ignore-paths} does.
     */
    public ModelSignatureResult verify(Path signatureFile, List<String> ignorePaths) throws AibomException,
            IOException {
        Path folder = signatureFile.toAbsolutePath().getParent();
        JsonNode bundle;
        try {
            bundle = new StrictJson(new ReadLimits(LIMIT, ReadLimits.DEFAULT_DEPTH), "model signature", "file",
                    "a Sigstore bundle (JSON)", "the model's signer").parse(signatureFile,
                    Files.readAllBytes(signatureFile));
        } catch (AibomException e) {
            return ModelSignatureResult.failed(Status.MALFORMED, "not a Sigstore bundle: " + e.getMessage());
        }
        String mediaType = bundle.path("mediaType").asText("");
        if (!mediaType.startsWith("application/vnd.dev.sigstore.bundle")) {
            return ModelSignatureResult.failed(Status.MALFORMED, "mediaType is '" + Text.printable(mediaType)
                    + "', not a Sigstore bundle (application/vnd.dev.sigstore.bundle.v0.3+json)");
        }
        JsonNode envelope = bundle.path("dsseEnvelope");
        if (!envelope.isObject()) {
            return ModelSignatureResult.failed(Status.UNSUPPORTED, "the bundle has no dsseEnvelope (a message"
                    + " signature bundle); model signatures are DSSE envelopes");
        }
        if (!PAYLOAD_TYPE.equals(envelope.path("payloadType").asText())) {
            return ModelSignatureResult.failed(Status.MALFORMED, "payloadType is '"
                    + Text.printable(envelope.path("payloadType").asText()) + "', not " + PAYLOAD_TYPE);
        }
        byte[] payload;
        List<byte[]> signatures = new ArrayList<>();
        try {
            payload = Base64.getDecoder().decode(envelope.path("payload").asText());
            for (JsonNode signature : envelope.path("signatures")) {
                signatures.add(Base64.getDecoder().decode(signature.path("sig").asText()));
            }
        } catch (IllegalArgumentException e) {
            return ModelSignatureResult.failed(Status.MALFORMED, "the envelope's payload or a signature is not"
                    + " base64: " + e.getMessage());
        }
        if (signatures.isEmpty()) {
            return ModelSignatureResult.failed(Status.MALFORMED, "the envelope has no signature");
        }
        JsonNode material = bundle.path("verificationMaterial");
        if (material.path("tlogEntries").size() > 0 && !material.has("publicKey")) {
            return ModelSignatureResult.failed(Status.UNSUPPORTED, "a Sigstore keyless signature (a certificate"
                    + " logged in a transparency log) is not supported: aibom checks key and certificate signatures"
                    + " against keys and CA roots you trust; verify this one with the model_signing tool");
        }
        Signer signer;
        try {
            signer = signer(material);
        } catch (CertificateException | IllegalArgumentException e) {
            return ModelSignatureResult.failed(Status.MALFORMED, "the bundle's certificate cannot be read: "
                    + e.getMessage());
        }
        Optional<String> unsupported = signer.candidates().stream().filter(k -> !(k instanceof ECPublicKey))
                .map(k -> k.getAlgorithm() + " keys are not supported (the model_signing tool signs with EC"
                        + " P-256, P-384 and P-521 keys)").findFirst();
        if (unsupported.isPresent() && signer.candidates().stream().noneMatch(k -> k instanceof ECPublicKey)) {
            return ModelSignatureResult.failed(Status.UNSUPPORTED, unsupported.get());
        }
        Optional<PublicKey> signedWith = Optional.empty();
        for (PublicKey candidate : signer.candidates()) {
            if (candidate instanceof ECPublicKey && verifies(candidate, payload, signatures)) {
                signedWith = Optional.of(candidate);
                break;
            }
        }
        if (signedWith.isEmpty()) {
            if (signer.certificates().isEmpty() && trustedKeys.stream().noneMatch(k -> signer.matches(k))) {
                return ModelSignatureResult.failed(Status.UNTRUSTED, signer.hint().map(h -> "it was signed with the"
                        + " key whose PEM hashes to " + h + ", which is not among the trusted keys").orElse(
                        "no trusted key verifies it") + "; give the signer's public key as a trusted key");
            }
            return ModelSignatureResult.failed(Status.INVALID, "the signature does not verify"
                    + (signer.certificates().isEmpty() ? " with the trusted key" + signer.hint().map(h -> " its"
                    + " hint names").orElse("s") : " with the key of its certificate")
                    + ": the signed statement was changed, or it was signed with another key");
        }
        String who;
        if (!signer.certificates().isEmpty()) {
            Optional<String> chainProblem = chains(signer.certificates());
            if (chainProblem.isPresent()) {
                return ModelSignatureResult.failed(Status.UNTRUSTED, chainProblem.get());
            }
            who = "certificate " + signer.certificates().get(0).getSubjectX500Principal().getName();
        } else {
            who = "key sha256:" + fingerprint(signedWith.get());
        }
        return statement(folder, signatureFile, payload, who, ignorePaths);
    }

    /** The statement's files against the folder. */
    private ModelSignatureResult statement(Path folder, Path signatureFile, byte[] payload, String who,
                                           List<String> ignorePaths) throws IOException {
        JsonNode statement;
        try {
            statement = new StrictJson(new ReadLimits(LIMIT, ReadLimits.DEFAULT_DEPTH), "signed statement", "payload",
                    "an in-toto statement (JSON)", "the model's signer").parse(signatureFile, payload);
        } catch (AibomException e) {
            return ModelSignatureResult.failed(Status.MALFORMED, "the signed payload is not JSON: " + e.getMessage());
        }
        if (!STATEMENT.equals(statement.path("_type").asText())) {
            return ModelSignatureResult.failed(Status.UNSUPPORTED, "the statement type is '"
                    + Text.printable(statement.path("_type").asText()) + "', not " + STATEMENT);
        }
        String predicateType = statement.path("predicateType").asText();
        Map<String, String> signed = new TreeMap<>();
        List<String> ignored = new ArrayList<>(ignorePaths);
        String method;
        JsonNode subjects = statement.path("subject");
        if (!subjects.isArray() && (PREDICATE_V01.equals(predicateType) || PREDICATE.equals(predicateType))) {
            return ModelSignatureResult.failed(Status.MALFORMED, "the statement's subject is " + kind(subjects)
                    + ", not a list" + (PREDICATE.equals(predicateType) ? " of one subject" : ""));
        }
        if (PREDICATE_V01.equals(predicateType)) {
            method = "files";
            for (JsonNode subject : subjects) {
                String name = subject.path("name").asText();
                if (signed.put(name, subject.path("digest").path("sha256").asText()) != null) {
                    return ModelSignatureResult.failed(Status.MALFORMED, "the file '" + Text.printable(name)
                            + "' is listed twice");
                }
            }
        } else if (PREDICATE.equals(predicateType)) {
            JsonNode predicate = statement.path("predicate");
            JsonNode serialization = predicate.path("serialization");
            method = serialization.path("method").asText();
            if (!"files".equals(method)) {
                return new ModelSignatureResult(Status.UNSUPPORTED, Optional.of(who), Optional.of(method), 0,
                        List.of("the serialization method '" + Text.printable(method) + "' is not supported"
                                + ("shards".equals(method) ? " (the sharded-digest variant: digests of parts of"
                                + " files)" : "") + "; aibom verifies method 'files' (one SHA-256 per file)"));
            }
            String hashType = serialization.path("hash_type").asText();
            if (!"sha256".equals(hashType)) {
                return new ModelSignatureResult(Status.UNSUPPORTED, Optional.of(who), Optional.of(method), 0,
                        List.of("the hash type '" + Text.printable(hashType) + "' is not supported; aibom verifies"
                                + " sha256"));
            }
            serialization.path("ignore_paths").forEach(p -> ignored.add(p.asText()));
            if (subjects.size() != 1) {
                return ModelSignatureResult.failed(Status.MALFORMED, "the statement has "
                        + subjects.size() + " subjects; a model signature has one");
            }
            if (!predicate.path("resources").isArray()) {
                return ModelSignatureResult.failed(Status.MALFORMED, "the statement's resources are "
                        + kind(predicate.path("resources")) + ", not a list");
            }
            MessageDigest root = sha256();
            for (JsonNode resource : predicate.path("resources")) {
                String name = resource.path("name").asText();
                String digest = resource.path("digest").asText();
                if (!"sha256".equals(resource.path("algorithm").asText()) || !digest.matches("[0-9a-f]{64}")) {
                    return ModelSignatureResult.failed(Status.MALFORMED, "the resource '" + Text.printable(name)
                            + "' has no sha256 digest");
                }
                if (signed.put(name, digest) != null) {
                    return ModelSignatureResult.failed(Status.MALFORMED, "the resource '" + Text.printable(name)
                            + "' is listed twice");
                }
                root.update(HexFormat.of().parseHex(digest));
            }
            String expected = subjects.get(0).path("digest").path("sha256").asText();
            String actual = HexFormat.of().formatHex(root.digest());
            if (!actual.equals(expected)) {
                return ModelSignatureResult.failed(Status.MALFORMED, "the statement is inconsistent: its subject"
                        + " digest is " + Text.printable(expected) + " but its resources hash to " + actual);
            }
        } else {
            return ModelSignatureResult.failed(Status.UNSUPPORTED, "the predicate type '"
                    + Text.printable(predicateType) + "' is not supported; aibom verifies " + PREDICATE);
        }
        if (signed.isEmpty()) {
            return ModelSignatureResult.failed(Status.MALFORMED, "the statement lists no file");
        }
        List<String> problems = new ArrayList<>();
        if (signed.keySet().equals(Set.of(".")) && PREDICATE.equals(predicateType)) {
            // a single-file model: the one resource is the file the subject names, beside the signature
            String name = subjects.get(0).path("name").asText();
            Path file = beside(folder, name);
            if (file == null) {
                return ModelSignatureResult.failed(Status.MALFORMED, "the statement signs a single file but names"
                        + " '" + Text.printable(name) + "', not a file beside the signature");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Text.printable(name) + " is signed but missing");
            } else if (!signed.get(".").equals(sha256(file))) {
                problems.add(Text.printable(name) + " was changed after signing (its SHA-256 differs)");
            }
            return new ModelSignatureResult(problems.isEmpty() ? Status.VERIFIED : Status.FILES_DIFFER,
                    Optional.of(who), Optional.of(method), 1, problems);
        }
        Map<String, Path> onDisk = files(folder, signatureFile, ignored, problems);
        for (Map.Entry<String, String> entry : signed.entrySet()) {
            Path file = onDisk.remove(entry.getKey());
            if (file == null) {
                problems.add(Text.printable(entry.getKey()) + " is signed but missing");
            } else if (!entry.getValue().equals(sha256(file))) {
                problems.add(Text.printable(entry.getKey()) + " was changed after signing (its SHA-256 differs)");
            }
        }
        onDisk.keySet().forEach(extra -> problems.add(Text.printable(extra) + " is in the folder but not signed"));
        return new ModelSignatureResult(problems.isEmpty() ? Status.VERIFIED : Status.FILES_DIFFER,
                Optional.of(who), Optional.of(method), signed.size(), problems);
    }

    /** The file {@code name} names in the folder, or null when it names no plain file name there. */
    private static Path beside(Path folder, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
            return null;
        }
        try {
            Path file = folder.resolve(name).normalize();
            return folder.equals(file.getParent()) ? file : null;
        } catch (InvalidPathException e) {
            return null; // a character no file name here can hold (NUL)
        }
    }

    /** What a JSON value is, for a message: "an object", "a string", "missing" ... */
    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "missing";
        };
    }

    /** The folder's files by their path relative to it ('/' separated), ignored paths and the signature left out. */
    private static Map<String, Path> files(Path folder, Path signatureFile, List<String> ignored,
                                          List<String> problems) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        Path signature = signatureFile.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty() || path.toAbsolutePath().normalize().equals(signature)
                        || isIgnored(relative, ignored)) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    problems.add(Text.printable(relative) + " is a symbolic link; model signatures cover regular"
                            + " files only");
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(relative, path);
                }
            }
        }
        return files;
    }

    private static boolean isIgnored(String relative, List<String> ignored) {
        for (String pattern : ignored) {
            String p = pattern.startsWith("./") ? pattern.substring(2) : pattern;
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            if (relative.equals(p) || relative.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Who may have signed: the certificate's key, else the trusted keys the hint names (all, without a hint). */
    private Signer signer(JsonNode material) throws CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        if (material.has("certificate")) {
            certificates.add(certificate(material.path("certificate").path("rawBytes").asText()));
        }
        for (JsonNode entry : material.path("x509CertificateChain").path("certificates")) {
            certificates.add(certificate(entry.path("rawBytes").asText()));
        }
        if (!certificates.isEmpty()) {
            return new Signer(List.of(certificates.get(0).getPublicKey()), certificates, Optional.empty());
        }
        Optional<String> hint = Optional.of(material.path("publicKey").path("hint").asText(""))
                .filter(h -> !h.isEmpty());
        List<PublicKey> candidates = trustedKeys.stream().filter(k -> hint.isEmpty()
                || hint.get().equals(pemHint(k))).toList();
        return new Signer(candidates, List.of(), hint);
    }

    private static X509Certificate certificate(String base64) throws CertificateException {
        return JdkDecoders.certificate(Base64.getDecoder().decode(base64));
    }

    private record Signer(List<PublicKey> candidates, List<X509Certificate> certificates, Optional<String> hint) {
        boolean matches(PublicKey key) {
            return hint.isPresent() && hint.get().equals(pemHint(key));
        }
    }

    /** The key hint the tool writes: SHA-256 of the key's PEM text (SubjectPublicKeyInfo, 64-character lines). */
    static String pemHint(PublicKey key) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        return HexFormat.of().formatHex(sha256().digest(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The DSSE signature over PAE(payload), ECDSA with the curve's hash; also the pre-1.0 tool's encoding. */
    private static boolean verifies(PublicKey key, byte[] payload, List<byte[]> signatures) {
        String algorithm = switch (((ECPublicKey) key).getParams().getCurve().getField().getFieldSize()) {
            case 256 -> "SHA256withECDSA";
            case 384 -> "SHA384withECDSA";
            default -> "SHA512withECDSA";
        };
        for (byte[] signature : signatures) {
            for (byte[] encoded : List.of(pae(payload), paeCompat(payload))) {
                try {
                    Signature verifier = Signature.getInstance(algorithm);
                    verifier.initVerify(key);
                    verifier.update(encoded);
                    if (verifier.verify(signature)) {
                        return true;
                    }
                } catch (GeneralSecurityException e) {
                    // not this key or encoding
                }
            }
        }
        return false;
    }

    /** DSSE v1 pre-authentication encoding of an in-toto payload. */
    static byte[] pae(byte[] payload) {
        byte[] head = ("DSSEv1 " + PAYLOAD_TYPE.length() + " " + PAYLOAD_TYPE + " " + payload.length + " ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + payload.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(payload, 0, out, head.length, payload.length);
        return out;
    }

    /** The encoding model_signing 0.2 signed by mistake (Python's repr of the bytes), still accepted by the tool. */
    private static byte[] paeCompat(byte[] payload) {
        StringBuilder repr = new StringBuilder("b'");
        for (byte b : payload) {
            int c = b & 0xff;
            switch (c) {
                case '\\' -> repr.append("\\\\");
                case '\'' -> repr.append("\\'");
                case '\n' -> repr.append("\\n");
                case '\r' -> repr.append("\\r");
                case '\t' -> repr.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        repr.append(String.format("\\x%02x", c));
                    } else {
                        repr.append((char) c);
                    }
                }
            }
        }
        repr.append('\'');
        return ("DSSEV1 " + PAYLOAD_TYPE.length() + " " + PAYLOAD_TYPE + " " + payload.length + " " + repr)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Why the certificate path does not count, or empty when it chains to a trusted root. */
    private Optional<String> chains(List<X509Certificate> path) {
        if (trustedRoots.isEmpty()) {
            return Optional.of("it was signed with the certificate of "
                    + path.get(0).getSubjectX500Principal().getName() + ", and no trusted CA root is given; give the"
                    + " CA root it chains to");
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            trustedRoots.forEach(root -> anchors.add(new TrustAnchor(root, null)));
            List<X509Certificate> withoutRoots = path.stream().filter(c -> !trustedRoots.contains(c)).toList();
            if (withoutRoots.isEmpty()) {
                // signed with a trusted root itself: no path is left for PKIX to check, so it checks no dates
                path.get(0).checkValidity(Date.from(at));
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                    .generateCertPath(withoutRoots), parameters);
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of("the certificate of " + path.get(0).getSubjectX500Principal().getName()
                    + " does not chain to a trusted CA root at " + at + ": " + e.getMessage());
        }
    }

    /** SHA-256 of the key's SubjectPublicKeyInfo, as aibom names keys everywhere. */
    public static String fingerprint(PublicKey key) {
        return HexFormat.of().formatHex(sha256().digest(key.getEncoded()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
