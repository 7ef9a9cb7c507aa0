package dev.aibom.core.sign;

import java.security.Key;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a verifier accepts.
 *
 * @param allowedAlgorithms  algorithms accepted; any other is refused (HMAC is off unless listed: a shared secret
 *                           proves nothing to a third party)
 * @param trustedKeys        public keys whose valid signatures count as trusted
 * @param trustedRoots       CA certificates: a signature whose {@code certificatePath} chains to one is trusted
 * @param namedKeys          keys looked up by {@code keyId} (or tried for signatures with no key information)
 * @param allowedExcludes    top-level members a signature may leave out ({@code excludes}); anything else is refused
 * @param requireSignature   an unsigned document fails
 * @param crls               certificate revocation lists; when any is given, revocation is checked for every
 *                           certificate of a path, and a certificate whose status no list gives is not trusted. When
 *                           none is given, revocation is not checked (the README says so).
 * @param now                the time to check certificates at. Never the document's own timestamp: the signer
 *                           chooses it, so a holder of an expired certificate could back-date the BOM.
 */
public record VerificationPolicy(Set<JsfAlgorithm> allowedAlgorithms, List<PublicKey> trustedKeys,
                                 List<X509Certificate> trustedRoots, Map<String, Key> namedKeys,
                                 Set<String> allowedExcludes, boolean requireSignature, List<X509CRL> crls,
                                 Instant now) {
    public static final Set<JsfAlgorithm> ASYMMETRIC = Set.copyOf(EnumSet.complementOf(
            EnumSet.of(JsfAlgorithm.HS256, JsfAlgorithm.HS384, JsfAlgorithm.HS512)));

    public VerificationPolicy {
        allowedAlgorithms = Set.copyOf(allowedAlgorithms);
        trustedKeys = List.copyOf(trustedKeys);
        trustedRoots = List.copyOf(trustedRoots);
        namedKeys = Map.copyOf(namedKeys);
        allowedExcludes = Set.copyOf(allowedExcludes);
        crls = List.copyOf(crls);
        Objects.requireNonNull(now, "now");
    }

    /** Every asymmetric algorithm, the given trusted keys, a signature required, certificates checked now. */
    public static VerificationPolicy trusting(List<PublicKey> trustedKeys) {
        return new VerificationPolicy(ASYMMETRIC, trustedKeys, List.of(), Map.of(), Set.of(), true, List.of(),
                Instant.now());
    }

    public VerificationPolicy withRoots(List<X509Certificate> roots) {
        return new VerificationPolicy(allowedAlgorithms, trustedKeys, roots, namedKeys, allowedExcludes,
                requireSignature, crls, now);
    }

    public VerificationPolicy withAlgorithms(Set<JsfAlgorithm> algorithms) {
        return new VerificationPolicy(algorithms, trustedKeys, trustedRoots, namedKeys, allowedExcludes,
                requireSignature, crls, now);
    }

    public VerificationPolicy withNamedKeys(Map<String, Key> keys) {
        return new VerificationPolicy(allowedAlgorithms, trustedKeys, trustedRoots, keys, allowedExcludes,
                requireSignature, crls, now);
    }

    public VerificationPolicy withAllowedExcludes(Set<String> names) {
        return new VerificationPolicy(allowedAlgorithms, trustedKeys, trustedRoots, namedKeys, names,
                requireSignature, crls, now);
    }

    public VerificationPolicy withRequireSignature(boolean required) {
        return new VerificationPolicy(allowedAlgorithms, trustedKeys, trustedRoots, namedKeys, allowedExcludes,
                required, crls, now);
    }

    /** Checks certificate validity at {@code time} (tests; a verifier uses now). */
    public VerificationPolicy checkingCertificatesAt(Instant time) {
        return new VerificationPolicy(allowedAlgorithms, trustedKeys, trustedRoots, namedKeys, allowedExcludes,
                requireSignature, crls, time);
    }

    /** Checks revocation against these lists. */
    public VerificationPolicy withCrls(List<X509CRL> lists) {
        return new VerificationPolicy(allowedAlgorithms, trustedKeys, trustedRoots, namedKeys, allowedExcludes,
                requireSignature, lists, now);
    }
}
