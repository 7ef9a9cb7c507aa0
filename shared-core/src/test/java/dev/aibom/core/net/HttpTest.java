package dev.aibom.core.net;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.aibom.core.AibomException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP rules against a real server on loopback, with WireMock's faults injected. */
class HttpTest {
    private static final Http.Options FAST = Http.Options.of(Duration.ofSeconds(3), 1024)
            .withAttempts(3, Duration.ofMillis(50));

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

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void aGoodAnswerIsReturnedWithItsBody() throws Exception {
        server.stubFor(get(urlEqualTo("/r.yaml")).willReturn(aResponse().withStatus(200).withBody("suppliers: []")));
        Http.Response response = Http.get(url("/r.yaml"), FAST, "supplier register");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("suppliers: []");
    }

    @Test
    void aBodyDribbledSlowerThanTheDeadlineIsCutOff() {
        // headers at once, then the body one piece every 400 ms: the old client waited for ever
        server.stubFor(get(urlEqualTo("/dribble")).willReturn(aResponse().withStatus(200).withBody("x".repeat(500))
                .withChunkedDribbleDelay(20, 8000)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> Http.get(url("/dribble"), Http.Options.of(Duration.ofSeconds(1), 1024),
                "supplier register")).isInstanceOf(AibomException.class).hasMessage("The supplier register at "
                + url("/dribble") + " did not answer completely within 1 s. Check the URL and the network, or use a"
                + " local copy.");
        // the deadline is a bound, not a goal: well before the 8 s the server would take
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHeaderDelayBeyondTheDeadlineIsATimeout() {
        server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        assertThatThrownBy(() -> Http.get(url("/slow"), Http.Options.of(Duration.ofSeconds(1), 1024), "register"))
                .hasMessageContaining("did not answer completely within 1 s");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithOrWithoutAContentLength() {
        server.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(4096))));
        assertThatThrownBy(() -> Http.get(url("/big"), FAST, "supplier register")).hasMessage("The supplier"
                + " register at " + url("/big") + " sent more than 1024 bytes, the limit for a supplier register."
                + " Check the URL.");
        // chunked, so no Content-Length: the limit is counted as it arrives
        server.stubFor(get(urlEqualTo("/chunked")).willReturn(aResponse().withStatus(200)
                .withBody("x".repeat(64 * 1024)).withChunkedDribbleDelay(16, 100)));
        assertThatThrownBy(() -> Http.get(url("/chunked"), FAST, "supplier register"))
                .hasMessageContaining("sent more than 1024 bytes");
    }

    @Test
    void droppedConnectionsAndMalformedChunksAreRetriedThenReported() {
        server.stubFor(get(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> Http.get(url("/reset"), FAST, "supplier register"))
                .hasMessageStartingWith("The supplier register at " + url("/reset") + " cannot be read: ")
                .hasMessageEndingWith(" (3 attempts). Check the URL and the network, or use a local copy.");
        server.verify(3, getRequestedFor(urlEqualTo("/reset")));

        server.stubFor(get(urlEqualTo("/malformed")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        assertThatThrownBy(() -> Http.get(url("/malformed"), FAST, "supplier register"))
                .hasMessageContaining("(3 attempts)");
    }

    @Test
    void aServerErrorIsRetriedAndAnAnswerAfterItCounts() throws Exception {
        server.stubFor(get(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        server.stubFor(get(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        assertThat(Http.get(url("/flaky"), FAST, "register").body()).isEqualTo("ok".getBytes(StandardCharsets.UTF_8));

        server.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> Http.get(url("/down"), FAST, "supplier register")).hasMessage("The supplier"
                + " register at " + url("/down") + " answered HTTP 502 3 times. Try again later, or use a local"
                + " copy.");
        server.verify(3, getRequestedFor(urlEqualTo("/down")));
    }

    @Test
    void retryAfterIsHonouredAndNotWaitedPastTheDeadline() throws Exception {
        server.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("free"));
        server.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        long start = System.nanoTime();
        assertThat(Http.get(url("/busy"), FAST, "register").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));

        server.stubFor(get(urlEqualTo("/later")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600")));
        assertThatThrownBy(() -> Http.get(url("/later"), FAST, "supplier register")).hasMessage("The supplier"
                + " register at " + url("/later") + " asks to retry after 3600 s, beyond the deadline. Try again"
                + " later, or use a local copy.");
    }

    @Test
    void plainHttpOnlyToALiteralLoopbackAddress() {
        assertThat(Http.refusal(URI.create("http://127.0.0.1:8080/x"))).isEmpty();
        assertThat(Http.refusal(URI.create("http://[::1]:8080/x"))).isEmpty();
        assertThat(Http.refusal(URI.create("https://procurement.example.com/x"))).isEmpty();
        // a name that merely starts like a loopback address, or resolves to one, is not one
        assertThat(Http.refusal(URI.create("http://127.attacker.invalid/x"))).isPresent();
        assertThat(Http.refusal(URI.create("http://localhost:8080/x"))).isPresent();
        assertThat(Http.refusal(URI.create("http://0.0.0.0/x"))).isPresent();
        assertThat(Http.refusal(URI.create("http://10.0.0.1/x"))).isPresent();
        assertThat(Http.refusal(URI.create("ftp://127.0.0.1/x"))).contains("only https (and http to this machine's"
                + " loopback address) is fetched");
        assertThatThrownBy(() -> Http.get(URI.create("http://127.attacker.invalid/suppliers.yaml"), FAST,
                "supplier register")).hasMessage("The supplier register URL http://127.attacker.invalid/suppliers.yaml"
                + " is refused: it is plain http; use https, so that nothing can be changed on the way (plain http is"
                + " accepted only for a literal loopback address such as 127.0.0.1 or [::1]).");
    }

    @Test
    void aRedirectIsCheckedLikeTheFirstRequest() throws Exception {
        server.stubFor(get(urlEqualTo("/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://0.0.0.0/suppliers.yaml")));
        assertThatThrownBy(() -> Http.get(url("/moved"), FAST, "supplier register")).hasMessage("The supplier"
                + " register at " + url("/moved") + " redirects to http://0.0.0.0/suppliers.yaml, which is refused: it"
                + " is plain http; use https, so that nothing can be changed on the way (plain http is accepted only"
                + " for a literal loopback address such as 127.0.0.1 or [::1]).");

        server.stubFor(get(urlEqualTo("/here")).willReturn(aResponse().withStatus(301).withHeader("Location",
                "/there")));
        server.stubFor(get(urlEqualTo("/there")).willReturn(aResponse().withStatus(200).withBody("ok")));
        assertThat(Http.get(url("/here"), FAST, "register").uri()).isEqualTo(url("/there"));

        // with credentials, never to another host (here: the same address on another port)
        int otherPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            otherPort = socket.getLocalPort();
        }
        server.stubFor(get(urlEqualTo("/auth")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "http://127.0.0.1:" + otherPort + "/x")));
        assertThatThrownBy(() -> Http.get(url("/auth"), FAST.withHeader("Authorization", "Bearer secret-token"),
                "Dependency-Track")).hasMessageContaining("which is refused: it leads to another host, and the request"
                + " carries credentials.").hasMessageNotContaining("secret-token");

        server.stubFor(get(urlEqualTo("/loop")).willReturn(aResponse().withStatus(302).withHeader("Location",
                "/loop")));
        assertThatThrownBy(() -> Http.get(url("/loop"), FAST, "register")).hasMessageContaining("redirects more"
                + " than 5 times");
    }

    @Test
    void aRefusedConnectionIsRetriedThenNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI refused = URI.create("http://127.0.0.1:" + closedPort + "/suppliers.yaml");
        assertThatThrownBy(() -> Http.get(refused, FAST, "supplier register")).hasMessage("The supplier register at "
                + refused + " cannot be read: the connection was refused (3 attempts). Check the URL and the"
                + " network, or use a local copy.");
    }
}
