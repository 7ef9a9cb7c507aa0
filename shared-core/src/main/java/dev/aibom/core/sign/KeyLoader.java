package dev.aibom.core.sign;

import dev.aibom.core.io.JdkDecoders;
import dev.aibom.core.AibomException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import dev.aibom.core.io.InputFiles;

/**
 * Loads keys: PEM PKCS#8 (plain or encrypted), SEC1 EC, PKCS#1 RSA (plain or OpenSSL-encrypted), Ed25519/Ed448,
 * PKCS#12 keystores; public keys as PEM SubjectPublicKeyInfo or X.509 certificates. The JDK reads what it can (plain
 * PKCS#8 that carries its public key, public keys, certificates, PKCS#12); {@link BouncyCastleKeys} reads the rest.
 * Errors name the file and what to do, never the key or the passphrase.
 */
public final class KeyLoader {
    private static final byte[] PAIR_CHECK = "aibom key pair check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private KeyLoader() {
    }

    /**
     * A private key from a PEM file. A certificate (path) in the same file, signer first, becomes the key's
     * certificate path.
     *
     * @param passphrase needed for encrypted keys, ignored otherwise
     */
    public static SigningKey privateKey(Path pem, Optional<Passphrase> passphrase) throws AibomException {
        return privateKey(Pem.bytes(pem), pem.toString(), passphrase);
    }

    /**
     * A private key from PEM text held in memory (a CI system's secret, never written to disk), as
     * {@link #privateKey(Path, Optional)} reads a file.
     *
     * @param source what the text is, for messages ("credential 'aibom-key'"); never the text itself
     */
    public static SigningKey privateKey(byte[] pem, String source, Optional<Passphrase> passphrase)
            throws AibomException {
        if (pem.length > InputFiles.KEY_LIMIT) {
            throw new AibomException("The key in " + source + " is larger than " + InputFiles.KEY_LIMIT + " bytes; a"
                    + " PEM key or certificate is a few KiB. Check that this is the right secret.");
        }
        Optional<SigningKey> plain = plainPkcs8(source, Pem.parse(new String(pem, StandardCharsets.US_ASCII),
                source));
        return plain.isPresent() ? plain.get() : BouncyCastleKeys.privateKey(pem, source, passphrase);
    }

    /**
     * A plain PKCS#8 key (and certificates) read by the JDK alone, or empty when the file needs Bouncy Castle:
     * another key format, encryption, or a key that does not carry its public key.
     */
    private static Optional<SigningKey> plainPkcs8(String pem, List<Pem.Block> blocks) throws AibomException {
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> certificates = new ArrayList<>();
        for (Pem.Block block : blocks) {
            if (block.hasHeaders()) {
                return Optional.empty();
            }
            switch (block.label()) {
                case "PRIVATE KEY" -> keys.add(block.der());
                case "CERTIFICATE" -> certificates.add(block.der());
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (keys.size() != 1) {
            return Optional.empty();
        }
        PrivateKey privateKey;
        PublicKey publicKey;
        try {
            byte[] pkcs8 = keys.get(0);
            Optional<String> algorithm = Der.keyAlgorithm(pkcs8);
            if (algorithm.isEmpty()) {
                return Optional.empty();
            }
            KeyFactory factory = KeyFactory.getInstance(algorithm.get());
            privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            if (privateKey instanceof RSAPrivateCrtKey) {
                publicKey = publicKeyOf(privateKey, pem);
            } else {
                Optional<byte[]> embedded = Der.embeddedPublicKey(pkcs8);
                if (embedded.isEmpty()) {
                    return Optional.empty();
                }
                publicKey = JdkDecoders.publicKey(algorithm.get(), embedded.get());
                if (!belongTogether(privateKey, publicKey)) {
                    throw new AibomException("The public key stored in the private key file " + pem + " does not"
                            + " belong to its private key; the file is damaged. Export the private key again.");
                }
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (byte[] certificate : certificates) {
            chain.add(certificate(certificate, pem));
        }
        return Optional.of(withCertificates(privateKey, publicKey, chain, pem));
    }

    // a public key taken from the file rather than computed: make sure it is the private key's own
    private static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        String algorithm = privateKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : privateKey.getAlgorithm();
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(privateKey);
        signer.update(PAIR_CHECK);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(PAIR_CHECK);
        return verifier.verify(signature);
    }

    /** A private key and its certificate chain from a PKCS#12 keystore. */
    public static SigningKey pkcs12(Path keystore, String alias, Passphrase password) throws AibomException {
        char[] secret = password.chars();
        byte[] keystoreBytes = InputFiles.readOrFail(keystore, InputFiles.KEY_LIMIT,
                new InputFiles.Kind("keystore", "a PKCS#12 keystore is a few KiB; check that this is"
                        + " the right file."));
        try {
            KeyStore store = JdkDecoders.pkcs12(keystoreBytes, secret);
            String chosen = alias;
            if (chosen == null || chosen.isBlank()) {
                List<String> keys = new ArrayList<>();
                for (String candidate : java.util.Collections.list(store.aliases())) {
                    if (store.isKeyEntry(candidate)) {
                        keys.add(candidate);
                    }
                }
                if (keys.size() != 1) {
                    throw new AibomException("The keystore " + keystore + " holds " + keys.size() + " private keys "
                            + keys + "; name the one to use with the key alias setting.");
                }
                chosen = keys.get(0);
            }
            Key key = store.getKey(chosen, secret);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new AibomException("The keystore " + keystore + " has no private key under alias '" + chosen
                        + "'. Aliases: " + java.util.Collections.list(store.aliases()) + ".");
            }
            List<X509Certificate> chain = new ArrayList<>();
            Certificate[] certificates = store.getCertificateChain(chosen);
            if (certificates != null) {
                for (Certificate certificate : certificates) {
                    chain.add((X509Certificate) certificate);
                }
            }
            PublicKey publicKey = chain.isEmpty() ? publicKeyOf(privateKey, keystore.toString())
                    : chain.get(0).getPublicKey();
            return withCertificates(privateKey, publicKey, chain, keystore.toString());
        } catch (JdkDecoders.MalformedKeystoreException e) {
            throw new AibomException("Cannot open the keystore " + keystore + ": " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new AibomException("Cannot open the keystore " + keystore + ": the password from "
                    + password.source() + " is wrong, or the file is not a PKCS#12 keystore.", e);
        } catch (GeneralSecurityException e) {
            throw new AibomException("Cannot read the key from keystore " + keystore + ": " + e.getMessage() + ".", e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Public keys from a PEM file: every 'PUBLIC KEY' and every certificate's key. */
    public static List<PublicKey> publicKeys(Path pem) throws AibomException {
        return publicKeys(Pem.read(pem), pem.toString());
    }

    /**
     * Public keys from PEM text (a supplier register may carry them inline).
     *
     * @param source where the text came from, for messages
     */
    public static List<PublicKey> publicKeys(String pemText, String source) throws AibomException {
        return publicKeys(Pem.parse(pemText, source), source);
    }

    private static List<PublicKey> publicKeys(List<Pem.Block> blocks, String source) throws AibomException {
        List<PublicKey> keys = new ArrayList<>();
        for (Pem.Block block : blocks) {
            if (block.label().equals("PUBLIC KEY")) {
                keys.add(publicKey(block.der(), source));
            } else if (block.label().equals("CERTIFICATE")) {
                keys.add(certificate(block.der(), source).getPublicKey());
            }
        }
        if (keys.isEmpty()) {
            throw new AibomException("No public key or certificate in " + source + ". Expected PEM blocks 'PUBLIC KEY'"
                    + " or 'CERTIFICATE'.");
        }
        return keys;
    }

    private static PublicKey publicKey(byte[] subjectPublicKeyInfo, String source) throws AibomException {
        try {
            String algorithm = Der.keyAlgorithm(subjectPublicKeyInfo).orElseThrow(() -> new AibomException(
                    "The public key in " + source + " is of a kind aibom does not use. aibom reads EC"
                            + " (P-256/384/521), RSA, Ed25519 and Ed448 keys."));
            return JdkDecoders.publicKey(algorithm, subjectPublicKeyInfo);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new AibomException("Cannot read the public key in " + source + ": " + e.getMessage() + ".", e);
        }
    }

    /** Public keys from several PEM files, in the order given. */
    public static List<PublicKey> publicKeys(List<Path> pems) throws AibomException {
        List<PublicKey> keys = new ArrayList<>();
        for (Path pem : pems) {
            keys.addAll(publicKeys(pem));
        }
        return keys;
    }

    /** X.509 certificates from several PEM files, in the order given. */
    /** Certificate revocation lists, PEM or DER, from files. */
    public static List<java.security.cert.X509CRL> crls(List<Path> files) throws AibomException {
        List<java.security.cert.X509CRL> crls = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = InputFiles.readOrFail(file, InputFiles.CRL_LIMIT,
                    new InputFiles.Kind("revocation list", "revocation lists of up to "
                            + InputFiles.CRL_LIMIT / (1024 * 1024) + " MiB are read; check that this"
                            + " is the right file."));
            try {
                int before = crls.size();
                for (java.security.cert.CRL crl : JdkDecoders.revocationLists(bytes)) {
                    crls.add((java.security.cert.X509CRL) crl);
                }
                if (crls.size() == before) {
                    throw new AibomException("The file " + file + " holds no certificate revocation list.");
                }
            } catch (GeneralSecurityException e) {
                throw new AibomException("The revocation list " + file + " cannot be read: " + e.getMessage()
                        + ". Give an X.509 CRL in PEM or DER.", e);
            }
        }
        return crls;
    }

    public static List<X509Certificate> certificates(List<Path> pems) throws AibomException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path pem : pems) {
            certificates.addAll(certificates(pem));
        }
        return certificates;
    }

    /** X.509 certificates from a PEM file, in file order. */
    public static List<X509Certificate> certificates(Path pem) throws AibomException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Pem.Block block : Pem.read(pem)) {
            if (block.label().equals("CERTIFICATE")) {
                certificates.add(certificate(block.der(), pem.toString()));
            }
        }
        if (certificates.isEmpty()) {
            throw new AibomException("No certificate in " + pem + ". Expected PEM blocks 'CERTIFICATE'.");
        }
        return certificates;
    }

    private static X509Certificate certificate(byte[] der, String source) throws AibomException {
        try {
            return JdkDecoders.certificate(der);
        } catch (GeneralSecurityException e) {
            throw new AibomException("Cannot read the certificates in " + source + ": " + e.getMessage() + ".", e);
        }
    }

    static SigningKey withCertificates(PrivateKey privateKey, PublicKey publicKey,
                                               List<X509Certificate> certificates, String source) throws AibomException {
        try {
            return new SigningKey(privateKey, publicKey, certificates);
        } catch (IllegalArgumentException e) {
            throw new AibomException("The certificate in " + source + " does not belong to its private key. Put the"
                    + " signer's own certificate first.");
        }
    }

    /** The public half of a private key: RSA from its CRT parameters, EC and EdDSA with Bouncy Castle. */
    static PublicKey publicKeyOf(PrivateKey privateKey, String source) throws AibomException {
        if (privateKey instanceof RSAPrivateCrtKey rsa) {
            try {
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            } catch (GeneralSecurityException e) {
                throw new AibomException("Cannot derive the public key from the private key in " + source + ".", e);
            }
        }
        return BouncyCastleKeys.publicKeyOf(privateKey, source);
    }
}
