package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The JDK reads plain PKCS#8 keys, public keys and certificates; Bouncy Castle the rest. Both must give the same keys,
 * and the fast path must never load Bouncy Castle (whose signed jars cost a cold build about 100 ms to verify).
 */
class KeyLoaderTest {
    @TempDir
    Path temp;

    private Path openssl(String name, String... args) throws Exception {
        Path out = temp.resolve(name);
        List<String> command = new ArrayList<>(List.of("openssl"));
        for (String arg : args) {
            command.add(arg.replace("OUT", out.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return out;
    }

    private Path genpkey(String name, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("genpkey"));
        args.addAll(List.of(options));
        args.addAll(List.of("-out", "OUT"));
        return openssl(name, args.toArray(String[]::new));
    }

    @TestFactory
    Stream<DynamicTest> theJdkReadsPlainPkcs8KeysExactlyAsBouncyCastleDoes() {
        return Stream.of(
                new String[]{"P-256", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"},
                new String[]{"P-384", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"},
                new String[]{"P-521", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-521"},
                new String[]{"RSA", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"},
                new String[]{"Ed25519", "-algorithm", "ED25519"},
                new String[]{"Ed448", "-algorithm", "ED448"}
        ).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            Path pem = genpkey(c[0] + ".pem", Arrays.copyOfRange(c, 1, c.length));
            Path publicPem = openssl(c[0] + ".pub.pem", "pkey", "-in", pem.toString(), "-pubout", "-out", "OUT");
            SigningKey jdk = KeyLoader.privateKey(pem, Optional.empty());
            SigningKey bouncyCastle = BouncyCastleKeys.privateKey(java.nio.file.Files.readAllBytes(pem), pem.toString(), Optional.empty());
            PublicKey fromOpenssl = KeyLoader.publicKeys(publicPem).get(0);
            assertThat(jdk.publicKey().getEncoded()).isEqualTo(bouncyCastle.publicKey().getEncoded())
                    .isEqualTo(fromOpenssl.getEncoded());
            assertThat(Crypto.jdkPrivateKey(jdk.privateKey()).getEncoded())
                    .isEqualTo(Crypto.jdkPrivateKey(bouncyCastle.privateKey()).getEncoded());
            JsfAlgorithm algorithm = jdk.defaultAlgorithm();
            byte[] data = "aibom".getBytes(StandardCharsets.US_ASCII);
            assertThat(Crypto.verify(algorithm, fromOpenssl, data, Crypto.sign(algorithm, jdk.privateKey(), data)))
                    .isTrue();
        }));
    }

    @dev.aibom.core.NeedsConformance
    @TestFactory
    Stream<DynamicTest> keysWithTheirCertificatePathReadTheSameBothWays() {
        return Stream.of("p256", "p384", "p521", "r2048", "ed25519", "ed448").map(name -> DynamicTest.dynamicTest(
                name, () -> {
                    Path pem = JsfVectorsTest.jsf().resolve("keys/" + name + "certificate-key.pem");
                    SigningKey jdk = KeyLoader.privateKey(pem, Optional.empty());
                    SigningKey bouncyCastle = BouncyCastleKeys.privateKey(java.nio.file.Files.readAllBytes(pem), pem.toString(), Optional.empty());
                    assertThat(jdk.certificatePath()).hasSize(2).isEqualTo(bouncyCastle.certificatePath());
                    assertThat(jdk.publicKey().getEncoded()).isEqualTo(bouncyCastle.publicKey().getEncoded())
                            .isEqualTo(jdk.certificatePath().get(0).getPublicKey().getEncoded());
                }));
    }

    @Test
    void anEcKeyThatDoesNotCarryItsPublicKeyIsCompletedByBouncyCastle() throws Exception {
        Path full = genpkey("full.pem", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384");
        Path sec1 = openssl("sec1.pem", "ec", "-in", full.toString(), "-no_public", "-out", "OUT");
        Path bare = openssl("bare.pem", "pkcs8", "-topk8", "-nocrypt", "-in", sec1.toString(), "-out", "OUT");
        assertThat(Files.readString(bare)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Der.embeddedPublicKey(pemBody(bare))).isEmpty();

        SigningKey key = KeyLoader.privateKey(bare, Optional.empty());

        assertThat(key.publicKey().getEncoded())
                .isEqualTo(KeyLoader.privateKey(full, Optional.empty()).publicKey().getEncoded());
    }

    @Test
    void aPublicKeyInTheFileThatIsNotTheKeysOwnIsRefused() throws Exception {
        Path first = genpkey("first.pem", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256");
        Path second = genpkey("second.pem", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256");
        byte[] der = pemBody(first);
        byte[] other = pemBody(second);
        // OpenSSL ends a P-256 PKCS#8 key with its 65-byte public point: put the other key's there
        System.arraycopy(other, other.length - 65, der, der.length - 65, 65);
        Path spliced = Files.writeString(temp.resolve("spliced.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> KeyLoader.privateKey(spliced, Optional.empty()))
                .isInstanceOf(AibomException.class)
                .hasMessage("The public key stored in the private key file " + spliced + " does not belong to its"
                        + " private key; the file is damaged. Export the private key again.");
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void certificatesAndPublicKeysAreReadByTheJdk() throws Exception {
        Path keys = JsfVectorsTest.jsf().resolve("keys");
        List<java.security.cert.X509Certificate> chain = KeyLoader.certificates(keys.resolve("p256certpath.pem"));
        assertThat(chain).hasSizeGreaterThan(1);
        assertThat(chain.get(0).getSubjectX500Principal().getName()).contains("CN=Test certificate");
        assertThat(KeyLoader.publicKeys(keys.resolve("p256certpath.pem")))
                .extracting(PublicKey::getEncoded)
                .containsExactlyElementsOf(chain.stream().map(c -> c.getPublicKey().getEncoded()).toList());
        String inline = Files.readString(keys.resolve("p256publickey.pem"));
        assertThat(KeyLoader.publicKeys(inline, "the inline PEM key").get(0).getEncoded())
                .isEqualTo(KeyLoader.publicKeys(keys.resolve("p256publickey.pem")).get(0).getEncoded());
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void badPemNamesTheFileTheBlockAndTheLine() throws Exception {
        Path unterminated = Files.writeString(temp.resolve("unterminated.pem"),
                "my key\n-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n");
        assertThatThrownBy(() -> KeyLoader.privateKey(unterminated, Optional.empty())).hasMessage("Cannot read "
                + unterminated + " as PEM: the 'PRIVATE KEY' block that starts on line 2 has no '-----END PRIVATE"
                + " KEY-----' line.");
        Path notBase64 = Files.writeString(temp.resolve("garbled.pem"),
                "-----BEGIN PUBLIC KEY-----\nthis is not base64!\n-----END PUBLIC KEY-----\n");
        assertThatThrownBy(() -> KeyLoader.publicKeys(notBase64)).hasMessage("Cannot read " + notBase64
                + " as PEM: the 'PUBLIC KEY' block that starts on line 1 is not valid base64.");
        Path empty = Files.writeString(temp.resolve("empty.pem"), "nothing here\n");
        assertThatThrownBy(() -> KeyLoader.certificates(empty)).hasMessage("No PEM blocks in " + empty
                + ". Keys must be PEM files (-----BEGIN ...-----).");
        Path missing = temp.resolve("missing.pem");
        assertThatThrownBy(() -> KeyLoader.privateKey(missing, Optional.empty()))
                .hasMessage("Key file " + missing + ": the file does not exist. Create it, or point the key file"
                        + " setting at the right path.");
        Path onlyPrivate = genpkey("only-private.pem", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256");
        assertThatThrownBy(() -> KeyLoader.publicKeys(onlyPrivate)).hasMessage("No public key or certificate in "
                + onlyPrivate + ". Expected PEM blocks 'PUBLIC KEY' or 'CERTIFICATE'.");
        Path x25519 = JsfVectorsTest.jsf().resolve("keys/x25519publickey.pem");
        assertThatThrownBy(() -> KeyLoader.publicKeys(x25519)).hasMessage("The public key in " + x25519 + " is of a"
                + " kind aibom does not use. aibom reads EC (P-256/384/521), RSA, Ed25519 and Ed448 keys.");
    }

    @Test
    void theDerReaderRejectsEveryTruncationAndCorruptionCleanly() throws Exception {
        byte[] der = pemBody(genpkey("fuzz.pem", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"));
        assertThat(Der.keyAlgorithm(der)).contains("EC");
        assertThat(Der.embeddedPublicKey(der)).isPresent();
        for (int length = 0; length < der.length; length++) {
            byte[] truncated = Arrays.copyOf(der, length);
            assertThat(catchThrowable(() -> Der.keyAlgorithm(truncated))).as("length " + length)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(catchThrowable(() -> Der.embeddedPublicKey(truncated))).as("length " + length)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            byte[] corrupted = der.clone();
            corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
            Throwable thrown = catchThrowable(() -> {
                Der.keyAlgorithm(corrupted);
                Der.embeddedPublicKey(corrupted);
            });
            assertThat(thrown).as("corruption %d", i).satisfiesAnyOf(
                    t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(IllegalArgumentException.class));
        }
    }

    @Test
    void jwkPointsOffTheCurveAreRefused() throws Exception {
        SigningKey key = KeyLoader.privateKey(genpkey("jwk.pem", "-algorithm", "EC", "-pkeyopt",
                "ec_paramgen_curve:P-256"), Optional.empty());
        ObjectNode jwk = Jwk.of(key.publicKey());
        assertThat(Jwk.parse(jwk).getEncoded()).isEqualTo(key.publicKey().getEncoded());

        ObjectNode moved = jwk.deepCopy();
        byte[] y = Base64.getUrlDecoder().decode(jwk.get("y").asText());
        y[y.length - 1] ^= 1;
        moved.put("y", Base64.getUrlEncoder().withoutPadding().encodeToString(y));
        assertThatThrownBy(() -> Jwk.parse(moved)).isInstanceOf(GeneralSecurityException.class)
                .hasMessage("the EC point is not on curve P-256");

        // a coordinate equal to the field prime is not a field element, whatever the curve equation says mod p
        byte[] prime = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16)
                .toByteArray();
        ObjectNode outside = jwk.deepCopy();
        outside.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(
                Arrays.copyOfRange(prime, prime.length - 32, prime.length)));
        assertThatThrownBy(() -> Jwk.parse(outside)).hasMessage("the EC point is not on curve P-256");
    }

    /** An OKP key of the wrong length (found by the jsfVerifier fuzz target: an empty one threw inside the JDK). */
    @Test
    void jwkEdwardsKeysOfTheWrongLengthAreRefused() throws Exception {
        for (String curve : List.of("Ed25519", "Ed448")) {
            int size = curve.equals("Ed25519") ? 32 : 57;
            for (int length : new int[]{0, 1, size - 1, size + 1}) {
                ObjectNode jwk = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("kty", "OKP").put("crv", curve)
                        .put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[length]));
                assertThatThrownBy(() -> Jwk.parse(jwk)).as("%s of %d bytes", curve, length)
                        .isInstanceOf(GeneralSecurityException.class)
                        .hasMessage("OKP x must be " + size + " bytes for " + curve);
            }
        }
        KeyPair pair = KeyPairs.generate(KeyPairs.Type.ED25519);
        assertThat(Jwk.parse(Jwk.of(pair.getPublic())).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void signingAndVerifyingWithPlainKeysNeverLoadsBouncyCastle() throws Exception {
        Path pem = genpkey("probe.pem", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256");
        Path publicPem = openssl("probe.pub.pem", "pkey", "-in", pem.toString(), "-pubout", "-out", "OUT");
        assertSignsAndVerifiesWithoutBouncyCastle(pem, publicPem);
    }

    @Test
    void aKeyPairThatAibomWroteIsUsedWithoutBouncyCastle() throws Exception {
        Path pem = temp.resolve("keygen.pem");
        Path publicPem = temp.resolve("keygen.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, pem, publicPem, Optional.empty());
        assertSignsAndVerifiesWithoutBouncyCastle(pem, publicPem);
    }

    private static void assertSignsAndVerifiesWithoutBouncyCastle(Path pem, Path publicPem) throws Exception {
        String classPath = System.getProperty("java.class.path");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", classPath, KeyLoaderProbe.class.getName(), pem.toString(),
                publicPem.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("probe: signature valid; the key is in the trust set")
                .contains("dev.aibom.core.sign.KeyLoader ")
                .doesNotContain("org.bouncycastle");
    }

    @TestFactory
    Stream<DynamicTest> keysThatAibomWritesAreReadAlikeByTheJdkBouncyCastleAndOpenssl() {
        return Arrays.stream(KeyPairs.Type.values()).map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            Path pem = temp.resolve(type + ".pem");
            Path publicPem = temp.resolve(type + ".pub.pem");
            KeyPairs.write(type, pem, publicPem, Optional.empty());
            // EC keys carry it for the JDK; RSA keys hold it in their CRT parameters; Ed25519 keys stay version 1
            // PKCS#8, the only form OpenSSL 3.0 reads
            assertThat(Der.embeddedPublicKey(pemBody(pem))).as("the public key in the file")
                    .matches(embedded -> embedded.isPresent() == type.name().startsWith("EC_"));
            byte[] written = KeyLoader.publicKeys(publicPem).get(0).getEncoded();
            assertThat(KeyLoader.privateKey(pem, Optional.empty()).publicKey().getEncoded()).isEqualTo(written);
            assertThat(BouncyCastleKeys.privateKey(Files.readAllBytes(pem), pem.toString(), Optional.empty())
                    .publicKey().getEncoded()).isEqualTo(written);
            Path fromOpenssl = openssl(type + ".openssl.pub.pem", "pkey", "-in", pem.toString(), "-pubout", "-out",
                    "OUT");
            assertThat(Files.readString(fromOpenssl)).isEqualTo(Files.readString(publicPem));
        }));
    }

    @Test
    void anEncryptedKeyThatAibomWroteCarriesItsPublicKeyToo() throws Exception {
        Path pem = temp.resolve("encrypted.pem");
        Path publicPem = temp.resolve("encrypted.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, pem, publicPem,
                Optional.of(Passphrase.of("correct horse battery staple".toCharArray())));
        assertThat(Files.readString(pem)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        byte[] written = KeyLoader.publicKeys(publicPem).get(0).getEncoded();
        assertThat(KeyLoader.privateKey(pem, Optional.of(Passphrase.of("correct horse battery staple".toCharArray())))
                .publicKey().getEncoded()).isEqualTo(written);
        Path plain = openssl("decrypted.pem", "pkcs8", "-in", pem.toString(), "-passin",
                "pass:correct horse battery staple", "-out", "OUT");
        assertThat(Der.embeddedPublicKey(pemBody(plain))).isPresent();
    }

    private static byte[] pemBody(Path pem) throws Exception {
        return Pem.read(pem).get(0).der();
    }
}
