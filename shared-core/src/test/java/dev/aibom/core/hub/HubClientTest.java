package dev.aibom.core.hub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.descriptor.HuggingFaceRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Hub client against WireMock on loopback: the shape of {@code ?blobs=true} answers (as huggingface_hub's
 * {@code RepoSibling}/{@code BlobLfsInfo} document it), branches, the cache, offline use, and every fault.
 */
class HubClientTest {
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final String SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db";
    static final String TOKEN = "hf_SECRET_do_not_print_4711";
    static final String PATH = "/api/models/acme/fraud-scorer/revision/" + COMMIT + "?blobs=true";

    /** An answer of the shape the Hub gives with ?blobs=true: siblings with size, blobId and lfs. */
    static String answer(String commit) {
        return """
                {"_id":"x","id":"acme/fraud-scorer","sha":"%s","private":false,"gated":false,
                 "pipeline_tag":"tabular-classification","library_name":"transformers",
                 "cardData":{"license":"apache-2.0","base_model":"acme/base-scorer","datasets":["acme/transactions"]},
                 "siblings":[
                   {"rfilename":"config.json","size":512,"blobId":"1111111111111111111111111111111111111111"},
                   {"rfilename":"model.safetensors","size":90868376,"blobId":"2222222222222222222222222222222222222222",
                    "lfs":{"size":90868376,"sha256":"%s","pointerSize":135}},
                   {"rfilename":"pytorch_model.bin","size":90888945,"blobId":"3333333333333333333333333333333333333333",
                    "lfs":{"size":90888945,"sha256":"%s","pointerSize":134}}]}
                """.formatted(commit, SHA256, "ab".repeat(32));
    }

    @TempDir
    Path temp;
    WireMockServer server;
    final List<String> lines = new ArrayList<>();
    final Log log = Log.of(lines::add, line -> lines.add("WARN " + line), line -> lines.add("ERROR " + line));

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    HubOptions options(Optional<String> token) {
        return new HubOptions(URI.create("http://127.0.0.1:" + server.port()), "--hub-url", token, "HF_TOKEN",
                temp.resolve("cache"), "configured", false, Duration.ofSeconds(5));
    }

    HubClient client(Optional<String> token) {
        return new HubClient(options(token), log);
    }

    static HuggingFaceRef ref(String revision) {
        return HuggingFaceRef.parse("hf://acme/fraud-scorer@" + revision);
    }

    @Test
    void aPinnedCommitResolvesToItsFilesWithTheirLfsHashesAndIsCachedForOfflineUse() throws Exception {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(answer(COMMIT))));
        HubRepo repo = client(Optional.empty()).resolve(ref(COMMIT), Optional.empty());
        assertThat(repo.ref().commit()).isEqualTo(COMMIT);
        assertThat(repo.origin()).isEqualTo(HubRepo.Origin.HUB);
        assertThat(repo.files()).extracting(HubFile::path).containsExactly("config.json", "model.safetensors",
                "pytorch_model.bin");
        assertThat(repo.fileWithSha256(SHA256.toUpperCase())).map(HubFile::path).contains("model.safetensors");
        assertThat(repo.files().get(0).sha256()).isNull(); // a file kept in git has only its blob id
        assertThat(repo.files().get(0).blobId()).isEqualTo("1".repeat(40));
        assertThat(repo.card()).isEqualTo(new CardData("apache-2.0", List.of("acme/base-scorer"),
                List.of("acme/transactions"), "tabular-classification", "transformers", "false"));
        assertThat(lines).containsExactly("hub: http://127.0.0.1:" + server.port() + " (from --hub-url); no token"
                + " (HF_TOKEN not set)");
        Path entry = temp.resolve("cache/models/acme/fraud-scorer/" + COMMIT + ".json");
        assertThat(entry).exists();

        // a commit never changes: offline, the cache answers, and the Hub is not asked again
        HubOptions offline = new HubOptions(URI.create("https://unreachable.invalid"), "default", Optional.empty(),
                "HF_TOKEN", temp.resolve("cache"), "configured", true, Duration.ofSeconds(5));
        HubRepo cached = new HubClient(offline, Log.NONE).resolve(ref(COMMIT), Optional.empty());
        assertThat(cached.origin()).isEqualTo(HubRepo.Origin.CACHE);
        assertThat(cached.files()).isEqualTo(repo.files());
        assertThat(cached.card()).isEqualTo(repo.card());
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/models/acme/fraud-scorer/revision/" + COMMIT)));
    }

    @Test
    void aBranchIsAlwaysAskedOfTheHubAndPinnedWithAWarning() throws Exception {
        server.stubFor(get(urlEqualTo("/api/models/acme/fraud-scorer/revision/main?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(answer(COMMIT))));
        HubRepo repo = client(Optional.empty()).resolve(ref("main"), Optional.empty());
        assertThat(repo.ref()).hasToString("hf://acme/fraud-scorer@" + COMMIT);
        assertThat(repo.requested()).contains("main");
        assertThat(lines).contains("WARN hub: hf://acme/fraud-scorer@main is the branch 'main', now at commit " + COMMIT
                + "; the BOM records the commit. Pin it in the descriptor (hf://acme/fraud-scorer@" + COMMIT + "): a"
                + " branch or tag can move.");
        // offline, a branch cannot be resolved at all
        HubOptions offline = new HubOptions(URI.create("https://unreachable.invalid"), "default", Optional.empty(),
                "HF_TOKEN", temp.resolve("cache"), "configured", true, Duration.ofSeconds(5));
        assertThatThrownBy(() -> new HubClient(offline, Log.NONE).resolve(ref("main"), Optional.empty()))
                .hasMessage("hf://acme/fraud-scorer@main: offline, and 'main' is a branch or tag, which only the Hub"
                        + " can resolve (it moves). Pin the commit in the descriptor:"
                        + " hf://acme/fraud-scorer@<40-hex commit>.");
        assertThatThrownBy(() -> new HubClient(offline, Log.NONE).resolve(ref("f".repeat(40)), Optional.empty()))
                .hasMessage("hf://acme/fraud-scorer@" + "f".repeat(40) + ": offline, and this commit is not in the Hub"
                        + " cache " + temp.resolve("cache") + ". Run once online to cache it, or commit its metadata"
                        + " to the project's Hub cache.");
    }

    @Test
    void theTokenIsSentToTheHubButNeverPrintedAndNotFollowedToAnotherHost() throws Exception {
        server.stubFor(get(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withBody(answer(COMMIT))));
        HubRepo repo = client(Optional.of(TOKEN)).resolve(ref(COMMIT), Optional.empty());
        assertThat(repo.files()).hasSize(3);
        assertThat(lines).singleElement().asString().endsWith("token from HF_TOKEN").doesNotContain(TOKEN);
        assertThat(options(Optional.of(TOKEN)).toString()).doesNotContain(TOKEN);

        WireMockServer other = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        other.start();
        try {
            String elsewhere = "http://127.0.0.1:" + other.port() + "/stolen";
            other.stubFor(get(urlEqualTo("/stolen")).willReturn(aResponse().withStatus(200).withBody(answer("f"
                    .repeat(40)))));
            server.stubFor(get(urlEqualTo("/api/models/acme/fraud-scorer/revision/" + "f".repeat(40) + "?blobs=true"))
                    .willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere)));
            assertThatThrownBy(() -> client(Optional.of(TOKEN)).resolve(ref("f".repeat(40)), Optional.empty()))
                    .isInstanceOf(AibomException.class).hasMessageContaining("redirects to " + elsewhere + ", which is"
                            + " refused: it leads to another host, and the request carries credentials")
                    .message().doesNotContain(TOKEN);
            assertThat(other.getAllServeEvents()).isEmpty();
            // without a token, a redirect to another host is an ordinary redirect
            other.stubFor(get(urlEqualTo("/stolen")).withHeader("Authorization", absent()).willReturn(aResponse()
                    .withStatus(200).withBody(answer("f".repeat(40)).replace("acme/fraud-scorer", "acme/fraud-scorer"))));
            assertThat(client(Optional.empty()).resolve(ref("f".repeat(40)), Optional.empty()).ref().commit())
                    .isEqualTo("f".repeat(40));
        } finally {
            other.stop();
        }
    }

    @Test
    void gatedPrivateAndMissingRepositoriesSayWhatToDo() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("X-Error-Code", "GatedRepo").withBody("{\"error\":\"Access to model acme/fraud-scorer is"
                        + " restricted\"}")));
        String hub = "the Hub (http://127.0.0.1:" + server.port() + ") answered HTTP ";
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                "hf://acme/fraud-scorer@" + COMMIT + ": " + hub + "403: the repository is gated; give a token of an"
                        + " account that may read it in HF_TOKEN (or HUGGING_FACE_HUB_TOKEN).");
        assertThatThrownBy(() -> client(Optional.of(TOKEN)).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                "hf://acme/fraud-scorer@" + COMMIT + ": " + hub + "403: the repository is gated; the token from"
                        + " HF_TOKEN does not give access to it: check that the token's account may read it (for a"
                        + " gated repository: has accepted its conditions on the Hub).");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("X-Error-Code", "RepoNotFound")));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                "hf://acme/fraud-scorer@" + COMMIT + ": " + hub + "401: the repository does not exist, or it is"
                        + " private or gated. Check the name; give a token of an account that may read it in HF_TOKEN"
                        + " (or HUGGING_FACE_HUB_TOKEN).");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("X-Error-Code", "RevisionNotFound")));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                "hf://acme/fraud-scorer@" + COMMIT + ": " + hub + "404: acme/fraud-scorer has no revision '" + COMMIT
                        + "'. Check the commit, branch or tag.");
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("X-Error-Code", "RepoNotFound")));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                "hf://acme/fraud-scorer@" + COMMIT + ": " + hub + "404: there is no model repository acme/fraud-scorer"
                        + " (or no revision '" + COMMIT + "' in it). Check the name (datasets are"
                        + " hf://datasets/<org>/<name>@...).");
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetriedWithinBoundsThenFailClearly() throws Exception {
        server.stubFor(get(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ready"));
        server.stubFor(get(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(200).withBody(answer(COMMIT))));
        long start = System.nanoTime();
        assertThat(client(Optional.empty()).resolve(ref(COMMIT), Optional.empty()).files()).hasSize(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));

        String other = "/api/models/acme/fraud-scorer/revision/" + "e".repeat(40) + "?blobs=true";
        server.stubFor(get(urlEqualTo(other)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref("e".repeat(40)), Optional.empty()))
                .hasMessage("The Hugging Face Hub's metadata of hf://acme/fraud-scorer@" + "e".repeat(40) + " at"
                        + " http://127.0.0.1:" + server.port() + other + " answered HTTP 503 3 times. Try again later,"
                        + " or use a local copy.");
        server.verify(3, getRequestedFor(urlEqualTo(other)));
    }

    @Test
    void aHubThatDoesNotAnswerInTimeOrAnswersGarbageFailsWithoutCaching() {
        HubOptions quick = options(Optional.empty()).withTimeout(Duration.ofSeconds(1));
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(answer(COMMIT))
                .withFixedDelay(3000)));
        assertThatThrownBy(() -> new HubClient(quick, Log.NONE).resolve(ref(COMMIT), Optional.empty()))
                .hasMessageContaining("did not answer completely within 1 s");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(answer(COMMIT)
                .substring(0, 120))));
        String malformed = "hf://acme/fraud-scorer@" + COMMIT + ": the Hub's answer from http://127.0.0.1:"
                + server.port() + PATH + " is malformed: ";
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                malformed + "it is not the complete JSON object it should be. Try again; if it persists, check the Hub"
                        + " URL (a proxy or mirror may answer something else).");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty()))
                .isInstanceOf(AibomException.class).hasMessageContaining("cannot be read");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"x\"}")));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessageStartingWith(
                malformed + "it names no commit ('sha')");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(answer("9".repeat(40)))));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessageStartingWith(
                malformed + "it describes commit " + "9".repeat(40) + ", not the commit asked for");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(answer(COMMIT)
                .replace("\"config.json\"", "\"../../etc/passwd\""))));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessageStartingWith(
                malformed + "a file entry is not usable: not a safe repository path: '../../etc/passwd'");

        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(answer(COMMIT)
                .replace("\"id\":\"acme/fraud-scorer\"", "\"id\":\"evil/fraud-scorer\""))));
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                "hf://acme/fraud-scorer@" + COMMIT + ": the Hub answered for the repository evil/fraud-scorer: the"
                        + " repository was renamed or moved. Write its current name in the descriptor.");
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void aDamagedCacheEntryIsAnErrorNotASilentRefetch() throws Exception {
        Path entry = HubClient.cacheFile(temp.resolve("cache"), ref(COMMIT));
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, "{\"aibomHubCache\":1,\"type\":\"model\",\"repository\":\"acme/fraud-scorer\"");
        assertThatThrownBy(() -> client(Optional.empty()).resolve(ref(COMMIT), Optional.empty())).hasMessage(
                "hf://acme/fraud-scorer@" + COMMIT + ": the Hub cache entry " + entry + " is damaged (not valid JSON)."
                        + " Delete it, and aibom fetches the metadata again.");
    }

    @Test
    void datasetsUseTheDatasetsApi() throws Exception {
        server.stubFor(get(urlEqualTo("/api/datasets/acme/transactions/revision/" + COMMIT + "?blobs=true"))
                .willReturn(aResponse().withStatus(200).withBody(answer(COMMIT).replace("acme/fraud-scorer",
                        "acme/transactions"))));
        HubRepo repo = client(Optional.empty()).resolve(HuggingFaceRef.parse("hf://datasets/acme/transactions@"
                + COMMIT), Optional.empty());
        assertThat(repo.ref().type()).isEqualTo(HuggingFaceRef.Type.DATASET);
        assertThat(temp.resolve("cache/datasets/acme/transactions/" + COMMIT + ".json")).exists();
    }

    @Test
    void optionsReadTheEnvironmentAsHuggingFaceHubDoes() throws Exception {
        HubOptions fromEnv = HubOptions.of(Optional.empty(), "--hub-url", Optional.empty(), false,
                java.util.Map.of("HF_ENDPOINT", "https://hub.example.org/", "HUGGING_FACE_HUB_TOKEN", TOKEN));
        assertThat(fromEnv.endpoint()).isEqualTo(URI.create("https://hub.example.org"));
        assertThat(fromEnv.endpointOrigin()).isEqualTo("HF_ENDPOINT");
        assertThat(fromEnv.token()).contains(TOKEN);
        assertThat(fromEnv.tokenVariable()).isEqualTo("HUGGING_FACE_HUB_TOKEN");
        HubOptions configured = HubOptions.of(Optional.of("https://mirror.example.org"), "--hub-url",
                Optional.of(temp), true, java.util.Map.of("HF_ENDPOINT", "https://hub.example.org", "HF_TOKEN", "t2",
                        "HUGGING_FACE_HUB_TOKEN", TOKEN));
        assertThat(configured.endpoint()).isEqualTo(URI.create("https://mirror.example.org"));
        assertThat(configured.token()).contains("t2");
        assertThat(configured.offline()).isTrue();
        assertThatThrownBy(() -> HubOptions.of(Optional.of("http://hub.example.org"), "--hub-url", Optional.empty(),
                false, java.util.Map.of())).hasMessageStartingWith("--hub-url: the Hub URL http://hub.example.org is"
                + " refused: it is plain http");
        HubOptions defaults = HubOptions.of(Optional.empty(), "--hub-url", Optional.empty(), false, java.util.Map.of());
        assertThat(defaults.endpoint()).isEqualTo(HubOptions.PUBLIC_HUB);
        assertThat(defaults.token()).isEmpty();
    }
}
