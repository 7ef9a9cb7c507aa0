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
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The key formats the JDK cannot read on its own: encrypted PKCS#8, OpenSSL's SEC1 and PKCS#1 files (plain or with
 * legacy PEM encryption), and keys whose public half must be computed. Bouncy Castle comes from signed jars whose
 * verification alone costs a cold JVM about 100 ms, so {@link KeyLoader} only calls this class for those formats.
 */
final class BouncyCastleKeys {
    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter();

    private BouncyCastleKeys() {
    }

    /** See {@link KeyLoader#privateKey}. */
    static SigningKey privateKey(byte[] bytes, String pem, Optional<Passphrase> passphrase) throws AibomException {
        List<Object> objects = readPem(bytes, pem);
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
        } catch (RuntimeException e) {
            // Bouncy Castle reports malformed ASN.1 inside a well-formed PEM block with runtime exceptions
            throw damaged(pem, e);
        }
        if (privateKey == null) {
            throw new AibomException("No private key in " + pem + ". Expected a PEM block 'PRIVATE KEY', 'ENCRYPTED"
                    + " PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY'; for a PKCS#12 keystore use the keystore"
                    + " settings.");
        }
        if (publicKey == null) {
            publicKey = KeyLoader.publicKeyOf(privateKey, pem);
        }
        return KeyLoader.withCertificates(privateKey, publicKey, certificates, pem);
    }

    /** The public key of an EC or EdDSA private key, computed with Bouncy Castle's curve arithmetic. */
    static PublicKey publicKeyOf(PrivateKey privateKey, String source) throws AibomException {
        try {
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
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new AibomException("Cannot derive the public key from the private key in " + source + ".", e);
        }
        throw new AibomException("Unsupported private key type " + privateKey.getAlgorithm() + " in " + source
                + ". aibom signs with EC (P-256/384/521), RSA and Ed25519 keys.");
    }

    private static AibomException damaged(String pem, RuntimeException e) {
        return new AibomException("The key in " + pem + " is damaged: its PEM block does not hold valid key data ("
                + e.getMessage() + "). Export the key again.", e);
    }

    private static Passphrase requirePassphrase(String pem, Optional<Passphrase> passphrase) throws AibomException {
        return passphrase.orElseThrow(() -> new AibomException("The private key in " + pem + " is encrypted, and no"
                + " passphrase was given. Give it through an environment variable or a passphrase file."));
    }

    private static List<Object> readPem(byte[] bytes, String pem) throws AibomException {
        List<Object> objects = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(new String(bytes, StandardCharsets.US_ASCII));
             PEMParser parser = new PEMParser(reader)) {
            Object object;
            while ((object = parser.readObject()) != null) {
                objects.add(object);
            }
        } catch (IOException e) {
            throw new AibomException("Cannot read " + pem + " as PEM: " + e.getMessage() + ". Keys must be PEM"
                    + " files (-----BEGIN ...-----).", e);
        } catch (RuntimeException e) {
            throw damaged(pem, e);
        }
        if (objects.isEmpty()) {
            throw new AibomException("No PEM blocks in " + pem + ". Keys must be PEM files (-----BEGIN ...-----).");
        }
        return objects;
    }
}
