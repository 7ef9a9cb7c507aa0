package dev.aibom.core.sign;

import dev.aibom.core.AibomException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Loads keys with Bouncy Castle: PEM PKCS#8 (plain or encrypted), SEC1 EC, PKCS#1 RSA (plain or OpenSSL-encrypted),
 * Ed25519/Ed448, PKCS#12 keystores; public keys as PEM SubjectPublicKeyInfo or X.509 certificates. Errors name the
 * file and what to do, never the key or the passphrase.
 */
public final class KeyLoader {
    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter();

    private KeyLoader() {
    }

    /**
     * A private key from a PEM file. A certificate (path) in the same file, signer first, becomes the key's
     * certificate path.
     *
     * @param passphrase needed for encrypted keys, ignored otherwise
     */
    public static SigningKey privateKey(Path pem, Optional<Passphrase> passphrase) throws AibomException {
        List<Object> objects = readPem(pem);
        PrivateKey privateKey = null;
        PublicKey publicKey = null;
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            for (Object object : objects) {
                if (object instanceof PEMKeyPair pair) {
                    privateKey = CONVERTER.getPrivateKey(pair.getPrivateKeyInfo());
                    publicKey = CONVERTER.getPublicKey(pair.getPublicKeyInfo());
                } else if (object instanceof PEMEncryptedKeyPair encrypted) {
                    char[] secret = requirePassphrase(pem, passphrase).chars();
                    try {
                        PEMKeyPair pair = encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                                .setProvider(Crypto.bouncyCastle()).build(secret));
                        privateKey = CONVERTER.getPrivateKey(pair.getPrivateKeyInfo());
                        publicKey = CONVERTER.getPublicKey(pair.getPublicKeyInfo());
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                } else if (object instanceof PrivateKeyInfo info) {
                    privateKey = CONVERTER.getPrivateKey(info);
                } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    char[] secret = requirePassphrase(pem, passphrase).chars();
                    try {
                        privateKey = CONVERTER.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                                new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Crypto.bouncyCastle()).build(secret)));
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                } else if (object instanceof X509CertificateHolder holder) {
                    certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                }
            }
        } catch (PKCSException | org.bouncycastle.openssl.EncryptionException e) {
            throw new AibomException("Cannot decrypt the private key in " + pem + ": the passphrase from "
                    + passphrase.map(Passphrase::source).orElse("nowhere") + " is wrong, or the file is damaged.");
        } catch (OperatorCreationException | GeneralSecurityException | PEMException e) {
            throw new AibomException("Cannot use the private key in " + pem + ": " + e.getMessage()
                    + ". aibom reads EC (P-256/384/521), RSA, Ed25519 and Ed448 keys.", e);
        } catch (IOException e) {
            throw new AibomException("Cannot decrypt the private key in " + pem + ": the passphrase is wrong, or the"
                    + " file is damaged.", e);
        }
        if (privateKey == null) {
            throw new AibomException("No private key in " + pem + ". Expected a PEM block 'PRIVATE KEY', 'ENCRYPTED"
                    + " PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY'; for a PKCS#12 keystore use the keystore"
                    + " settings.");
        }
        if (publicKey == null) {
            publicKey = publicKeyOf(privateKey, pem);
        }
        return withCertificates(privateKey, publicKey, certificates, pem);
    }

    /** A private key and its certificate chain from a PKCS#12 keystore. */
    public static SigningKey pkcs12(Path keystore, String alias, Passphrase password) throws AibomException {
        char[] secret = password.chars();
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
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
            PublicKey publicKey = chain.isEmpty() ? publicKeyOf(privateKey, keystore) : chain.get(0).getPublicKey();
            return withCertificates(privateKey, publicKey, chain, keystore);
        } catch (NoSuchFileException e) {
            throw new AibomException("The keystore " + keystore + " does not exist. Check the keystore path.");
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
        List<PublicKey> keys = new ArrayList<>();
        try {
            for (Object object : readPem(pem)) {
                if (object instanceof SubjectPublicKeyInfo info) {
                    keys.add(CONVERTER.getPublicKey(info));
                } else if (object instanceof X509CertificateHolder holder) {
                    keys.add(new JcaX509CertificateConverter().getCertificate(holder)
                            .getPublicKey());
                }
            }
        } catch (GeneralSecurityException | PEMException e) {
            throw new AibomException("Cannot read the public key in " + pem + ": " + e.getMessage() + ".", e);
        }
        if (keys.isEmpty()) {
            throw new AibomException("No public key or certificate in " + pem + ". Expected PEM blocks 'PUBLIC KEY' or"
                    + " 'CERTIFICATE'.");
        }
        return keys;
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
        try {
            for (Object object : readPem(pem)) {
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new AibomException("Cannot read the certificates in " + pem + ": " + e.getMessage() + ".", e);
        }
        if (certificates.isEmpty()) {
            throw new AibomException("No certificate in " + pem + ". Expected PEM blocks 'CERTIFICATE'.");
        }
        return certificates;
    }

    private static SigningKey withCertificates(PrivateKey privateKey, PublicKey publicKey,
                                               List<X509Certificate> certificates, Path source) throws AibomException {
        try {
            return new SigningKey(privateKey, publicKey, certificates);
        } catch (IllegalArgumentException e) {
            throw new AibomException("The certificate in " + source + " does not belong to its private key. Put the"
                    + " signer's own certificate first.");
        }
    }

    static PublicKey publicKeyOf(PrivateKey privateKey, Path source) throws AibomException {
        try {
            if (privateKey instanceof RSAPrivateCrtKey rsa) {
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (privateKey instanceof java.security.interfaces.ECPrivateKey ec) {
                // Q = d*G with Bouncy Castle's curve arithmetic, then a JDK key
                String curve = switch (ec.getParams().getCurve().getField().getFieldSize()) {
                    case 256 -> "secp256r1";
                    case 384 -> "secp384r1";
                    case 521 -> "secp521r1";
                    default -> throw new AibomException("Unsupported EC curve in " + source
                            + ". aibom signs with P-256, P-384 and P-521 keys.");
                };
                var spec = org.bouncycastle.jce.ECNamedCurveTable.getParameterSpec(curve);
                var q = spec.getG().multiply(ec.getS()).normalize();
                return KeyFactory.getInstance("EC").generatePublic(new java.security.spec.ECPublicKeySpec(
                        new java.security.spec.ECPoint(q.getAffineXCoord().toBigInteger(),
                                q.getAffineYCoord().toBigInteger()), ec.getParams()));
            }
            if (Jwk.isEdDsa(privateKey)) {
                PrivateKeyInfo info = PrivateKeyInfo.getInstance(privateKey.getEncoded());
                byte[] raw = org.bouncycastle.asn1.ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
                boolean ed25519 = info.getPrivateKeyAlgorithm().getAlgorithm()
                        .equals(org.bouncycastle.asn1.edec.EdECObjectIdentifiers.id_Ed25519);
                byte[] publicKey = ed25519
                        ? new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(raw, 0).generatePublicKey()
                        .getEncoded()
                        : new org.bouncycastle.crypto.params.Ed448PrivateKeyParameters(raw, 0).generatePublicKey()
                        .getEncoded();
                byte[] spki = new SubjectPublicKeyInfo(info.getPrivateKeyAlgorithm(), publicKey).getEncoded();
                return KeyFactory.getInstance(ed25519 ? "Ed25519" : "Ed448").generatePublic(
                        new java.security.spec.X509EncodedKeySpec(spki));
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new AibomException("Cannot derive the public key from the private key in " + source + ".", e);
        }
        throw new AibomException("Unsupported private key type " + privateKey.getAlgorithm() + " in " + source
                + ". aibom signs with EC (P-256/384/521), RSA and Ed25519 keys.");
    }

    private static Passphrase requirePassphrase(Path pem, Optional<Passphrase> passphrase) throws AibomException {
        return passphrase.orElseThrow(() -> new AibomException("The private key in " + pem + " is encrypted, and no"
                + " passphrase was given. Give it through an environment variable or a passphrase file."));
    }

    private static List<Object> readPem(Path pem) throws AibomException {
        List<Object> objects = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object object;
            while ((object = parser.readObject()) != null) {
                objects.add(object);
            }
        } catch (NoSuchFileException e) {
            throw new AibomException("The key file " + pem + " does not exist. Check the path.");
        } catch (IOException e) {
            throw new AibomException("Cannot read " + pem + " as PEM: " + e.getMessage() + ". Keys must be PEM"
                    + " files (-----BEGIN ...-----).", e);
        }
        if (objects.isEmpty()) {
            throw new AibomException("No PEM blocks in " + pem + ". Keys must be PEM files (-----BEGIN ...-----).");
        }
        return objects;
    }
}
