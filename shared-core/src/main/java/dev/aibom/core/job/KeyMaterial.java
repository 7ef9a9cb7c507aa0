package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.core.sign.SigningKey;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing key a CI system keeps as a secret (a Jenkins credential): the PEM text and its passphrase, held in memory
 * and never written to disk or printed. Serializable so that it can travel to the agent that signs (over the agent
 * channel, which Jenkins encrypts); {@link #toString()} names only where it came from.
 */
public final class KeyMaterial implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private final String source;
    private final byte[] pem;
    private final String passphraseSource;
    private final char[] passphrase;

    /**
     * @param source           what the key is, for messages: {@code credential 'aibom-key'}
     * @param pem              the PEM text (copied)
     * @param passphraseSource what the passphrase is, for messages; null when there is none
     * @param passphrase       its passphrase (copied), or null for an unencrypted key
     */
    public KeyMaterial(String source, byte[] pem, String passphraseSource, char[] passphrase) {
        this.source = Objects.requireNonNull(source, "source");
        this.pem = Objects.requireNonNull(pem, "pem").clone();
        this.passphraseSource = passphrase == null ? null : Objects.requireNonNull(passphraseSource,
                "passphraseSource");
        this.passphrase = passphrase == null ? null : passphrase.clone();
    }

    public String source() {
        return source;
    }

    /** The passphrase as text, for masking it in logs; empty when there is none. */
    public Optional<String> passphraseForMasking() {
        return passphrase == null || passphrase.length == 0 ? Optional.empty()
                : Optional.of(new String(passphrase));
    }

    /** The key, read from memory. */
    public SigningKey load() throws AibomException {
        return KeyLoader.privateKey(pem, source, passphrase == null ? Optional.empty()
                : Optional.of(Passphrase.held(passphraseSource, passphrase)));
    }

    /** Overwrites the secret in memory once it is no longer needed. */
    public void wipe() {
        Arrays.fill(pem, (byte) 0);
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    @Override
    public String toString() {
        return "KeyMaterial[" + source + "]";
    }
}
