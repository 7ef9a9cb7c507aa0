package dev.aibom.core.sign;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSF 0.82 test vectors of cyberphone/openkeystore (../shared/conformance/jsf): every one verifies. */
@dev.aibom.core.NeedsConformance
class JsfVectorsTest {
    static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    static Path jsf() {
        return TestFiles.conformance().resolve("jsf");
    }

    static PublicKey publicKey(String name) throws Exception {
        return KeyLoader.publicKeys(jsf().resolve("keys/" + name + "publickey.pem")).get(0);
    }

    /** "p256#es256,r2048#rs256@mult-kid.json" -> p256, r2048 */
    static List<String> keyNames(String file) {
        List<String> names = new ArrayList<>();
        for (String signer : file.substring(0, file.indexOf('@')).split(",")) {
            names.add(signer.substring(0, signer.indexOf('#')));
        }
        return names;
    }

    static VerificationPolicy policyFor(String file) throws Exception {
        List<PublicKey> trusted = new ArrayList<>();
        Map<String, Key> named = new HashMap<>();
        for (String name : keyNames(file)) {
            if (name.startsWith("a")) { // HMAC: a256 -> a256bitkey.hex
                byte[] secret = HexFormat.of().parseHex(Files.readString(jsf().resolve("keys/" + name + "bitkey.hex")).trim());
                named.put(name + "bitkey", new SecretKeySpec(secret, "HMAC"));
            } else {
                PublicKey key = publicKey(name);
                trusted.add(key);
                named.put("example.com:" + name, key);
            }
        }
        return new VerificationPolicy(Set.of(JsfAlgorithm.values()), trusted,
                KeyLoader.certificates(jsf().resolve("keys/rootca.pem")), named, Set.of("myUnsignedData"), true, List.of(),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    @TestFactory
    Stream<DynamicTest> everyVectorVerifies() throws Exception {
        List<Path> vectors;
        try (Stream<Path> files = Files.list(jsf().resolve("json-signatures"))) {
            vectors = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(vectors).hasSize(67);
        return vectors.stream().map(vector -> DynamicTest.dynamicTest(vector.getFileName().toString(), () -> {
            String file = vector.getFileName().toString();
            JsonNode document = STRICT.readTree(Files.readString(vector));
            String property = file.contains("@name-") ? "authorizationSignature" : "signature";
            List<SignerResult> results = new JsfVerifier(policyFor(file)).verify(document, property, "");
            assertThat(results).hasSize(keyNames(file).size());
            assertThat(results).allSatisfy(result -> {
                assertThat(result.valid()).as(result.summary()).isTrue();
                assertThat(result.trusted()).as(result.summary()).isTrue();
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> deterministicAlgorithmsReproduceTheVectorsValues() {
        return Stream.of("ed25519#ed25519@jwk.json", "r2048#rs256@jwk.json", "ed25519#ed25519@imp.json",
                "r2048#rs256@imp.json").map(file -> DynamicTest.dynamicTest(file, () -> {
            JsonNode vector = STRICT.readTree(Files.readString(jsf().resolve("json-signatures/" + file)));
            ObjectNode data = (ObjectNode) STRICT.readTree(Files.readString(jsf().resolve("data/datatobesigned.json")));
            String name = keyNames(file).get(0);
            SigningKey key = KeyLoader.privateKey(jsf().resolve("keys/" + name + "privatekey.pem"), Optional.empty());
            SignOptions options = SignOptions.defaults().withoutKeyId().withPublicKey(file.contains("@jwk"));
            ObjectNode signed = JsfSigner.sign(data, key, options);
            assertThat(signed.at("/signature/value").asText()).isEqualTo(vector.at("/signature/value").asText());
            assertThat(signed).isEqualTo(vector);
        }));
    }

    @Test
    void aChangedVectorNoLongerVerifies() throws Exception {
        String file = "p256#es256,r2048#rs256@mult-jwk.json";
        ObjectNode document = (ObjectNode) STRICT.readTree(Files.readString(jsf().resolve("json-signatures/" + file)));
        document.put("id", 2200064);
        List<SignerResult> results = new JsfVerifier(policyFor(file)).verify(document, "signature", "");
        assertThat(results).extracting(SignerResult::valid).containsExactly(false, false);
        assertThat(results.get(0).reason()).isEqualTo("the content was changed after signing: the signature does not"
                + " match the signed content under the key it names");
    }

    @Test
    void excludesAreRefusedUnlessAllowed() throws Exception {
        String file = "p256#es256@excl-jwk.json";
        JsonNode document = STRICT.readTree(Files.readString(jsf().resolve("json-signatures/" + file)));
        SignerResult result = new JsfVerifier(policyFor(file).withAllowedExcludes(Set.of())).verify(document,
                "signature", "").get(0);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("the signature excludes 'myUnsignedData' from what it covers, and"
                + " excluding it is not allowed");
    }

    @Test
    void algorithmsOutsideTheAllowedListAreRefused() throws Exception {
        String file = "a256#hs256@kid.json";
        JsonNode document = STRICT.readTree(Files.readString(jsf().resolve("json-signatures/" + file)));
        SignerResult result = new JsfVerifier(policyFor(file).withAlgorithms(VerificationPolicy.ASYMMETRIC))
                .verify(document, "signature", "").get(0);
        assertThat(result.reason()).isEqualTo("algorithm HS256 is not in the allowed list");
    }

    @Test
    void aCertificateOutsideItsValidityIsNotTrusted() throws Exception {
        String file = "p256#es256@cer.json";
        JsonNode document = STRICT.readTree(Files.readString(jsf().resolve("json-signatures/" + file)));
        VerificationPolicy policy = policyFor(file);
        policy = new VerificationPolicy(policy.allowedAlgorithms(), List.of(), policy.trustedRoots(), Map.of(),
                Set.of(), true, List.of(), Instant.parse("2031-06-01T00:00:00Z"));
        SignerResult result = new JsfVerifier(policy).verify(document, "signature", "").get(0);
        assertThat(result.valid()).isTrue();
        assertThat(result.trusted()).isFalse();
        assertThat(result.reason()).startsWith("signature valid; the certificate path does not chain to a trusted"
                + " root at 2031-06-01T00:00:00Z");
    }
}
