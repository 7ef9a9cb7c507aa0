package dev.aibom.core.sign;

import dev.aibom.core.AibomException;
import dev.aibom.core.io.AtomicFiles;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/** Generates signing key pairs and writes them as PEM: the private key readable by its owner only. */
public final class KeyPairs {
    /**
     * PBKDF2-HMAC-SHA256 iterations for an encrypted private key: OWASP's Password Storage Cheat Sheet (2023) asks for
     * at least 600,000. The key stays PKCS#8 PEM with PBES2 and AES-256-CBC, which {@code openssl pkey} reads.
     */
    public static final int PBKDF2_ITERATIONS = 600_000;

    /** Key types the generator offers. */
    public enum Type { EC_P256, EC_P384, EC_P521, RSA_3072, ED25519 }

    /** What was written: the files and the public key's fingerprint and JWK thumbprint. */
    public record Written(Path privateKey, Path publicKey, String fingerprint, String keyId) {
    }

    private KeyPairs() {
    }

    public static KeyPair generate(Type type) {
        try {
            KeyPairGenerator generator;
            switch (type) {
                case EC_P256, EC_P384, EC_P521 -> {
                    generator = KeyPairGenerator.getInstance("EC");
                    generator.initialize(new ECGenParameterSpec(switch (type) {
                        case EC_P384 -> "secp384r1";
                        case EC_P521 -> "secp521r1";
                        default -> "secp256r1";
                    }), new SecureRandom());
                }
                case RSA_3072 -> {
                    generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(3072, new SecureRandom());
                }
                default -> generator = KeyPairGenerator.getInstance("Ed25519");
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + type + " key pair", e);
        }
    }

    /**
     * Generates a key pair and writes {@code privateKey} (PKCS#8 PEM, encrypted with AES-256-CBC and
     * PBKDF2-HMAC-SHA256 at {@link #PBKDF2_ITERATIONS} iterations when a passphrase is given; mode 600) and
     * {@code publicKey} (SubjectPublicKeyInfo PEM). Existing files are not overwritten. The private key carries its
     * public key, as OpenSSL writes it ({@link #pkcs8(KeyPair)}), so that reading it back needs no Bouncy Castle.
     */
    public static Written write(Type type, Path privateKey, Path publicKey, Optional<Passphrase> passphrase)
            throws AibomException, IOException {
        for (Path file : new Path[]{privateKey, publicKey}) {
            if (Files.exists(file)) {
                throw new AibomException("Refusing to overwrite " + file + ". Move it away or choose another path.");
            }
        }
        KeyPair pair = generate(type);
        StringWriter privatePem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(privatePem)) {
            if (passphrase.isPresent()) {
                char[] secret = passphrase.get().chars();
                try {
                    var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                            .setProvider(Crypto.bouncyCastle()).setRandom(new SecureRandom()).setPassword(secret)
                            .setPRF(JcaPKCS8Generator.PRF_HMACSHA256).setIterationCount(PBKDF2_ITERATIONS)
                            .build();
                    writer.writeObject(new PKCS8Generator(pkcs8(pair), encryptor));
                } finally {
                    Arrays.fill(secret, '\0');
                }
            } else {
                writer.writeObject(new PKCS8Generator(pkcs8(pair), null));
            }
        } catch (OperatorCreationException e) {
            throw new AibomException("Cannot encrypt the private key: " + e.getMessage(), e);
        }
        StringWriter publicPem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(publicPem)) {
            writer.writeObject(pair.getPublic());
        }
        AtomicFiles.writePrivate(privateKey, privatePem.toString().getBytes(StandardCharsets.US_ASCII));
        AtomicFiles.write(publicKey, publicPem.toString().getBytes(StandardCharsets.US_ASCII));
        return new Written(privateKey, publicKey, Crypto.fingerprint(pair.getPublic()), Jwk.thumbprint(pair.getPublic()));
    }

    /**
     * The private key as PKCS#8 that carries its public key: for an EC key in its RFC 5915 ECPrivateKey, as OpenSSL
     * writes it (an RSA key carries it already). The JDK encodes EC keys without it, and a key read back without its
     * public key needs Bouncy Castle to compute it: in a cold build that costs about 0.2 s of loading and verifying
     * Bouncy Castle's signed jars, where the JDK alone reads the key otherwise ({@link KeyLoader}). Ed25519 keys stay
     * version 1 PKCS#8 without it, as OpenSSL 3.0 writes them: it cannot read the version 2 form.
     */
    static PrivateKeyInfo pkcs8(KeyPair pair) throws IOException {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
        if (pair.getPrivate() instanceof java.security.interfaces.ECPrivateKey ec) {
            ECPrivateKey plain = ECPrivateKey.getInstance(info.parsePrivateKey());
            SubjectPublicKeyInfo publicKey = SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
            return new PrivateKeyInfo(info.getPrivateKeyAlgorithm(), new ECPrivateKey(
                    ec.getParams().getOrder().bitLength(), plain.getKey(), publicKey.getPublicKeyData(), null));
        }
        return info;
    }
}
