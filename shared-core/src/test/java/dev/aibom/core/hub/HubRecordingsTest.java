package dev.aibom.core.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.aibom.core.Log;
import dev.aibom.core.NeedsConformance;
import dev.aibom.core.TestFiles;
import dev.aibom.core.descriptor.HuggingFaceRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every full model-info body the Hub served in huggingface_hub's recorded tests (conformance corpus), served by
 * WireMock at the revision endpoint: each resolves, with every file and the card as the Hub gave them.
 */
@NeedsConformance
class HubRecordingsTest {
    @TempDir
    Path temp;
    WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void everyRecordedModelInfoResolves() throws Exception {
        Path recordings = TestFiles.conformance().resolve("huggingface/api-models-responses");
        List<Path> bodies;
        try (Stream<Path> files = Files.list(recordings)) {
            bodies = files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().contains("__expand="))
                    .sorted().toList();
        }
        assertThat(bodies).hasSizeGreaterThanOrEqualTo(40);
        ObjectMapper json = new ObjectMapper();
        // this test reads the recordings; deadlines are HubClientTest's (5 s flaked on a loaded 2-core machine)
        HubClient client = new HubClient(new HubOptions(URI.create("http://127.0.0.1:" + server.port()), "--hub-url",
                Optional.empty(), "HF_TOKEN", temp.resolve("cache"), "configured", false, Duration.ofSeconds(60)),
                Log.NONE);
        int resolved = 0;
        for (Path body : bodies) {
            JsonNode recorded = json.readTree(body.toFile());
            String id = recorded.path("id").asText();
            String sha = recorded.path("sha").asText();
            server.stubFor(get(urlEqualTo("/api/models/" + id + "/revision/" + sha + "?blobs=true"))
                    .willReturn(aResponse().withStatus(200).withBody(Files.readAllBytes(body))));
            HubRepo repo = client.resolve(HuggingFaceRef.parse("hf://" + id + "@" + sha), Optional.empty());
            assertThat(repo.ref().commit()).as(body.toString()).isEqualTo(sha);
            assertThat(repo.files()).as(body.toString()).hasSize(recorded.path("siblings").size());
            JsonNode license = recorded.path("cardData").path("license");
            if (license.isTextual()) {
                assertThat(repo.card().license()).as(body.toString()).isEqualTo(license.asText());
            }
            assertThat(repo.card().pipelineTag()).as(body.toString()).isEqualTo(
                    recorded.path("cardData").path("pipeline_tag").isTextual()
                            ? recorded.path("cardData").path("pipeline_tag").asText()
                            : recorded.path("pipeline_tag").asText(null));
            // recorded without ?blobs=true: no LFS hashes, so nothing is invented
            assertThat(repo.files()).allSatisfy(f -> assertThat(f.sha256()).isNull());
            // and the cache reads back what was written
            HubRepo cached = new HubClient(HubOptions.offline(temp.resolve("cache")), Log.NONE)
                    .resolve(repo.ref(), Optional.empty());
            assertThat(cached.files()).isEqualTo(repo.files());
            assertThat(cached.card()).isEqualTo(repo.card());
            resolved++;
        }
        assertThat(resolved).isEqualTo(bodies.size());
    }
}
