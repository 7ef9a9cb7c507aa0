package dev.aibom.core.report;

import dev.aibom.core.control.Completeness;
import dev.aibom.core.control.ControlMetadata;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Family;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.Status;
import dev.aibom.core.job.SignatureVerdict;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A self-contained HTML report (no scripts, no external files) for people who do not know CycloneDX: the verdict,
 * summary numbers, a chart by control family, Annex A coverage, what needs attention, and every component's results.
 */
public final class HtmlReport {
    private static final Status[] ORDER = {Status.FAIL, Status.ERROR, Status.WAIVED, Status.PASS,
            Status.NOT_APPLICABLE};
    private static final Map<Status, String> COLOURS = Map.of(Status.PASS, "#2e7d32", Status.FAIL, "#c62828",
            Status.WAIVED, "#ef6c00", Status.NOT_APPLICABLE, "#9e9e9e", Status.ERROR, "#6a1b9a");
    private static final Map<Status, String> WORDS = Map.of(Status.PASS, "Passed", Status.FAIL, "Failed",
            Status.WAIVED, "Waived", Status.NOT_APPLICABLE, "Not applicable", Status.ERROR, "Could not check");

    private HtmlReport() {
    }

    public static byte[] render(EvaluationResult result) {
        return render(result, SignatureVerdict.NOT_CHECKED);
    }

    public static byte[] render(EvaluationResult result, SignatureVerdict signature) {
        StringBuilder html = new StringBuilder(64 * 1024);
        EvaluationResult.Outcome outcome = result.outcome();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>AI-BOM control report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>AI-BOM control report</h1>\n<p class=\"sub\">")
                .append(esc(systemName(result))).append(" &middot; checked against the ISO/IEC 42001 Annex A")
                .append(" supply-chain controls</p></header>\n<main>\n");

        // verdict and numbers
        String verdict = switch (outcome) {
            case PASS -> "Passed: no violation reaches the failure level (" + result.failOn().value() + ").";
            case UNSTABLE -> "Unstable: a violation reaches the warning level (" + result.unstableOn().map(
                    level -> level.value()).orElse("") + "), none reaches the failure level (" + result.failOn().value()
                    + ").";
            case FAIL -> "Failed: at least one violation reaches the failure level (" + result.failOn().value()
                    + "), or a control could not be checked.";
        };
        html.append("<section class=\"verdict ").append(outcome.name().toLowerCase(Locale.ROOT)).append("\"><strong>")
                .append(esc(verdict)).append("</strong></section>\n");
        if (signature.state() != SignatureVerdict.State.NOT_CHECKED) {
            html.append("<p class=\"signature\">Signature: ").append(esc(signature.line())).append("</p>\n");
        }
        var counts = result.counts();
        html.append("<section class=\"cards\">\n");
        for (Status status : ORDER) {
            html.append("<div class=\"card\" style=\"border-top-color:").append(COLOURS.get(status))
                    .append("\"><div class=\"num\">").append(counts.get(status)).append("</div><div>")
                    .append(WORDS.get(status)).append("</div></div>\n");
        }
        html.append("<div class=\"card\" style=\"border-top-color:#1565c0\"><div class=\"num\">")
                .append(result.completeness().percent()).append("%</div><div>Completeness</div></div>\n")
                .append("</section>\n");
        html.append("<p class=\"explain\">Each <em>control</em> is an automated check of one requirement (for example"
                + " &ldquo;every model names its supplier&rdquo;) on one part of the AI system. <em>Completeness</em>"
                + " is the share of the facts these checks need that the bill of materials records.</p>\n");

        chart(html, result);
        attention(html, result);
        coverage(html, result);
        components(html, result);
        completeness(html, result.completeness());

        html.append("<footer>BOM: ").append(esc(result.bom())).append(" &middot; policy: ").append(esc(result.policy()))
                .append(" &middot; fails on: ").append(esc(result.failOn().value())).append("</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void chart(StringBuilder html, EvaluationResult result) {
        Map<Family, Map<Status, Integer>> byFamily = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            byFamily.put(family, new EnumMap<>(Status.class));
        }
        result.findings().forEach(f -> byFamily.get(f.family()).merge(f.status(), 1, Integer::sum));
        int max = byFamily.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int rowHeight = 34;
        int labelWidth = 190;
        int barWidth = 600;
        int height = Family.values().length * rowHeight + 40;
        html.append("<section><h2>Results by control family</h2>\n<svg class=\"chart\" role=\"img\" aria-label=\"")
                .append("Results by control family\" viewBox=\"0 0 ").append(labelWidth + barWidth + 120).append(' ')
                .append(height).append("\" width=\"100%\">\n");
        int y = 10;
        for (Family family : Family.values()) {
            Map<Status, Integer> statusCounts = byFamily.get(family);
            html.append("<text x=\"0\" y=\"").append(y + 18).append("\" class=\"label\">").append(esc(family.title()))
                    .append("</text>\n");
            double x = labelWidth;
            int total = 0;
            for (Status status : ORDER) {
                int count = statusCounts.getOrDefault(status, 0);
                if (count == 0) {
                    continue;
                }
                double width = Math.max(1, (double) count / Math.max(1, max) * barWidth);
                html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"24\" fill=\"%s\">"
                        + "<title>%s: %d</title></rect>%n", x, y, width, COLOURS.get(status),
                        esc(family.title() + " " + WORDS.get(status).toLowerCase(Locale.ROOT)), count));
                x += width;
                total += count;
            }
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"count\">%d</text>%n", x + 6,
                    y + 18, total));
            y += rowHeight;
        }
        int legendX = labelWidth;
        for (Status status : ORDER) {
            html.append("<rect x=\"").append(legendX).append("\" y=\"").append(y + 4)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(COLOURS.get(status)).append("\"/>")
                    .append("<text x=\"").append(legendX + 16).append("\" y=\"").append(y + 15)
                    .append("\" class=\"legend\">").append(WORDS.get(status)).append("</text>\n");
            legendX += 140;
        }
        html.append("</svg></section>\n");
    }

    private static void attention(StringBuilder html, EvaluationResult result) {
        List<Finding> attention = ConsoleReport.attention(result);
        html.append("<section><h2>Needs attention</h2>\n");
        if (attention.isEmpty()) {
            html.append("<p>Nothing: every applicable control passed.</p></section>\n");
            return;
        }
        html.append("<table><thead><tr><th>Result</th><th>Severity</th><th>Annex A</th><th>Control</th>")
                .append("<th>Part of the system</th><th>What is wrong</th></tr></thead><tbody>\n");
        for (Finding finding : attention) {
            html.append("<tr><td>").append(badge(finding.status())).append("</td><td>")
                    .append(esc(finding.severity().value())).append("</td><td>")
                    .append(esc(String.join(", ", finding.annexA()))).append("</td><td><code>")
                    .append(esc(finding.control())).append("</code></td><td>")
                    .append(esc(finding.kind() + " " + finding.name())).append("</td><td>")
                    .append(esc(finding.message()));
            if (finding.status() == Status.WAIVED) {
                html.append("<br><span class=\"muted\">Waived ").append(esc(finding.waiver())).append("</span>");
            }
            if (!finding.evidence().isEmpty()) {
                html.append("<br><span class=\"muted\">Where in the BOM: <code>").append(esc(finding.evidence()))
                        .append("</code></span>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private static void coverage(StringBuilder html, EvaluationResult result) {
        Map<String, List<Finding>> byAnnex = new TreeMap<>(AnnexA::compare);
        Map<String, TreeSet<String>> controls = new TreeMap<>(AnnexA::compare);
        for (Finding finding : result.findings()) {
            for (String annex : finding.annexA()) {
                byAnnex.computeIfAbsent(annex, k -> new ArrayList<>()).add(finding);
                controls.computeIfAbsent(annex, k -> new TreeSet<>()).add(finding.control());
            }
        }
        html.append("<section><h2>ISO/IEC 42001 Annex A coverage</h2>\n<table><thead><tr><th>Annex A control</th>")
                .append("<th>Automated checks</th><th>Passed</th><th>Failed</th><th>Waived</th>")
                .append("<th>Not applicable</th></tr></thead><tbody>\n");
        for (Map.Entry<String, List<Finding>> entry : byAnnex.entrySet()) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            entry.getValue().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
            html.append("<tr><td><strong>").append(esc(entry.getKey())).append("</strong> ")
                    .append(esc(AnnexA.title(entry.getKey()))).append("</td><td>");
            List<String> names = new ArrayList<>();
            for (String id : controls.get(entry.getKey())) {
                ControlMetadata definition = result.control(id).orElse(null);
                names.add("<code>" + esc(id) + "</code>" + (definition == null ? "" : " " + esc(definition.title())));
            }
            html.append(String.join("<br>", names)).append("</td><td class=\"n\">")
                    .append(counts.getOrDefault(Status.PASS, 0)).append("</td><td class=\"n\">")
                    .append(counts.getOrDefault(Status.FAIL, 0) + counts.getOrDefault(Status.ERROR, 0))
                    .append("</td><td class=\"n\">").append(counts.getOrDefault(Status.WAIVED, 0))
                    .append("</td><td class=\"n\">").append(counts.getOrDefault(Status.NOT_APPLICABLE, 0))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private static void components(StringBuilder html, EvaluationResult result) {
        Map<String, List<Finding>> byComponent = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            String key = finding.kind() + " " + (finding.name().isEmpty() ? "(whole BOM)" : finding.name());
            byComponent.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
        }
        html.append("<section><h2>Every part of the system</h2>\n");
        for (Map.Entry<String, List<Finding>> entry : byComponent.entrySet()) {
            long bad = entry.getValue().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.ERROR)
                    .count();
            html.append("<details").append(bad > 0 ? " open" : "").append("><summary><strong>")
                    .append(esc(entry.getKey())).append("</strong> &mdash; ")
                    .append(bad == 0 ? "no problems" : bad + " problem" + (bad == 1 ? "" : "s"))
                    .append("</summary>\n<table><tbody>\n");
            for (Finding finding : entry.getValue()) {
                html.append("<tr><td>").append(badge(finding.status())).append("</td><td><code>")
                        .append(esc(finding.control())).append("</code><br><span class=\"muted\">")
                        .append(esc(String.join(", ", finding.annexA()))).append("</span></td><td>")
                        .append(esc(finding.message())).append("</td></tr>\n");
            }
            html.append("</tbody></table></details>\n");
        }
        html.append("</section>\n");
    }

    private static void completeness(StringBuilder html, Completeness completeness) {
        html.append("<section><h2>What the bill of materials records</h2>\n<p>").append(completeness.present())
                .append(" of ").append(completeness.expected()).append(" expected facts are recorded (")
                .append(completeness.percent()).append("%).</p>\n<table><thead><tr><th>Part</th><th>Recorded</th>")
                .append("<th>Missing</th></tr></thead><tbody>\n");
        for (Completeness.Entry entry : completeness.components()) {
            html.append("<tr><td>").append(esc(entry.kind() + " " + entry.name())).append("</td><td class=\"n\">")
                    .append(entry.present()).append(" / ").append(entry.expected()).append("</td><td>")
                    .append(entry.missing().isEmpty() ? "&mdash;" : esc(String.join(", ", entry.missing())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private static String badge(Status status) {
        return "<span class=\"badge\" style=\"background:" + COLOURS.get(status) + "\">" + WORDS.get(status)
                + "</span>";
    }

    private static String systemName(EvaluationResult result) {
        return result.findings().stream().filter(f -> f.kind().equals("system")).map(Finding::name).findFirst()
                .orElse(result.bom());
    }

    private static String esc(String text) {
        return Html.escape(text);
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#212121;background:#fafafa}
            header{background:#263238;color:#fff;padding:20px 32px}
            header h1{margin:0;font-size:26px}
            .sub{margin:4px 0 0;color:#cfd8dc}
            main{max-width:1100px;margin:0 auto;padding:16px 32px 48px}
            h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid #e0e0e0;padding-bottom:4px}
            .verdict{padding:14px 18px;border-radius:6px;margin:16px 0;font-size:17px}
            .verdict.pass{background:#e8f5e9;border-left:6px solid #2e7d32}
            .verdict.unstable{background:#fff3e0;border-left:6px solid #ef6c00}
            .verdict.fail{background:#ffebee;border-left:6px solid #c62828}
            .cards{display:flex;flex-wrap:wrap;gap:12px}
            .card{background:#fff;border:1px solid #e0e0e0;border-top:5px solid;border-radius:6px;padding:10px 16px;min-width:120px}
            .num{font-size:28px;font-weight:600}
            .explain,.muted{color:#616161}
            .muted{font-size:13px}
            table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0}
            th,td{border:1px solid #e0e0e0;padding:6px 8px;text-align:left;vertical-align:top;font-size:14px}
            th{background:#eceff1}
            td.n{text-align:right;width:80px}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
            .badge{color:#fff;border-radius:4px;padding:2px 7px;font-size:12px;white-space:nowrap}
            details{background:#fff;border:1px solid #e0e0e0;border-radius:6px;margin:6px 0;padding:6px 10px}
            summary{cursor:pointer}
            svg.chart .label{font-size:14px;fill:#212121}
            svg.chart .count,svg.chart .legend{font-size:12px;fill:#424242}
            footer{margin-top:32px;color:#757575;font-size:12px}
            """;
}
