package dev.aibom.core.modelsig;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whose model signatures count: the same trust the user gives BOM signatures (trusted public keys and CA roots),
 * and when certificates must be valid.
 */
public record ModelTrust(List<PublicKey> keys, List<X509Certificate> roots, Instant at) {
    /** Nobody: every model signature is untrusted. */
    public static final ModelTrust NONE = new ModelTrust(List.of(), List.of(), Instant.EPOCH);

    public ModelTrust {
        keys = List.copyOf(keys);
        roots = List.copyOf(roots);
        Objects.requireNonNull(at, "at");
    }

    public ModelSignatureVerifier verifier() {
        return new ModelSignatureVerifier(keys, roots, at);
    }

    public boolean isEmpty() {
        return keys.isEmpty() && roots.isEmpty();
    }
}
