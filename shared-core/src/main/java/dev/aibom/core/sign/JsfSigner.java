package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Signs a JSON object with JSF: the tree is signed, never a re-serialisation through some object model. */
public final class JsfSigner {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private JsfSigner() {
    }

    /**
     * A signed copy of {@code document}.
     *
     * @throws AibomException when the document is already signed in a form this signature cannot join, or the key
     *                        does not fit the algorithm
     */
    public static ObjectNode sign(ObjectNode document, SigningKey key, SignOptions options) throws AibomException {
        JsfAlgorithm algorithm = options.algorithm().orElse(key.defaultAlgorithm());
        var mismatch = KeyChecks.mismatch(algorithm, key.publicKey());
        if (mismatch.isPresent()) {
            throw new AibomException("Cannot sign: " + mismatch.get() + ".");
        }
        ObjectNode signer = JsonNodeFactory.instance.objectNode();
        signer.put("algorithm", algorithm.jsfName());
        if (options.includeKeyId()) {
            signer.put("keyId", options.keyId().orElseGet(() -> Jwk.thumbprint(key.publicKey())));
        }
        if (options.includePublicKey()) {
            signer.set("publicKey", Jwk.of(key.publicKey()));
        }
        if (options.includeCertificates() && !key.certificatePath().isEmpty()) {
            ArrayNode path = signer.putArray("certificatePath");
            for (X509Certificate certificate : key.certificatePath()) {
                try {
                    path.add(B64.encodeToString(certificate.getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw new AibomException("Cannot encode the signer's certificate: " + e.getMessage(), e);
                }
            }
        }

        // a shallow copy: the members are shared with the document, which stays as it was; only the signature
        // object, which changes, is copied
        ObjectNode signed = JsonNodeFactory.instance.objectNode();
        signed.setAll(document);
        String property = options.property();
        JsonNode existing = signed.get(property) == null ? null : signed.get(property).deepCopy();
        if (existing != null) {
            signed.set(property, existing);
        }
        if (!options.multipleSigners()) {
            if (existing != null) {
                throw new AibomException("The document is already signed ('" + property + "' exists). A single"
                        + " signature cannot be added to; sign with the multiple-signers option from the start, or"
                        + " record an approval instead.");
            }
            signed.set(property, signer);
        } else if (existing == null) {
            signed.putObject(property).putArray("signers").add(signer);
        } else if (existing.isObject() && existing.get("signers") instanceof ArrayNode signers) {
            signers.add(signer);
        } else {
            throw new AibomException("The document carries a single" + (existing.has("chain") ? " chain" : "")
                    + " signature, which covers the signature object as it is; adding a signer would break it."
                    + " Record an approval for it instead.");
        }
        // sign exactly the bytes the verifier will rebuild: one code path decides what a signer covers
        java.util.List<Jsf.SignedPart> parts = Jsf.signedParts(signed, property, "");
        signer.put("value", value(algorithm, key, parts.get(parts.size() - 1).signed()));
        return signed;
    }

    private static String value(JsfAlgorithm algorithm, SigningKey key, Jsf.Content canonical)
            throws AibomException {
        try {
            return B64.encodeToString(Crypto.sign(algorithm, key.privateKey(), canonical));
        } catch (IllegalArgumentException e) {
            throw new AibomException("The document cannot be signed: its RFC 8785 canonical form does not exist ("
                    + e.getMessage() + ").", e);
        } catch (GeneralSecurityException e) {
            throw new AibomException("Signing with " + algorithm.jsfName() + " failed: " + e.getMessage(), e);
        }
    }
}
