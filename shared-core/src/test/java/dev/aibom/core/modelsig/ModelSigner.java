package dev.aibom.core.modelsig;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test vectors: writes {@code model.sig} the way the model_signing tool (sigstore/model-transparency 1.x) does for a
 * key or a certificate - a Sigstore bundle v0.3 whose DSSE envelope signs an in-toto statement with predicate
 * {@code https://model_signing/signature/v1.0}, method {@code files}, one SHA-256 per file, sorted by path.
 */
public final class ModelSigner {
    private ModelSigner() {
    }

    /** The statement over a folder's files (without the ignored ones and model.sig). */
    public static byte[] statement(Path folder, List<String> ignore, String method) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isRegularFile(path) && !name.equals("model.sig") && !ignore.contains(name)) {
                    files.put(name, hex(sha256(Files.readAllBytes(path))));
                }
            }
        }
        ObjectNode statement = BomJson.MAPPER.createObjectNode();
        statement.put("_type", "https://in-toto.io/Statement/v1");
        MessageDigest root = digest();
        ObjectNode predicate = BomJson.MAPPER.createObjectNode();
        ArrayNode resources = predicate.putArray("resources");
        files.forEach((name, digest) -> {
            resources.addObject().put("algorithm", "sha256").put("name", name).put("digest", digest);
            root.update(HexFormat.of().parseHex(digest));
        });
        ObjectNode serialization = predicate.putObject("serialization");
        serialization.put("allow_symlinks", false).put("method", method).put("hash_type", "sha256");
        ArrayNode ignored = serialization.putArray("ignore_paths");
        ignored.add(".git").add("model.sig");
        ignore.forEach(ignored::add);
        ArrayNode subjects = statement.putArray("subject");
        subjects.addObject().put("name", folder.getFileName().toString()).putObject("digest")
                .put("sha256", hex(root.digest()));
        statement.put("predicateType", "https://model_signing/signature/v1.0");
        statement.set("predicate", predicate);
        return BomJson.pretty(statement);
    }

    /** Signs the folder with an EC key (its hint in the bundle, as the tool's "key" method writes it). */
    public static Path signWithKey(Path folder, PrivateKey key, PublicKey publicKey, List<String> ignore) throws Exception {
        byte[] payload = statement(folder, ignore, "files");
        ObjectNode material = BomJson.MAPPER.createObjectNode();
        material.putObject("publicKey").put("hint", ModelSignatureVerifier.pemHint(publicKey));
        material.putArray("tlogEntries");
        return write(folder, material, payload, sign(key, payload));
    }

    /** Signs the folder with the EC key in these PEM files, as {@code model_signing sign key} does. */
    public static Path signWithKeyFiles(Path folder, Path privateKeyPem, Path publicKeyPem) throws Exception {
        return signWithKey(folder, dev.aibom.core.sign.KeyLoader.privateKey(privateKeyPem,
                java.util.Optional.empty()).privateKey(), dev.aibom.core.sign.KeyLoader.publicKeys(publicKeyPem)
                .get(0), List.of());
    }

    /** Signs with a certificate's key; the chain (leaf first) goes into the bundle as the tool's "certificate" does. */
    public static Path signWithCertificate(Path folder, PrivateKey key, List<X509Certificate> chain) throws Exception {
        byte[] payload = statement(folder, List.of(), "files");
        ObjectNode material = BomJson.MAPPER.createObjectNode();
        ArrayNode certificates = material.putObject("x509CertificateChain").putArray("certificates");
        for (X509Certificate certificate : chain) {
            certificates.addObject().put("rawBytes", Base64.getEncoder().encodeToString(certificate.getEncoded()));
        }
        material.putArray("tlogEntries");
        return write(folder, material, payload, sign(key, payload));
    }

    public static Path write(Path folder, ObjectNode material, byte[] payload, byte[] signature) throws IOException {
        ObjectNode bundle = BomJson.MAPPER.createObjectNode();
        bundle.put("mediaType", "application/vnd.dev.sigstore.bundle.v0.3+json");
        bundle.set("verificationMaterial", material);
        ObjectNode envelope = bundle.putObject("dsseEnvelope");
        envelope.put("payload", Base64.getEncoder().encodeToString(payload));
        envelope.put("payloadType", "application/vnd.in-toto+json");
        envelope.putArray("signatures").addObject().put("sig", Base64.getEncoder().encodeToString(signature))
                .put("keyid", "");
        return Files.write(folder.resolve("model.sig"), BomJson.pretty(bundle));
    }

    public static byte[] sign(PrivateKey key, byte[] payload) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(ModelSignatureVerifier.pae(payload));
        return signer.sign();
    }

    public static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
