package dev.aibom.core.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.google.auto.service.AutoService;
import dev.aibom.core.control.EvaluationResult;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The HTML report, for people who do not know CycloneDX: what was judged (supplier, system, BOM, date, signature),
 * the verdict, what the numbers count, a chart by control family, what needs attention and what to do about it,
 * Annex A coverage and every component's results. No script, no inline style and nothing from elsewhere: the styles
 * are the file {@link #CSS_FILE} beside the report, so that it displays under a strict Content-Security-Policy (as
 * Jenkins serves archived files). Readable down to 600 px wide.
 *
 * <p>The markup is the template {@code aibom-report.html.mustache} (mustache.java, logic-less); what it shows is
 * worked out by {@link HtmlReportView}. The template is read from aibom's own jar through this class, never through a
 * thread's context class loader, and compiled once.
 */
@AutoService(ReportFormat.class)
public final class HtmlReport implements ReportFormat {
    /** The file it writes. */
    public static final String FILE = "aibom-report.html";
    /** The style sheet the report links to; {@link Reports} writes it beside the report. */
    public static final String CSS_FILE = "aibom-report.css";
    /** Parts listed one by one in "Every part of the system"; beyond that, only parts with something to look at. */
    static final int MAX_PARTS = HtmlReportView.MAX_PARTS;

    private static final Metadata METADATA = new Metadata("html", FILE,
            "HTML for people, with its style sheet aibom-report.css beside it", true);
    private static final String TEMPLATE_FILE = "aibom-report.html.mustache";
    private static final Mustache TEMPLATE = compile();

    /** For {@link java.util.ServiceLoader}. */
    public HtmlReport() {
    }

    @Override
    public Metadata metadata() {
        return METADATA;
    }

    @Override
    public Map<String, byte[]> companions() {
        return Map.of(CSS_FILE, css());
    }

    /** Streams the report to {@code out} as the template writes it. */
    @Override
    public void write(EvaluationResult result, ReportHeader header, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        try {
            TEMPLATE.execute(writer, new HtmlReportView(result, header));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (com.github.mustachejava.MustacheException e) {
            // mustache.java wraps the writer's IOException
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
        writer.flush();
    }

    /** The style sheet's content. */
    public static byte[] css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(CSS_FILE)) {
            return Objects.requireNonNull(in, CSS_FILE + " is missing from aibom's jar").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole report in memory, for tests and callers that want the bytes; {@link #write} streams the same. */
    public static byte[] render(EvaluationResult result, ReportHeader header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            new HtmlReport().write(result, header, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The verdict in words (the Markdown summary says it too). */
    static String verdict(EvaluationResult result) {
        return HtmlReportView.verdict(result);
    }

    private static Mustache compile() {
        // text is escaped as everywhere else in aibom's HTML and XML (Html.escape), not with mustache.java's own rules
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(Html.escape(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        try (InputStream in = Objects.requireNonNull(HtmlReport.class.getResourceAsStream(TEMPLATE_FILE),
                TEMPLATE_FILE + " is missing from aibom's jar");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return factory.compile(reader, TEMPLATE_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
