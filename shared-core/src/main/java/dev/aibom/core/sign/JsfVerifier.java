package dev.aibom.core.sign;

import dev.aibom.core.io.JdkDecoders;
import com.fasterxml.jackson.databind.JsonNode;

import javax.crypto.SecretKey;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PublicKey;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Verifies the JSF signatures of one JSON object (or signed array) against a {@link VerificationPolicy}. */
public final class JsfVerifier {
    private final VerificationPolicy policy;

    public JsfVerifier(VerificationPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param pointer     JSON pointer of {@code document} in its file ("" for the root), for result locations
     */
    public List<SignerResult> verify(JsonNode document, String property, String pointer) {
        List<Jsf.SignedPart> parts;
        try {
            parts = Jsf.signedParts(document, property, pointer);
        } catch (IllegalArgumentException e) {
            return List.of(new SignerResult(pointer + "/" + property, null, Optional.empty(), Optional.empty(),
                    false, false, "not a JSF signature: " + e.getMessage(), Optional.empty()));
        }
        List<SignerResult> results = new ArrayList<>();
        for (Jsf.SignedPart part : parts) {
            results.add(verify(part));
        }
        return results;
    }

    private SignerResult verify(Jsf.SignedPart part) {
        String algorithmName = part.signer().path("algorithm").asText(null);
        Optional<String> keyId = Optional.ofNullable(part.signer().path("keyId").asText(null));
        if (part.problem() != null) {
            return invalid(part, algorithmName, keyId, null, part.problem());
        }
        Optional<JsfAlgorithm> known = JsfAlgorithm.fromJsfName(algorithmName);
        if (known.isEmpty()) {
            return invalid(part, algorithmName, keyId, null, "unknown algorithm '" + algorithmName + "'");
        }
        JsfAlgorithm algorithm = known.get();
        if (!policy.allowedAlgorithms().contains(algorithm)) {
            return invalid(part, algorithmName, keyId, null, "algorithm " + algorithmName + " is not in the allowed"
                    + " list");
        }
        for (String excluded : Jsf.excludes(part.wrapper())) {
            if (!policy.allowedExcludes().contains(excluded)) {
                return invalid(part, algorithmName, keyId, null, "the signature excludes '" + excluded + "' from"
                        + " what it covers, and excluding it is not allowed");
            }
        }
        List<String> undeclared = Jsf.undeclaredMembers(part.signer(), part.wrapper());
        if (!undeclared.isEmpty()) {
            return invalid(part, algorithmName, keyId, null, "the signer has members " + undeclared + " that are"
                    + " neither JSF properties nor declared in 'extensions'");
        }

        List<X509Certificate> path;
        try {
            path = certificatePath(part);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return invalid(part, algorithmName, keyId, null, "the certificatePath cannot be read: " + e.getMessage());
        }
        List<Key> candidates;
        try {
            candidates = candidateKeys(part, keyId, path);
        } catch (GeneralSecurityException e) {
            return invalid(part, algorithmName, keyId, null, "the publicKey cannot be read: " + e.getMessage());
        }
        if (candidates.isEmpty()) {
            return invalid(part, algorithmName, keyId, null, "no key to verify with: the signature carries no"
                    + " publicKey or certificatePath" + keyId.map(id -> ", and keyId '" + id + "' is not a known key")
                    .orElse(", and no configured key fits"));
        }
        Key used = null;
        String keyProblem = null;
        boolean anyKeyFits = false;
        for (Key candidate : candidates) {
            Optional<String> problem = KeyChecks.mismatch(algorithm, candidate);
            if (problem.isPresent()) {
                keyProblem = problem.get();
                continue;
            }
            anyKeyFits = true;
            try {
                if (Crypto.verify(algorithm, candidate, part.signed(), part.value())) {
                    used = candidate;
                    break;
                }
            } catch (IllegalArgumentException e) {
                return invalid(part, algorithmName, keyId, null, "the signed content cannot be canonicalized: "
                        + e.getMessage());
            } catch (GeneralSecurityException e) {
                keyProblem = "the signature value is malformed for " + algorithmName + ": " + e.getMessage();
            }
        }
        String fingerprint = candidates.get(0) instanceof PublicKey pub ? Crypto.fingerprint(pub) : null;
        if (used == null) {
            // a signature that names its key (publicKey, certificatePath) and does not verify under it: the content
            // it covers is not what was signed; with keys from the configuration, another key may have signed
            boolean named = part.signer().has("publicKey") || !path.isEmpty();
            String reason = !anyKeyFits || keyProblem != null && keyProblem.startsWith("the signature value")
                    ? keyProblem
                    : named ? "the content was changed after signing: the signature does not match the signed content"
                    + " under the key it names"
                    : "the signature does not match the signed content under any trusted key: the content was changed"
                    + " after signing, or it was signed with another key";
            return invalid(part, algorithmName, keyId, fingerprint, reason);
        }
        fingerprint = used instanceof PublicKey pub ? Crypto.fingerprint(pub) : null;
        Optional<String> subject = path.isEmpty() ? Optional.empty()
                : Optional.of(path.get(0).getSubjectX500Principal().getName());
        String trust = trust(used, path);
        boolean trusted = trust.startsWith("+");
        return new SignerResult(part.location(), algorithmName, keyId, Optional.ofNullable(fingerprint), true,
                trusted, "signature valid; " + trust.substring(1), subject);
    }

    /**
     * "+reason" when trusted, "-reason" when not. Package-private for {@code CertificatePathFuzzTest}, which gives it
     * certificate paths anyone could write.
     */
    String trust(Key key, List<X509Certificate> path) {
        if (key instanceof SecretKey) {
            return "+the shared secret is configured";
        }
        byte[] encoded = key.getEncoded();
        for (PublicKey trusted : policy.trustedKeys()) {
            if (Arrays.equals(trusted.getEncoded(), encoded)) {
                return "+the key is in the trust set";
            }
        }
        if (!path.isEmpty() && !policy.trustedRoots().isEmpty()) {
            Instant at = policy.now();
            try {
                validatePath(path, at);
                Optional<String> unfit = unfitForSigning(path.get(0));
                if (unfit.isPresent()) {
                    return "-" + unfit.get();
                }
                return "+the certificate of " + path.get(0).getSubjectX500Principal().getName()
                        + " chains to a trusted root" + (policy.crls().isEmpty() ? ""
                        : " and no certificate of its path is revoked");
            } catch (CertPathValidatorException e) {
                return "-the certificate path does not chain to a trusted root at " + at + ": " + e.getMessage();
            } catch (GeneralSecurityException e) {
                return "-the certificate path cannot be validated: " + e.getMessage();
            }
        }
        return "-the key is not in the trust set" + (path.isEmpty() ? "" : " and no trusted root is configured");
    }

    /** Code-signing EKU, and the EKU that allows any purpose. */
    private static final Set<String> SIGNING_USAGES = Set.of("1.3.6.1.5.5.7.3.3", "2.5.29.37.0");

    /**
     * Why a certificate that chains to a trusted root still must not sign BOMs: a CA certificate, a key usage without
     * digitalSignature, or an extended key usage without code signing (or any purpose).
     */
    private static Optional<String> unfitForSigning(X509Certificate leaf) {
        String subject = leaf.getSubjectX500Principal().getName();
        if (leaf.getBasicConstraints() != -1) {
            return Optional.of("the signing certificate of " + subject + " is a CA certificate; a BOM is signed with"
                    + " an end-entity certificate");
        }
        boolean[] keyUsage = leaf.getKeyUsage();
        if (keyUsage != null && (keyUsage.length == 0 || !keyUsage[0])) {
            return Optional.of("the signing certificate of " + subject + " does not allow digital signatures (its key"
                    + " usage lacks digitalSignature)");
        }
        try {
            List<String> extended = leaf.getExtendedKeyUsage();
            if (extended != null && extended.stream().noneMatch(SIGNING_USAGES::contains)) {
                return Optional.of("the signing certificate of " + subject + " is not for code signing (its extended"
                        + " key usage is " + String.join(", ", extended) + "; aibom accepts codeSigning or"
                        + " anyExtendedKeyUsage)");
            }
        } catch (java.security.cert.CertificateParsingException e) {
            return Optional.of("the extended key usage of the signing certificate of " + subject + " cannot be read");
        }
        return Optional.empty();
    }

    private void validatePath(List<X509Certificate> path, Instant at) throws GeneralSecurityException {
        Set<TrustAnchor> anchors = new HashSet<>();
        for (X509Certificate root : policy.trustedRoots()) {
            anchors.add(new TrustAnchor(root, null));
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (X509Certificate certificate : path) {
            if (policy.trustedRoots().stream().noneMatch(root -> root.equals(certificate))) {
                chain.add(certificate);
            }
        }
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(chain);
        PKIXParameters parameters = new PKIXParameters(anchors);
        if (policy.crls().isEmpty()) {
            parameters.setRevocationEnabled(false);
        } else {
            parameters.setRevocationEnabled(true);
            parameters.addCertStore(java.security.cert.CertStore.getInstance("Collection",
                    new java.security.cert.CollectionCertStoreParameters(policy.crls())));
        }
        parameters.setDate(Date.from(at));
        CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
    }

    private List<Key> candidateKeys(Jsf.SignedPart part, Optional<String> keyId, List<X509Certificate> path)
            throws GeneralSecurityException {
        JsonNode jwk = part.signer().get("publicKey");
        if (jwk != null) {
            PublicKey embedded = Jwk.parse(jwk);
            if (!path.isEmpty() && !Arrays.equals(path.get(0).getPublicKey().getEncoded(), embedded.getEncoded())) {
                throw new GeneralSecurityException("the publicKey is not the key of the first certificate");
            }
            return List.of(embedded);
        }
        if (!path.isEmpty()) {
            return List.of(path.get(0).getPublicKey());
        }
        if (keyId.isPresent()) {
            Key named = policy.namedKeys().get(keyId.get());
            if (named != null) {
                return List.of(named);
            }
            for (PublicKey trusted : policy.trustedKeys()) {
                if (Jwk.thumbprint(trusted).equals(keyId.get())) {
                    return List.of(trusted);
                }
            }
            return List.of();
        }
        List<Key> all = new ArrayList<>(policy.trustedKeys());
        all.addAll(policy.namedKeys().values());
        return all;
    }

    private static List<X509Certificate> certificatePath(Jsf.SignedPart part) throws GeneralSecurityException {
        JsonNode path = part.signer().get("certificatePath");
        if (path == null) {
            return List.of();
        }
        if (!path.isArray() || path.isEmpty()) {
            throw new GeneralSecurityException("it must be a non-empty array");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (JsonNode entry : path) {
            certificates.add(JdkDecoders.certificate(Base64.getUrlDecoder().decode(entry.asText())));
        }
        return certificates;
    }

    private static SignerResult invalid(Jsf.SignedPart part, String algorithm, Optional<String> keyId,
                                        String fingerprint, String reason) {
        return new SignerResult(part.location(), algorithm, keyId, Optional.ofNullable(fingerprint), false, false,
                reason, Optional.empty());
    }
}
