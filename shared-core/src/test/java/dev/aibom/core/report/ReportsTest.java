package dev.aibom.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Status;
import dev.aibom.core.hash.HashListener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every report form of one evaluation with failures, a waiver and not-applicable controls. */
class ReportsTest {
    @TempDir
    Path temp;
    EvaluationResult result;
    ReportHeader header;

    @BeforeEach
    void evaluateABrokenExample() throws Exception {
        Path project = dev.aibom.core.TestFiles.copyTree(dev.aibom.core.TestFiles.example("credit-risk-scorer"),
                temp.resolve("project"));
        // a retired model and a supplier nobody registered: the failing example of the README
        String descriptor = Files.readString(project.resolve("aibom.yaml"))
                .replace("    lifecycle: approved", "    lifecycle: retired")
                .replace("    supplier: meridian", "    supplier: acme")
                .replace("  - id: meridian\n    name: Meridian Credit Data Ltd", "  - id: acme\n    name: ACME ML <GmbH>")
                .replace("https://www.meridian-credit.example.com", "https://acme-ml.example.com");
        Files.writeString(project.resolve("aibom.yaml"), descriptor);
        Path bom = project.resolve("target/bom.json");
        dev.aibom.core.job.GenerateJob.run(new dev.aibom.core.job.GenerateJob.Request(project.resolve("aibom.yaml"),
                project, bom, Optional.empty(), dev.aibom.core.bom.BomOptions.at(java.time.Instant.EPOCH)));
        var checked = dev.aibom.core.TestJobs.check(bom, Optional.of(project.resolve("aibom-policy.yaml")),
                Optional.of(project.resolve("suppliers.yaml")), Optional.of(project.resolve("waivers.yaml")),
                List.of(), Optional.of(project), LocalDate.parse("2026-11-23"), dev.aibom.core.Log.NONE);
        result = checked.evaluation();
        header = checked.header();
    }

    @Test
    void consoleLinesAreStableAndWorstFirst() {
        List<String> lines = ConsoleReport.attention(result).stream().map(f -> f.line()).toList();
        assertThat(lines).contains("[A.10.3] supplier-registered: dataset 'bureau-features' supplier 'ACME ML <GmbH>'"
                + " is not in the supplier register", "[A.6.2.5, A.6.2.6] model-lifecycle-allowed: model"
                + " 'credit-pd-logreg' is retired (allowed: validated, approved, deployed)");
        assertThat(lines.get(lines.size() - 1)).contains("(waived: by Dana Whitfield, Head of Model Risk until"
                + " 2027-06-30:");
        assertThat(ConsoleReport.counts(result)).matches("\\d+ failed, 0 could not be evaluated, 1 waived, \\d+ passed,"
                + " \\d+ not applicable; completeness 100%");
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @Test
    void jsonReportHasEveryFinding() throws Exception {
        JsonNode json = BomJson.MAPPER.readTree(JsonReport.render(result, header));
        assertThat(json.get("outcome").asText()).isEqualTo("fail");
        assertThat(json.get("findings")).hasSize(result.findings().size());
        assertThat(json.at("/counts/waived").asInt()).isEqualTo(1);
        assertThat(json.at("/completeness/percent").asInt()).isEqualTo(100);
        JsonNode retired = null;
        for (JsonNode finding : json.get("findings")) {
            if (finding.get("control").asText().equals("model-lifecycle-allowed") && finding.get("status").asText()
                    .equals("fail")) {
                retired = finding;
            }
        }
        assertThat(retired).isNotNull();
        assertThat(retired.at("/annexA/0").asText()).isEqualTo("A.6.2.5");
        assertThat(retired.get("evidence").asText()).startsWith("/components/0/properties/");
    }

    @Test
    void junitXmlHasOneTestCasePerControlAndComponent() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(JUnitReport.render(result)));
        Element suite = xml.getDocumentElement();
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(result.findings().size());
        assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(result.counts().get(Status.FAIL));
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(result.counts().get(Status.FAIL));
        assertThat(suite.getElementsByTagName("skipped").getLength()).isEqualTo(result.counts().get(Status.WAIVED)
                + result.counts().get(Status.NOT_APPLICABLE));
        boolean found = false;
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("classname").equals("aibom.supplier.supplier-registered")
                    && testCase.getAttribute("name").equals("dataset bureau-features")) {
                found = true;
                assertThat(testCase.getElementsByTagName("failure").item(0).getTextContent())
                        .contains("supplier 'ACME ML <GmbH>' is not in the supplier register");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void sarifHasRulesResultsAndSuppressions() throws Exception {
        JsonNode sarif = BomJson.MAPPER.readTree(SarifReport.render(result));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("aibom");
        int failures = result.counts().get(Status.FAIL) + result.counts().get(Status.WAIVED);
        assertThat(run.get("results")).hasSize(failures);
        for (JsonNode item : run.get("results")) {
            String ruleId = item.get("ruleId").asText();
            assertThat(run.at("/tool/driver/rules/" + item.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(ruleId);
            assertThat(item.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).startsWith("/");
        }
        assertThat(run.get("results")).filteredOn(r -> r.has("suppressions")).hasSize(1);
        assertThat(run.get("results")).filteredOn(r -> r.get("ruleId").asText().equals("model-lifecycle-allowed"))
                .allSatisfy(r -> assertThat(r.get("level").asText()).isEqualTo("error"));
    }

    @Test
    void htmlNeedsNoInlineStyleOrScriptAndExplainsItself() {
        String html = new String(HtmlReport.render(result, header), StandardCharsets.UTF_8);
        // displays under a strict Content-Security-Policy (style-src 'self'): the styles are a file beside it
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("<style")
                .doesNotContain(" style=").doesNotContain("http://").doesNotContain("https://")
                .contains("<link rel=\"stylesheet\" href=\"aibom-report.css\">");
        assertThat(html).contains("Failed: 2 violations reach the failure level (error).")
                .contains("<h2>ISO/IEC 42001 Annex A coverage</h2>").contains("<strong>A.10.3</strong> Suppliers are held to the organisation&#39;s approach to responsible AI")
                .contains("<h2>Results by control family</h2>").contains("<svg class=\"chart\"")
                .contains("ACME ML &lt;GmbH&gt;").doesNotContain("ACME ML <GmbH>")
                .contains("Where in the BOM: <code>/components/");
        // what was judged, before any finding
        assertThat(html.indexOf("<dt>System</dt><dd>credit-risk-scorer 1.4.0</dd>")).isPositive()
                .isLessThan(html.indexOf("Needs attention"));
        assertThat(html).contains("<dt>Checked on</dt><dd>2026-11-23 with the ").contains("<dt>Serial number</dt>")
                .contains("<dt>Signature</dt><dd class=\"sig-unsigned\">unsigned</dd>");
        // the numbers say what they count; every finding says what to do
        assertThat(html).containsPattern("\\d+ controls gave \\d+ checks").contains("checks failed")
                .contains("<th>What to do</th>")
                .contains("Use a model in an allowed life-cycle stage, or record the stage it is in (lifecycle).");
    }

    @Test
    void theCssIsWrittenBesideTheReport() throws Exception {
        Reports.writeAll(result, header, temp.resolve("reports"));
        assertThat(temp.resolve("reports/aibom-report.css")).exists().content().contains("@media (max-width:700px)");
    }

    @Test
    void allReportsAreWrittenTogether() throws Exception {
        Map<String, Path> written = Reports.writeAll(result, header, temp.resolve("reports"));
        assertThat(written.keySet()).containsExactly("html", "json", "junit", "sarif");
        for (Path file : written.values()) {
            assertThat(file).exists().isNotEmptyFile();
        }
        try (var files = Files.list(temp.resolve("reports"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /**
     * Opens the HTML in a real browser (Debian's headless Chromium) when one is installed, at a desktop width and at
     * 600 px, and screenshots it.
     */
    @Test
    void theHtmlRendersInARealBrowser() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "headless Chromium is not installed");
        Map<String, Path> written = Reports.writeAll(result, header, temp.resolve("browser"));
        for (String size : new String[]{"1280,2400", "600,3000"}) {
            Path png = temp.resolve("report-" + size.replace(',', 'x') + ".png");
            Path profile = Files.createDirectories(temp.resolve("profile-" + size.replace(',', 'x')));
            Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--window-size=" + size, "--screenshot=" + png, written.get("html").toUri().toString())
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(png).exists();
            byte[] signature = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
            assertThat(signature).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            assertThat(Files.size(png)).isGreaterThan(20_000);
            String keep = System.getProperty("aibom.screenshot");
            if (keep != null) {
                Files.copy(png, Path.of(keep.replace(".png", "-" + size.replace(',', 'x') + ".png")),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Jenkins' default Content-Security-Policy for archived files (DirectoryBrowserSupport.DEFAULT_CSP_VALUE). */
    static final String JENKINS_CSP = "sandbox allow-same-origin; default-src 'none'; img-src 'self'; style-src 'self';";

    /**
     * Served as Jenkins serves an archived report - over HTTP with its Content-Security-Policy - the report is styled:
     * the header's dark background shows, and the browser refuses nothing. Without the style sheet beside it, the same
     * pixel is white: the check sees the difference.
     */
    @Test
    void theHtmlIsStyledUnderJenkinsContentSecurityPolicy() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "headless Chromium is not installed");
        Path folder = temp.resolve("archive");
        Reports.writeAll(result, header, folder);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(folder) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().add("Content-Security-Policy", JENKINS_CSP);
            exchange.getResponseHeaders().add("Content-Type", file.toString().endsWith(".css") ? "text/css"
                    : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            if (found) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/aibom-report.html";
            Shot styled = screenshot(chromium, url, "styled");
            assertThat(styled.console()).doesNotContain("Content Security Policy").doesNotContain("Refused to");
            // header background #263238
            assertThat(styled.rgb(8, 8)).isEqualTo(0x263238);
            Files.delete(folder.resolve(HtmlReport.CSS_FILE));
            Shot bare = screenshot(chromium, url, "bare");
            assertThat(bare.rgb(8, 8)).isEqualTo(0xffffff);
        } finally {
            server.stop(0);
        }
    }

    private record Shot(java.awt.image.BufferedImage image, String console) {
        int rgb(int x, int y) {
            return image.getRGB(x, y) & 0xffffff;
        }
    }

    private Shot screenshot(Path chromium, String url, String name) throws Exception {
        Path png = temp.resolve(name + ".png");
        Path profile = Files.createDirectories(temp.resolve("profile-" + name));
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile, "--window-size=800,600",
                "--screenshot=" + png, url).redirectErrorStream(true).start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(png).as(console).exists();
        return new Shot(javax.imageio.ImageIO.read(png.toFile()), console);
    }

    @Test
    void aBomOfThousandsOfPartsListsOnlyThoseWithSomethingToLookAt() {
        List<dev.aibom.control.Finding> many = new java.util.ArrayList<>(result.findings());
        dev.aibom.control.Finding pass = result.findings().stream()
                .filter(f -> f.status() == dev.aibom.control.Status.PASS).findFirst().orElseThrow();
        for (int i = 0; i < HtmlReport.MAX_PARTS; i++) {
            many.add(new dev.aibom.control.Finding(pass.control(), pass.annexA(), pass.family(), pass.severity(),
                    pass.status(), "model:m" + i, "m" + i, "model", pass.message(), pass.evidence(), null, true,
                    null));
        }
        EvaluationResult big = new EvaluationResult(result.bom(), result.policy(), result.failOn(), many,
                result.completeness(), result.controls(), result.unstableOn());
        String html = new String(HtmlReport.render(big, header), StandardCharsets.UTF_8);
        assertThat(html).contains("credit-pd-logreg").doesNotContain("<strong>model m17</strong>")
                .containsPattern("<p>\\d+ more parts where every control passed or did not apply are not listed here"
                        + " \\(the BOM has \\d+ parts\\); aibom-report.json lists every finding.</p>");
        assertThat(new String(HtmlReport.render(result, header), StandardCharsets.UTF_8)).doesNotContain("more part");
    }

    /** The HTML report is streamed: a write that fails mid-report is the caller's IOException, not a lost report. */
    @Test
    void theHtmlIsStreamedAndAFailedWriteIsAnIOException() {
        byte[] whole = HtmlReport.render(result, header);
        java.io.OutputStream full = new java.io.OutputStream() {
            private int written;

            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 1000) {
                    throw new java.io.IOException("No space left on device");
                }
            }
        };
        assertThat(whole.length).isGreaterThan(1000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HtmlReport().write(result, header, full))
                .isInstanceOf(java.io.IOException.class).hasMessage("No space left on device");
    }
}
