package dev.aibom.cli;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.job.KeySpec;
import dev.aibom.core.job.KeygenJob;
import dev.aibom.core.job.SignJob;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Real BOMs and keys for the command-line tests, made in a temporary folder. */
final class Fixtures {
    private Fixtures() {
    }

    /** A copy of examples/supplier-review: ACME's signed BOM, its public key and procurement's register. */
    static Path supplierReview(Path temp) {
        return TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("supplier-review"));
    }

    static ObjectNode read(Path bom) throws IOException {
        return (ObjectNode) BomJson.MAPPER.readTree(bom.toFile());
    }

    static Path write(Path file, JsonNode bom) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, BomJson.pretty(bom));
        return file;
    }

    /** A new key pair: [private, public]. */
    static Path[] keys(Path folder, String name) throws Exception {
        Path key = folder.resolve(name + ".pem");
        Path pub = folder.resolve(name + ".pub.pem");
        KeygenJob.run(new KeygenJob.Request(KeyPairs.Type.EC_P256, key, pub, Optional.empty(), false), Log.NONE);
        return new Path[]{key, pub};
    }

    static void sign(Path bom, Path key, boolean addSigner) throws Exception {
        SignJob.run(new SignJob.Request(bom, bom, KeySpec.file(key), SignOptions.defaults()
                .withMultipleSigners(addSigner), "--key", Map.of(), ReadLimits.DEFAULT), Log.NONE);
    }

    /** The same BOM without any aibom property: what another tool would have made. */
    static ObjectNode withoutAibomProperties(ObjectNode bom) {
        strip(bom);
        return bom;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties instanceof ArrayNode array) {
                for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                    if (it.next().path("name").asText().startsWith("aibom:")) {
                        it.remove();
                    }
                }
                if (array.isEmpty()) {
                    ((ObjectNode) node).remove("properties");
                }
            }
            node.forEach(Fixtures::strip);
        } else if (node.isArray()) {
            node.forEach(Fixtures::strip);
        }
    }

    /** A register listing one supplier with one key. */
    static Path register(Path file, String id, String name, String url, Path publicKey) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "suppliers:\n  - id: " + id + "\n    names: [" + name + "]\n    urls: [" + url
                + "]\n    status: approved\n    lastAssessment: 2026-08-01\n    reassessEvery: P12M\n"
                + "    certifications: [ISO/IEC 42001]\n    approvedFor: [model, dataset, service]\n"
                + "    publicKeys: [" + publicKey.toAbsolutePath() + "]\n");
        return file;
    }

    /** A plain software SBOM made by cyclonedx-maven-plugin makeBom (no model, dataset or service). */
    static Path plainSoftwareSbom(Path temp) throws IOException {
        Path file = temp.resolve("plain-software-sbom.cdx.json");
        try (InputStream in = Fixtures.class.getResourceAsStream("plain-software-sbom.cdx.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The CycloneDX specification's own 1.7 machine-learning sample (from ../shared/conformance). */
    static Path cycloneDx17() {
        return TestFiles.conformance().resolve("cyclonedx-spec/test-resources/1.7/valid-machine-learning-1.7.json");
    }
}
