package dev.aibom.core.bom;

import dev.aibom.control.AibomProperties;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.job.GenerateJob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.TestFiles;
import dev.aibom.core.hash.HashAlgorithm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class BomGeneratorTest {
    private static final Instant TIMESTAMP = Instant.parse("2026-10-02T09:30:00Z");

    @TempDir
    Path temp;
    Path project;

    @BeforeEach
    void copyExample() {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("project"));
    }

    private GeneratedBom generate(Path out, BomOptions options) throws Exception {
        return GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, out,
                Optional.empty(), options)).bom();
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void exampleBomValidatesAgainstTheSpecificationsOwnSchema() throws Exception {
        Path out = temp.resolve("out/bom.json");
        generate(out, BomOptions.at(TIMESTAMP));

        JsonNode written = BomJson.MAPPER.readTree(out.toFile());
        assertThat(OfficialSchema.errors(written, "1.6")).isEmpty();
        assertThat(written.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(written.get("serialNumber").asText()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(written.at("/metadata/timestamp").asText()).isEqualTo("2026-10-02T09:30:00Z");
    }

    @Test
    void sameInputsAndTimestampGiveIdenticalBytes() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        generate(first, BomOptions.at(TIMESTAMP));
        generate(second, BomOptions.at(TIMESTAMP).withThreads(1));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        Path later = temp.resolve("later.json");
        generate(later, BomOptions.at(TIMESTAMP.plusSeconds(1)));
        JsonNode a = BomJson.MAPPER.readTree(first.toFile());
        JsonNode b = BomJson.MAPPER.readTree(later.toFile());
        assertThat(b.get("serialNumber")).isNotEqualTo(a.get("serialNumber"));
    }

    @Test
    void outputUsesUnixLineEndsAndEndsWithANewline() throws Exception {
        Path out = temp.resolve("bom.json");
        generate(out, BomOptions.at(TIMESTAMP));
        String text = Files.readString(out);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\"bomFormat\": \"CycloneDX\"");
    }

    @Test
    void modelsBecomeMachineLearningModelComponentsWithModelCards() throws Exception {
        JsonNode bom = generate(temp.resolve("bom.json"), BomOptions.at(TIMESTAMP)).tree();
        JsonNode scorer = component(bom, "model:credit-pd-logreg");
        assertThat(scorer.get("type").asText()).isEqualTo("machine-learning-model");
        assertThat(scorer.at("/hashes/0/alg").asText()).isEqualTo("SHA-256");
        assertThat(scorer.at("/hashes/0/content").asText())
                .isEqualTo(sha256(project.resolve("models/credit-pd-logreg.pmml")));
        assertThat(scorer.at("/supplier/name").asText()).isEqualTo("Northwind Bank");
        assertThat(scorer.at("/modelCard/modelParameters/task").asText()).isEqualTo("tabular-classification");
        assertThat(scorer.at("/modelCard/modelParameters/datasets/0/ref").asText())
                .isEqualTo("dataset:credit-applications-sample");
        assertThat(scorer.at("/modelCard/quantitativeAnalysis/performanceMetrics/0/value").asText()).isEqualTo("0.781");
        assertThat(scorer.at("/modelCard/considerations/ethicalConsiderations/0/mitigationStrategy").asText())
                .startsWith("Region is not a model input");
        assertThat(scorer.at("/licenses/0/expression").asText()).isEqualTo("LicenseRef-Northwind-Proprietary");
        assertThat(property(scorer, AibomProperties.MODEL_LIFECYCLE)).isEqualTo("approved");
        assertThat(property(scorer, AibomProperties.MODEL_APPROVAL + "0:role")).isEqualTo("Head of Model Risk");
        assertThat(property(scorer, AibomProperties.ARTIFACT_PATH)).isEqualTo("models/credit-pd-logreg.pmml");

        JsonNode hub = component(bom, "model:all-MiniLM-L6-v2");
        assertThat(hub.get("purl").asText())
                .isEqualTo("pkg:huggingface/sentence-transformers/all-MiniLM-L6-v2@c9745ed1d9f207416be6d2e6f8de32d1f16199bf");
        assertThat(hub.get("version").asText()).isEqualTo("c9745ed1d9f207416be6d2e6f8de32d1f16199bf");
        assertThat(hub.at("/hashes/0/content").asText())
                .isEqualTo("53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db");
        assertThat(hub.at("/externalReferences/0/url").asText()).isEqualTo(
                "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/tree/c9745ed1d9f207416be6d2e6f8de32d1f16199bf");
        assertThat(hub.at("/licenses/0/license/id").asText()).isEqualTo("Apache-2.0");
        assertThat(property(hub, AibomProperties.ARTIFACT_KIND)).isEqualTo("remote");
    }

    @Test
    void aFolderIsHashedFileByFileWithADigestOverTheSha256sumManifest() throws Exception {
        JsonNode bom = generate(temp.resolve("bom.json"), BomOptions.at(TIMESTAMP)
                .withAlgorithms(Set.of(HashAlgorithm.SHA_512))).tree();
        JsonNode bureau = component(bom, "dataset:bureau-features");
        Path folder = project.resolve("data/bureau-features");
        List<String> names = List.of("README.txt", "part-0001.csv", "part-0002.csv");
        StringBuilder manifest = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            JsonNode file = bureau.get("components").get(i);
            assertThat(file.get("type").asText()).isEqualTo("file");
            assertThat(file.get("name").asText()).isEqualTo(names.get(i));
            String digest = sha256(folder.resolve(names.get(i)));
            assertThat(file.at("/hashes/0/content").asText()).isEqualTo(digest);
            assertThat(file.at("/hashes/1/alg").asText()).isEqualTo("SHA-512");
            manifest.append(digest).append("  ").append(names.get(i)).append('\n');
        }
        // the aggregate is what `sha256sum * | sha256sum` prints inside the folder
        assertThat(bureau.at("/hashes/0/content").asText())
                .isEqualTo(sha256(manifest.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(property(bureau, AibomProperties.ARTIFACT_KIND)).isEqualTo("directory");
    }

    @Test
    void datasetsCarryDataGovernanceWithoutTheLibrarysNullContact() throws Exception {
        GeneratedBom generated = generate(temp.resolve("bom.json"), BomOptions.at(TIMESTAMP));
        JsonNode sample = component(generated.tree(), "dataset:credit-applications-sample");
        assertThat(sample.get("type").asText()).isEqualTo("data");
        assertThat(sample.at("/data/0/type").asText()).isEqualTo("dataset");
        assertThat(sample.at("/data/0/classification").asText()).isEqualTo("confidential");
        assertThat(sample.at("/data/0/sensitiveData/0").asText()).isEqualTo("personal data");
        JsonNode owner = sample.at("/data/0/governance/owners/0");
        assertThat(owner.at("/organization/name").asText()).isEqualTo("Northwind Bank Retail Credit");
        // cyclonedx-core-java 12.2.0 writes "contact": null here, which the schema rejects
        assertThat(owner.has("contact")).isFalse();
        assertThat(new String(generated.json(), StandardCharsets.UTF_8)).doesNotContain("null");
        assertThat(property(sample, AibomProperties.DATA_LAWFUL_BASIS)).startsWith("GDPR Art. 6(1)(b)");
    }

    @Test
    void servicesAndDependenciesLinkTheSystemToItsParts() throws Exception {
        JsonNode bom = generate(temp.resolve("bom.json"), BomOptions.at(TIMESTAMP)).tree();
        JsonNode service = bom.at("/services/0");
        assertThat(service.get("bom-ref").asText()).isEqualTo("service:openai-chat-completions");
        assertThat(service.at("/provider/name").asText()).isEqualTo("OpenAI, L.L.C.");
        assertThat(service.at("/endpoints/0").asText()).isEqualTo("https://api.openai.com/v1/chat/completions");
        assertThat(service.at("/data/0/flow").asText()).isEqualTo("outbound");
        assertThat(service.at("/data/0/classification").asText()).isEqualTo("confidential");
        assertThat(service.get("x-trust-boundary").asBoolean()).isTrue();

        JsonNode system = bom.at("/metadata/component");
        assertThat(system.get("bom-ref").asText()).isEqualTo("system:credit-risk-scorer");
        assertThat(property(system, AibomProperties.SYSTEM_RISK_LEVEL)).isEqualTo("high");
        assertThat(system.at("/externalReferences/0/type").asText()).isEqualTo("risk-assessment");
        assertThat(bom.at("/metadata/lifecycles/0/phase").asText()).isEqualTo("build");
        assertThat(bom.at("/metadata/tools/components/0/name").asText()).isEqualTo("aibom");

        JsonNode rootDependency = bom.at("/dependencies/0");
        assertThat(rootDependency.get("ref").asText()).isEqualTo("system:credit-risk-scorer");
        assertThat(StreamSupport.stream(rootDependency.get("dependsOn").spliterator(), false).map(JsonNode::asText))
                .containsExactly("model:credit-pd-logreg", "model:all-MiniLM-L6-v2", "model:loan-purpose-centroids",
                        "service:openai-chat-completions");
        assertThat(bom.at("/dependencies/1/dependsOn").toString())
                .isEqualTo("[\"dataset:credit-applications-sample\",\"dataset:bureau-features\"]");
    }

    @Test
    void xmlOnRequestValidatesAgainstTheXsd() throws Exception {
        Path json = temp.resolve("bom.json");
        Path xml = temp.resolve("bom.xml");
        GeneratedBom bom = GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, json,
                Optional.of(xml), BomOptions.at(TIMESTAMP))).bom();
        String text = Files.readString(xml);
        assertThat(text).contains("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"")
                .contains(bom.serialNumber()).contains("machine-learning-model");
        assertThat(BomSchema.validateXml16(Files.readAllBytes(xml))).isEmpty();
    }

    @Test
    void aGeneratedBomReadsBackThroughTheStrictReader() throws Exception {
        Path out = temp.resolve("bom.json");
        GeneratedBom generated = generate(out, BomOptions.at(TIMESTAMP));
        LoadedBom loaded = new BomReader(ReadLimits.DEFAULT).read(out);
        assertThat(loaded.serialNumber()).isEqualTo(generated.serialNumber());
        assertThat(loaded.model().getComponents()).hasSize(5);
        assertThat(loaded.signatureForm()).isEqualTo(SignatureForm.NONE);
    }

    static JsonNode component(JsonNode bom, String ref) {
        for (JsonNode component : bom.get("components")) {
            if (ref.equals(component.path("bom-ref").asText())) {
                return component;
            }
        }
        throw new AssertionError("no component " + ref);
    }

    static String property(JsonNode node, String name) {
        for (JsonNode property : node.path("properties")) {
            if (name.equals(property.path("name").asText())) {
                return property.path("value").asText();
            }
        }
        return null;
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
