package dev.aibom.core.sign;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.io.ReadLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential fuzzing of the streamed signer against the tree: {@code sign} writes a BOM in one pass, its canonical
 * form (RFC 8785) assembled from the elements of the top-level arrays canonicalized one at a time
 * ({@link BomSignatures#signFile}), where the tree's signer canonicalizes the BOM held whole
 * ({@link BomSignatures#sign}). Ed25519 signatures are deterministic, so whatever the bytes:
 * <ul>
 *   <li>the streamed signer refuses what the strict read refuses, with the same message, and writes nothing;</li>
 *   <li>for what is accepted, both signers give the same signature, or both refuse alike;</li>
 *   <li>the file written reads back as the tree signed, and its signature is valid and trusted, read streamed and
 *       read whole, with the same report.</li>
 * </ul>
 * In a normal build the committed seeds run as regression inputs; {@code .ci/fuzz} fuzzes it.
 */
class StreamedSigningFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(1024 * 1024, 64);
    private static SigningKey key;
    private static VerificationPolicy trusting;
    private static Path folder;

    @BeforeAll
    static void setUp() throws IOException {
        folder = Files.createTempDirectory("aibom-fuzz-signing");
        KeyPair pair = KeyPairs.generate(KeyPairs.Type.ED25519);
        key = new SigningKey(pair.getPrivate(), pair.getPublic(), List.of());
        trusting = VerificationPolicy.trusting(List.of(pair.getPublic()));
    }

    @AfterAll
    static void clean() throws IOException {
        dev.aibom.core.TestFiles.deleteTree(folder);
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    // what RFC 8785 is particular about: numbers, escapes, characters outside the basic plane, member order
    @DictionaryEntries({"\"bom-ref\":\"", "\"components\":[", "\"services\":[", "\"dependencies\":[",
            "\"properties\":[{\"name\":\"", "\"value\":\"", "\"signature\":{", "\"signers\":[", "\"chain\":[",
            "1e400", "-0.0", "5e-324", "1E21", "0.000001", "9007199254740993", "\\u0000", "\\u001f", "\\ud83d\\ude00",
            "\u20ac", "\\/", "\"\u00e9\":", "\"e\u0301\":"})
    void signedAsHeld(byte[] data) throws Exception {
        Path input = Files.write(folder.resolve("fuzz.cdx.json"), data);
        Path output = folder.resolve("fuzz.signed.cdx.json");
        Files.deleteIfExists(output);
        LoadedBom held = null;
        String refused = null;
        try {
            held = new BomReader(LIMITS).read(input);
        } catch (AibomException e) {
            refused = e.getMessage();
        }
        ObjectNode tree = null;
        if (held != null) {
            try {
                tree = BomSignatures.sign(held, key, SignOptions.defaults());
            } catch (AibomException e) {
                refused = e.getMessage();
            }
        }
        JsonNode signature;
        try {
            signature = BomSignatures.signFile(input, output, key, SignOptions.defaults(), LIMITS);
        } catch (AibomException e) {
            assertThat(output).as("nothing written").doesNotExist();
            if (tree != null && e.getMessage().startsWith("The signed BOM would be ")) {
                return; // the signed BOM would be larger than the read limit: only the file is refused for that
            }
            assertThat(e.getMessage()).as("the streamed signer refuses; the tree %s",
                    refused == null ? "is signed" : "is refused otherwise").isEqualTo(refused);
            return;
        }
        assertThat(refused).as("the streamed signer signs what the tree refuses").isNull();
        assertThat(signature).isEqualTo(tree.get(Jsf.DEFAULT_PROPERTY));

        LoadedBom back = new BomReader(LIMITS).read(output);
        assertThat(back.tree()).isEqualTo(tree);
        VerificationReport whole = BomSignatures.verify(back, trusting);
        VerificationReport streamed = BomSignatures.verify(output, LIMITS, trusting, (member, index, element) -> { })
                .report();
        assertThat(streamed).isEqualTo(whole);
        assertThat(whole.rootSigners()).isNotEmpty().allSatisfy(result -> assertThat(result.reason())
                .isEqualTo("signature valid; the key is in the trust set"));
    }
}
