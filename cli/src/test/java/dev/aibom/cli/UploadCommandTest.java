package dev.aibom.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.aibom.core.TestFiles;
import dev.aibom.core.dt.DependencyTrackTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.aibom.core.dt.DependencyTrackTest.KEY;
import static dev.aibom.core.dt.DependencyTrackTest.PROJECT;
import static dev.aibom.core.dt.DependencyTrackTest.violation;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code aibom upload} against WireMock serving Dependency-Track's shapes: the gate, the key, usage errors. */
class UploadCommandTest {
    WireMockServer server;
    String bom;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        bom = TestFiles.example("supplier-attestation").resolve("meridian-bureau-score.cdx.json").toString();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Cli.Run upload(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "upload";
        args[1] = bom;
        args[2] = "--url=http://127.0.0.1:" + server.port();
        args[3] = "--trusted-key=" + TestFiles.example("supplier-attestation").resolve("keys/meridian.pub.pem");
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(Map.of("AIBOM_DT_API_KEY", KEY), args);
    }

    @Test
    void aFailViolationIsANegativeVerdictAndJsonCarriesTheViolations() {
        DependencyTrackTest.accepts(server);
        DependencyTrackTest.processes(server);
        DependencyTrackTest.knowsProject(server);
        DependencyTrackTest.metrics(server);
        DependencyTrackTest.violations(server, violation("FAIL", "No unapproved models", "OPERATIONAL",
                "bureau-score", "COORDINATES", "*"));
        Cli.Run run = upload("--auto-create", "--parent", "Retail Credit", "--synchronous", "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.json().get("kind").asText()).isEqualTo("upload");
        assertThat(run.json().get("outcome").asText()).isEqualTo("fail");
        assertThat(run.json().get("project").asText()).isEqualTo(PROJECT);
        assertThat(run.json().at("/violations/0/policy").asText()).isEqualTo("No unapproved models");
        assertThat(run.err()).contains("aibom: Dependency-Track: project not set: using the system's name and"
                        + " version, 'meridian-bureau-score' version '5.1.0'",
                "aibom: ERROR Dependency-Track: FAIL policy 'No unapproved models' (OPERATIONAL) on"
                        + " meridian/bureau-score@5.1.0: COORDINATES MATCHES *")
                .doesNotContain(KEY);
        server.verify(putRequestedFor(urlEqualTo("/api/v1/bom")).withHeader("X-Api-Key", equalTo(KEY)));
    }

    @Test
    void withoutSynchronousTheUploadIsDoneAndSaysSo() {
        DependencyTrackTest.accepts(server);
        Cli.Run run = upload("--project", "meridian-bureau-score", "--project-version", "5.1.0");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("aibom: Dependency-Track: accepted, processing token "
                + DependencyTrackTest.TOKEN);
    }

    @Test
    void aBomNotSignedWithATrustedKeyIsNotSent() {
        DependencyTrackTest.accepts(server);
        Cli.Run noTrust = Cli.run(Map.of("AIBOM_DT_API_KEY", KEY), "upload", bom, "--url=http://127.0.0.1:"
                + server.port(), "--project-uuid", PROJECT);
        assertThat(noTrust.exitCode()).isEqualTo(1);
        assertThat(noTrust.err()).isEqualTo("aibom: ERROR No trusted key or CA root is given, so whether " + bom
                + " is signed by someone who may put it into Dependency-Track cannot be said: give the public key (or"
                + " CA root) its signature must verify with, as for verify (trustedKeys, caRoots).\n");
        Cli.Run untrusted = Cli.run(Map.of("AIBOM_DT_API_KEY", KEY), "upload", bom, "--url=http://127.0.0.1:"
                + server.port(), "--project-uuid", PROJECT, "--trusted-key", TestFiles.example("supplier-review")
                .resolve("keys/acme-ml.pub.pem").toString());
        assertThat(untrusted.exitCode()).isEqualTo(1);
        assertThat(untrusted.err()).contains("is signed, but not with a trusted key (").contains("it is not sent.");
        server.verify(0, putRequestedFor(urlEqualTo("/api/v1/bom")));
    }

    @Test
    void theKeyComesFromTheEnvironmentAndBadOptionsAreUsageErrors() {
        Cli.Run noKey = Cli.run(Map.of(), "upload", bom, "--url", "https://dtrack.example.com");
        assertThat(noKey.exitCode()).isEqualTo(1);
        assertThat(noKey.err()).isEqualTo("aibom: ERROR The Dependency-Track API key is not set: put it in the"
                + " environment variable AIBOM_DT_API_KEY (never on the command line, where other users can see"
                + " it).\n");
        Cli.Run both = upload("--project-uuid", PROJECT, "--project", "x", "--project-version", "1");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--project-uuid, --project, --project-version: name the Dependency-Track"
                + " project by its UUID or by its name and version, not both.");
        Cli.Run ftp = Cli.run(Map.of("AIBOM_DT_API_KEY", KEY), "upload", bom, "--url", "ftp://dtrack.example.com");
        assertThat(ftp.exitCode()).isEqualTo(2);
        assertThat(ftp.err()).contains("Invalid value for option '--url': the Dependency-Track URL must be an https"
                + " URL with a host, e.g. https://dtrack.example.com");
        Cli.Run noUrl = Cli.run(Map.of("AIBOM_DT_API_KEY", KEY), "upload", bom);
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.err()).contains("--url: not set: give the base URL of Dependency-Track's API server, such as"
                + " https://dtrack.example.com.");
        // the options' help is the core's, with the other options named as the command line spells them
        assertThat(Cli.run("upload", "--help").out().replaceAll("\\s+", " ")).contains("or over plain http when"
                + " --allow-plain-http is on.", "named by --project and --project-version.");
        Cli.Run noWait = upload("--timeout", "0");
        assertThat(noWait.exitCode()).isEqualTo(2);
        assertThat(noWait.err()).contains("Invalid value for option '--timeout': '0' is not a whole number of seconds"
                + " from 1 to 86400");
        Cli.Run plain = Cli.run(Map.of("AIBOM_DT_API_KEY", KEY), "upload", bom, "--url",
                "http://dtrack.example.com");
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).contains("The Dependency-Track URL http://dtrack.example.com is refused: it is plain"
                + " http");
    }
}
