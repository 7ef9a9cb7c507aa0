package dev.aibom.core.report;

import com.google.auto.service.AutoService;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A short Markdown summary for a pull-request or merge-request comment: the verdict, what was judged, the counts and
 * the findings that need attention (worst first, at most {@link #MAX_ROWS}; the other reports have all of them).
 * Everything taken from the BOM is escaped so that it stays text: no link, image, HTML or table cell can be injected
 * by a supplier's BOM into the comment.
 */
@AutoService(ReportFormat.class)
public final class MarkdownReport implements ReportFormat {
    /** The file it writes. */
    public static final String FILE = "aibom-report.md";
    /** Findings listed in the table; a comment is read, not searched. */
    static final int MAX_ROWS = 50;
    private static final Map<Status, String> WORDS = Map.of(Status.PASS, "passed", Status.FAIL, "failed",
            Status.WAIVED, "waived", Status.NOT_APPLICABLE, "not applicable", Status.ERROR,
            "could not be evaluated");

    private static final Metadata METADATA = new Metadata("markdown", FILE,
            "a Markdown summary for pull-request comments (verdict, counts, findings that need attention)", false);

    /** For {@link java.util.ServiceLoader}. */
    public MarkdownReport() {
    }

    @Override
    public Metadata metadata() {
        return METADATA;
    }

    @Override
    public void write(EvaluationResult result, ReportHeader header, OutputStream out) throws IOException {
        out.write(render(result, header).getBytes(StandardCharsets.UTF_8));
    }

    /** The summary as text. */
    public static String render(EvaluationResult result, ReportHeader header) {
        StringBuilder md = new StringBuilder(4096);
        String what = header.review() ? "supplier review" : "control check";
        String mark = switch (result.outcome()) {
            case PASS -> "PASSED";
            case UNSTABLE -> "UNSTABLE";
            case FAIL -> "FAILED";
        };
        md.append("### aibom ").append(what).append(": ").append(mark).append("\n\n");
        md.append(text(HtmlReport.verdict(result))).append("\n\n");
        md.append("| | |\n|---|---|\n");
        if (header.review() || !header.supplier().isEmpty()) {
            row(md, "Supplier", header.supplier().isEmpty() ? "not named in the BOM"
                    : header.supplier() + (header.supplierStatus().isEmpty() ? ""
                    : " \u2014 " + header.supplierStatus()));
        }
        row(md, "System", header.system().isEmpty() ? "not named in the BOM" : header.systemLabel());
        row(md, "Contents", header.models() + header.datasets() + header.services() == 0
                ? "no AI components (no model, dataset or service)" : header.contents());
        row(md, "BOM", header.bomFile() + " (CycloneDX " + header.specVersion() + ")");
        row(md, "Signature", header.signature().line());
        row(md, header.review() ? "Reviewed on" : "Checked on", header.date() + " with the " + result.policy()
                + ", failing on " + result.failOn().value());
        var counts = result.counts();
        md.append("\n**Controls:** ");
        List<Status> order = List.of(Status.FAIL, Status.ERROR, Status.WAIVED, Status.PASS, Status.NOT_APPLICABLE);
        for (int i = 0; i < order.size(); i++) {
            md.append(i == 0 ? "" : ", ").append(counts.get(order.get(i))).append(' ').append(WORDS.get(order.get(i)));
        }
        md.append("; completeness ").append(result.completeness().percent()).append("%\n");
        List<Finding> attention = ConsoleReport.attention(result);
        if (attention.isEmpty()) {
            md.append("\nNothing needs attention.\n");
            return md.toString();
        }
        md.append("\n| Severity | Result | Control | Annex A | Subject | Finding |\n|---|---|---|---|---|---|\n");
        for (Finding finding : attention.subList(0, Math.min(MAX_ROWS, attention.size()))) {
            md.append("| ").append(finding.severity().value().toUpperCase(Locale.ROOT))
                    .append(" | ").append(WORDS.get(finding.status()))
                    .append(" | `").append(code(finding.control())).append('`')
                    .append(" | ").append(text(String.join(", ", finding.annexA())))
                    .append(" | ").append(text(finding.name().isEmpty() ? "(BOM)"
                            : finding.kind() + " " + finding.name()))
                    .append(" | ").append(text(finding.message() + (finding.status() == Status.WAIVED
                            ? " (waived: " + finding.waiver() + ")" : "")))
                    .append(" |\n");
        }
        if (attention.size() > MAX_ROWS) {
            md.append("\n").append(attention.size() - MAX_ROWS).append(" more in the full reports.\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(text(value)).append(" |\n");
    }

    /**
     * Text as it was written: every character Markdown (GitHub and GitLab flavours) could read as inline markup or a
     * link inside a table cell is escaped with a backslash (which CommonMark allows before any punctuation), HTML's {@code <}, {@code >} and {@code &} become entities, and line breaks become spaces so
     * that a table row stays one row.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', '\t' -> out.append(' ');
                // inline markup, table cells, and what GitHub links by itself: URLs (: .), e-mail addresses and
                // mentions (@), issue references (#)
                case '\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~', '@', ':', '.', '#'
                        -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A control id inside a code span: ids are lower-case letters, digits and dashes, so no backtick can occur. */
    private static String code(String id) {
        return id.replace("`", "");
    }
}
