package dev.aibom.core.job;

import dev.aibom.core.modelsig.ModelTrust;

import dev.aibom.core.AibomException;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.VerificationPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whose signatures count: public keys or certificates (PEM files, or folders whose {@code *.pem} files all count), CA
 * roots, and certificate revocation lists. Every configured file must exist.
 */
public record Trust(List<Path> keys, List<Path> caRoots, List<Path> crls, List<PublicKey> loadedKeys) {
    public static final Trust NONE = new Trust(List.of(), List.of(), List.of());

    public Trust {
        keys = List.copyOf(keys);
        caRoots = List.copyOf(caRoots);
        crls = List.copyOf(crls);
        loadedKeys = List.copyOf(loadedKeys);
    }

    public Trust(List<Path> keys, List<Path> caRoots, List<Path> crls) {
        this(keys, caRoots, crls, List.of());
    }

    public static Trust keys(List<Path> keys) {
        return new Trust(keys, List.of(), List.of());
    }

    /** The same trust, plus a key already in hand (the one a job just signed with). */
    public Trust withKey(PublicKey key) {
        List<PublicKey> more = new ArrayList<>(loadedKeys);
        more.add(key);
        return new Trust(keys, caRoots, crls, more);
    }

    public boolean isEmpty() {
        return keys.isEmpty() && caRoots.isEmpty() && loadedKeys.isEmpty();
    }

    /** The trusted public keys, folders expanded. */
    public List<PublicKey> publicKeys() throws AibomException {
        List<PublicKey> loaded = new ArrayList<>(loadedKeys);
        for (Path entry : keys) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.list(entry)) {
                    List<Path> pems = files.filter(f -> f.toString().endsWith(".pem")).sorted().toList();
                    if (pems.isEmpty()) {
                        throw new AibomException("The trusted-key folder " + entry + " holds no .pem file.");
                    }
                    loaded.addAll(KeyLoader.publicKeys(pems));
                } catch (IOException e) {
                    throw new AibomException("Cannot list the trusted-key folder " + entry + ": " + e.getMessage(), e);
                }
            } else {
                loaded.addAll(KeyLoader.publicKeys(entry));
            }
        }
        return loaded;
    }

    /** A verification policy that trusts exactly this; signatures are verified whether or not one is required. */
    public VerificationPolicy policy(List<PublicKey> more, boolean requireSignature) throws AibomException {
        List<PublicKey> trusted = new ArrayList<>(publicKeys());
        trusted.addAll(more);
        return VerificationPolicy.trusting(trusted).withRoots(KeyLoader.certificates(caRoots))
                .withCrls(KeyLoader.crls(crls)).withRequireSignature(requireSignature);
    }

    /** The same trust for models' OpenSSF Model Signing signatures, certificates judged at {@code at}. */
    public ModelTrust modelTrust(java.time.Instant at) throws AibomException {
        return new ModelTrust(publicKeys(), KeyLoader.certificates(caRoots), at);
    }
}
