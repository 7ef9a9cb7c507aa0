package dev.aibom.core.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.job.GenerateJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.aibom.core.hub.HubClientTest.COMMIT;
import static dev.aibom.core.hub.HubClientTest.SHA256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generation with Hub references: pinned in the BOM, the Hub's files and hashes recorded, declared hashes checked. */
class HubGenerateTest {
    @TempDir
    Path temp;
    WireMockServer server;
    final List<String> lines = new ArrayList<>();
    final Log log = Log.of(lines::add, line -> lines.add("WARN " + line), line -> lines.add("ERROR " + line));

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo("/api/models/acme/fraud-scorer/revision/main?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(HubClientTest.answer(COMMIT))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Path project(String sha256) throws Exception {
        Path project = Files.createDirectories(temp.resolve("p"));
        Files.writeString(project.resolve("aibom.yaml"), """
                system:
                  name: fraud-screening
                  version: 1.0.0
                  owner: Payments risk
                  intendedUse: Screens card payments for fraud before authorisation.
                  riskLevel: limited
                suppliers:
                  - { id: acme, name: ACME ML GmbH }
                models:
                  - name: fraud-scorer
                    supplier: acme
                    lifecycle: deployed
                    source: hf://acme/fraud-scorer@main
                    sha256: %s
                    license: Apache-2.0
                """.formatted(sha256));
        return project;
    }

    private BomOptions options() {
        return BomOptions.at(Instant.EPOCH).withHub(new HubOptions(URI.create("http://127.0.0.1:" + server.port()),
                "--hub-url", Optional.empty(), "HF_TOKEN", temp.resolve("cache"), "configured", false,
                Duration.ofSeconds(5)));
    }

    @Test
    void aBranchIsPinnedInTheBomAndTheHubsFilesAreRecorded() throws Exception {
        Path project = project(SHA256);
        Path bom = temp.resolve("out/bom.json");
        GenerateJob.Result result = GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                bom, Optional.empty(), options()), log);
        JsonNode model = result.bom().tree().path("components").get(0);
        assertThat(model.path("purl").asText()).isEqualTo("pkg:huggingface/acme/fraud-scorer@" + COMMIT);
        assertThat(model.path("version").asText()).isEqualTo(COMMIT);
        assertThat(model.at("/externalReferences/0/url").asText()).isEqualTo("https://huggingface.co/acme/fraud-scorer"
                + "/tree/" + COMMIT);
        assertThat(model.at("/hashes/0/content").asText()).isEqualTo(SHA256);
        assertThat(properties(model)).contains("aibom:hub:commit=" + COMMIT, "aibom:hub:revision=main",
                "aibom:artifact:file=model.safetensors", "aibom:artifact:format=safetensors",
                "aibom:artifact:source=hf://acme/fraud-scorer@main", "aibom:hub:card:license=apache-2.0",
                "aibom:hub:card:baseModel=acme/base-scorer", "aibom:hub:card:dataset=acme/transactions",
                "aibom:hub:gated=false");
        assertThat(model.path("components")).hasSize(3);
        JsonNode safetensors = model.path("components").get(1);
        assertThat(safetensors.path("name").asText()).isEqualTo("model.safetensors");
        assertThat(safetensors.at("/hashes/0/content").asText()).isEqualTo(SHA256);
        assertThat(properties(safetensors)).contains("aibom:artifact:size=90868376", "aibom:artifact:format=safetensors");
        JsonNode config = model.path("components").get(0);
        assertThat(config.has("hashes")).isFalse();
        assertThat(properties(config)).contains("aibom:hub:blobId=" + "1".repeat(40));
        assertThat(properties(model.path("components").get(2))).contains("aibom:artifact:format=pytorch-zip");
        assertThat(lines).contains("hub: hf://acme/fraud-scorer@main -> " + COMMIT + ": 3 files, 2 with a SHA-256"
                + " (LFS), from the Hub");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("WARN hub: hf://acme/fraud-scorer@main is the"
                + " branch 'main', now at commit " + COMMIT));
    }

    @Test
    void aDeclaredSha256ThatTheHubDoesNotServeIsAnErrorNamingTheLineAndNothingIsWritten() throws Exception {
        String wrong = "cd".repeat(32);
        Path project = project(wrong);
        Path bom = temp.resolve("out/bom.json");
        assertThatThrownBy(() -> GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom,
                Optional.empty(), options()), log)).isInstanceOf(InvalidInputException.class).hasMessage(
                "Invalid AI-BOM descriptor " + project.resolve("aibom.yaml") + ":\n  - " + project.resolve("aibom.yaml")
                        + ":14:5: models[0].sha256: the Hub serves no file with SHA-256 " + wrong + " at"
                        + " hf://acme/fraud-scorer@" + COMMIT + " (its LFS files: model.safetensors 53aa51172d14...,"
                        + " pytorch_model.bin abababababab...). Fix: check the sha256 and the commit: the file the"
                        + " deployment downloads must be one the commit serves.");
        assertThat(bom).doesNotExist();
    }

    @Test
    void theExampleResolvesFromItsCommittedHubCacheWithoutTheNetwork() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("example"));
        BomOptions offline = BomOptions.at(Instant.EPOCH).withHub(HubOptions.offline(temp.resolve("empty-cache")));
        GenerateJob.Result result = GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                temp.resolve("bom.json"), Optional.empty(), offline), log);
        assertThat(lines).contains("hub: hf://sentence-transformers/all-MiniLM-L6-v2@c9745ed1d9f207416be6d2e6f8de32d1f16199bf:"
                + " 30 files, 1 with a SHA-256 (LFS), from the project's Hub cache, not checked against the Hub"
                + " (.aibom/hub-cache)");
        JsonNode minilm = result.bom().tree().path("components").get(1);
        assertThat(properties(minilm)).contains("aibom:hub:metadataSource=project-cache-unchecked",
                "aibom:artifact:file=model.safetensors",
                "aibom:hub:card:license=apache-2.0", "aibom:hub:card:libraryName=sentence-transformers");
        assertThat(temp.resolve("empty-cache")).doesNotExist();
    }

    @Test
    void whatTheBomDeclaresIsComparedWithTheCard() throws Exception {
        Path project = project(SHA256);
        Path bom = temp.resolve("out/bom.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                options()), Log.NONE);
        assertThat(cardFindings(bom)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(dev.aibom.control.Status.FAIL);
            assertThat(f.message()).isEqualTo("model 'fraud-scorer': the card names the base model acme/base-scorer,"
                    + " the BOM declares none");
        });

        // a declared base model and licence that contradict the card
        server.stubFor(get(urlEqualTo("/api/models/acme/other-base/revision/" + "e".repeat(40) + "?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(HubClientTest.answer("e".repeat(40))
                        .replace("acme/fraud-scorer", "acme/other-base"))));
        Files.writeString(project.resolve("aibom.yaml"), Files.readString(project.resolve("aibom.yaml"))
                .replace("license: Apache-2.0", "license: MIT\n    baseModel: hf://acme/other-base@" + "e".repeat(40)));
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                options()), Log.NONE);
        assertThat(cardFindings(bom)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("model"
                + " 'fraud-scorer': the BOM declares the licence MIT, the card says apache-2.0; the BOM declares the"
                + " base model acme/other-base, the card names acme/base-scorer"));

        // in agreement
        Files.writeString(project.resolve("aibom.yaml"), Files.readString(project.resolve("aibom.yaml"))
                .replace("license: MIT", "license: Apache-2.0").replace("acme/other-base@", "acme/base-scorer@"));
        server.stubFor(get(urlEqualTo("/api/models/acme/base-scorer/revision/" + "e".repeat(40) + "?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(HubClientTest.answer("e".repeat(40))
                        .replace("acme/fraud-scorer", "acme/base-scorer"))));
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                options()), Log.NONE);
        assertThat(cardFindings(bom)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(dev.aibom.control.Status.PASS);
            assertThat(f.message()).isEqualTo("model 'fraud-scorer' agrees with its Hub card at " + COMMIT);
        });
    }

    private List<dev.aibom.control.Finding> cardFindings(Path bom) throws Exception {
        dev.aibom.core.job.CheckJob.Request request = new dev.aibom.core.job.CheckJob.Request(bom,
                dev.aibom.core.job.Judging.builder(java.time.LocalDate.parse("2026-11-23"))
                .register(dev.aibom.core.job.Input.configured("suppliers",
                        Files.writeString(temp.resolve("suppliers.yaml"), """
                                suppliers:
                                  - { id: acme, names: [ACME ML GmbH], status: approved, lastAssessment: 2026-06-01,
                                      reassessEvery: P24M, approvedFor: [model] }
                                """).toString()))
                .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.empty());
        return dev.aibom.core.job.CheckJob.run(request, Log.NONE, dev.aibom.core.hash.HashListener.NONE).evaluation()
                .findings().stream().filter(f -> f.control().equals("hub-card-consistent")).toList();
    }

    static List<String> properties(JsonNode component) {
        List<String> all = new ArrayList<>();
        component.path("properties").forEach(p -> all.add(p.path("name").asText() + "=" + p.path("value").asText()));
        return all;
    }

    // ------------------------------------------------------------------ the committed cache is evidence, not truth

    private static final String MINILM = "sentence-transformers/all-MiniLM-L6-v2";
    private static final String MINILM_COMMIT = "c9745ed1d9f207416be6d2e6f8de32d1f16199bf";

    /** The example, with its committed Hub cache, resolved against the WireMock Hub (online). */
    private GenerateJob.Result exampleOnline(Path project) throws Exception {
        return GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                temp.resolve("bom.json"), Optional.empty(), options()), log);
    }

    /** The Hub's answer that matches the committed cache entry, made from it. */
    private static String hubAnswerFrom(Path entry) throws Exception {
        JsonNode cached = new com.fasterxml.jackson.databind.ObjectMapper().readTree(entry.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode answer = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode();
        answer.put("id", MINILM).put("sha", MINILM_COMMIT);
        var siblings = answer.putArray("siblings");
        for (JsonNode file : cached.path("files")) {
            var sibling = siblings.addObject().put("rfilename", file.path("path").asText());
            if (file.has("size")) {
                sibling.put("size", file.path("size").asLong());
            }
            if (file.has("sha256")) {
                sibling.putObject("lfs").put("sha256", file.path("sha256").asText()).put("size",
                        file.path("size").asLong());
            }
        }
        return answer.toString();
    }

    @Test
    void aCommittedCacheEntryIsCheckedAgainstTheHubWhenItCanBeAsked() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("example"));
        Path entry = project.resolve(".aibom/hub-cache/models/" + MINILM + "/" + MINILM_COMMIT + ".json");
        String url = "/api/models/" + MINILM + "/revision/" + MINILM_COMMIT + "?blobs=true";
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(200).withBody(hubAnswerFrom(entry))));
        GenerateJob.Result checked = exampleOnline(project);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("hub: hf://" + MINILM + "@" + MINILM_COMMIT
                + ": 30 files, 1 with a SHA-256 (LFS), from the project's Hub cache, checked against the Hub"));
        assertThat(properties(checked.bom().tree().path("components").get(1)))
                .contains("aibom:hub:metadataSource=project-cache-checked");

        // someone changes the committed entry: a model.safetensors with another SHA-256
        String original = Files.readString(entry);
        String sha = new com.fasterxml.jackson.databind.ObjectMapper().readTree(original).at("/files").findValue(
                "sha256").asText();
        Files.writeString(entry, original.replace(sha, "0".repeat(64)));
        Files.writeString(project.resolve("aibom.yaml"), Files.readString(project.resolve("aibom.yaml"))
                .replace(sha, "0".repeat(64)));
        lines.clear();
        assertThatThrownBy(() -> exampleOnline(project)).hasMessageContaining("the project's Hub cache entry " + entry
                + " disagrees with the Hub for this commit: model.safetensors has SHA-256 " + "0".repeat(64)
                + " in the cache, " + sha + " on the Hub. The committed cache is evidence, not truth");

        // the Hub cannot be asked: the entry is used as it is, and the BOM says so
        Files.writeString(entry, original);
        Files.writeString(project.resolve("aibom.yaml"), Files.readString(project.resolve("aibom.yaml"))
                .replace("0".repeat(64), sha));
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(503)));
        lines.clear();
        GenerateJob.Result unchecked = exampleOnline(project);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WARN hub: hf://" + MINILM + "@" + MINILM_COMMIT
                + ": the Hub could not confirm the project's Hub cache entry " + entry));
        assertThat(properties(unchecked.bom().tree().path("components").get(1)))
                .contains("aibom:hub:metadataSource=project-cache-unchecked");
    }

    @Test
    void aHubAnswerWithAFileTwiceOrWithoutItsRepositoryIsAnError() throws Exception {
        Path project = project(SHA256);
        String twice = HubClientTest.answer(COMMIT).replace("{\"rfilename\":\"config.json\",\"size\":512,",
                "{\"rfilename\":\"model.safetensors\",\"size\":512,");
        server.stubFor(get(urlEqualTo("/api/models/acme/fraud-scorer/revision/main?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(twice)));
        assertThatThrownBy(() -> GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                temp.resolve("b.json"), Optional.empty(), options()), log)).hasMessageContaining("is malformed: it"
                + " lists the file model.safetensors twice, so which of its SHA-256s holds cannot be told");
        server.stubFor(get(urlEqualTo("/api/models/acme/fraud-scorer/revision/main?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(HubClientTest.answer(COMMIT)
                        .replace("\"id\":\"acme/fraud-scorer\",", ""))));
        assertThatThrownBy(() -> GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                temp.resolve("b.json"), Optional.empty(), options()), log)).hasMessageContaining("is malformed: it"
                + " names no repository ('id'), so it cannot be told to be about acme/fraud-scorer");
    }

    @Test
    void aDeclaredSha256ServedUnderNamesOfDifferentFormatsIsAnError() throws Exception {
        Path project = project(SHA256);
        server.stubFor(get(urlEqualTo("/api/models/acme/fraud-scorer/revision/main?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(HubClientTest.answer(COMMIT)
                        .replace("ab".repeat(32), SHA256))));
        assertThatThrownBy(() -> GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                temp.resolve("b.json"), Optional.empty(), options()), log)).hasMessageContaining("the Hub serves the"
                + " file with SHA-256 " + SHA256 + " at hf://acme/fraud-scorer@" + COMMIT + " under 2 names of"
                + " different formats (model.safetensors: safetensors, pytorch_model.bin: pytorch-zip), so which"
                + " format the deployment loads cannot be told.");
    }

    @Test
    void aCacheEntryThatIsNotARegularFileIsRefusedByName() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("example"));
        Path entry = project.resolve(".aibom/hub-cache/models/" + MINILM + "/" + MINILM_COMMIT + ".json");
        Files.delete(entry);
        Files.createDirectories(entry);
        BomOptions offline = BomOptions.at(Instant.EPOCH).withHub(HubOptions.offline(temp.resolve("empty-cache")));
        assertThatThrownBy(() -> GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project,
                temp.resolve("bom.json"), Optional.empty(), offline), log)).hasMessageContaining("hf://" + MINILM
                + "@" + MINILM_COMMIT + ": ").hasMessageContaining(entry.toString())
                .hasMessageContaining("this is a folder, not a file");
    }
}
