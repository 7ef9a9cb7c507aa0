package dev.aibom.core.report;

import com.google.auto.service.AutoService;

import dev.aibom.core.declare.AnnexA;

import dev.aibom.core.control.Completeness;
import dev.aibom.control.ControlMetadata;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Family;
import dev.aibom.control.Finding;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.core.control.SignatureVerdict;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import dev.aibom.core.bom.DeclarationSummary;

/**
 * The HTML report, for people who do not know CycloneDX: what was judged (supplier, system, BOM, date, signature),
 * the verdict, what the numbers count, a chart by control family, what needs attention and what to do about it,
 * Annex A coverage and every component's results. No script, no inline style and nothing from elsewhere: the styles
 * are the file {@link #CSS_FILE} beside the report, so that it displays under a strict Content-Security-Policy (as
 * Jenkins serves archived files). Readable down to 600 px wide.
 */
@AutoService(ReportFormat.class)
public final class HtmlReport implements ReportFormat {
    /** The file it writes. */
    public static final String FILE = "aibom-report.html";

    private static final Metadata METADATA = new Metadata("html", FILE,
            "HTML for people, with its style sheet aibom-report.css beside it", true);

    /** For {@link java.util.ServiceLoader}. */
    public HtmlReport() {
    }

    @Override
    public Metadata metadata() {
        return METADATA;
    }

    @Override
    public java.util.Map<String, byte[]> companions() {
        return java.util.Map.of(CSS_FILE, css());
    }

    /** Streams the report to {@code out}: a report of many thousand components is never held whole in memory. */
    @Override
    public void write(EvaluationResult result, ReportHeader header, java.io.OutputStream out) throws java.io.IOException {
        java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                64 * 1024);
        try {
            render(new Out(writer), result, header);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    /**
     * The report's text, appended as to a StringBuilder (the same overloads, so numbers and characters print as they
     * would there) but written through to a Writer. A write error is carried out unchecked and rethrown by
     * {@link #write}.
     */
    private static final class Out {
        private final java.io.Writer out;

        Out(java.io.Writer out) {
            this.out = out;
        }

        Out append(String text) {
            try {
                out.write(String.valueOf(text));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return this;
        }

        Out append(CharSequence text) {
            return append(String.valueOf(text));
        }

        Out append(Object value) {
            return append(String.valueOf(value));
        }

        Out append(char c) {
            return append(String.valueOf(c));
        }

        Out append(int n) {
            return append(String.valueOf(n));
        }

        Out append(long n) {
            return append(String.valueOf(n));
        }

        Out append(double n) {
            return append(String.valueOf(n));
        }
    }

    /** The style sheet the report links to; {@link Reports} writes it beside the report. */
    public static final String CSS_FILE = "aibom-report.css";
    private static final Status[] ORDER = {Status.FAIL, Status.ERROR, Status.WAIVED, Status.PASS,
            Status.NOT_APPLICABLE};
    private static final Map<Status, String> COLOURS = Map.of(Status.PASS, "#2e7d32", Status.FAIL, "#c62828",
            Status.WAIVED, "#ef6c00", Status.NOT_APPLICABLE, "#9e9e9e", Status.ERROR, "#6a1b9a");
    private static final Map<Status, String> WORDS = Map.of(Status.PASS, "Passed", Status.FAIL, "Failed",
            Status.WAIVED, "Waived", Status.NOT_APPLICABLE, "Not applicable", Status.ERROR, "Could not check");


    /** The style sheet's content. */
    public static byte[] css() {
        try (java.io.InputStream in = HtmlReport.class.getResourceAsStream(CSS_FILE)) {
            return java.util.Objects.requireNonNull(in, CSS_FILE + " is missing from aibom's jar").readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole report in memory, for tests and callers that want the bytes; {@link #write} streams the same. */
    public static byte[] render(EvaluationResult result, ReportHeader header) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            new HtmlReport().write(result, header, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void render(Out html, EvaluationResult result, ReportHeader header) {
        EvaluationResult.Outcome outcome = result.outcome();
        String title = header.review() ? "AI-BOM supplier review" : "AI-BOM control report";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append(": ").append(esc(header.systemLabel())).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(CSS_FILE).append("\">\n</head>\n<body>\n");
        html.append("<header><h1>").append(title).append("</h1>\n<p class=\"sub\">")
                .append(esc(header.systemLabel())).append(" &middot; judged against the ISO/IEC 42001 Annex A")
                .append(" supply-chain controls</p></header>\n<main>\n");
        facts(html, result, header);
        html.append("<section class=\"verdict ").append(outcome.name().toLowerCase(Locale.ROOT)).append("\"><strong>")
                .append(esc(verdict(result))).append("</strong></section>\n");
        cards(html, result);
        header.declarations().ifPresent(declarations -> declarations(html, declarations, header));
        chart(html, result);
        attention(html, result);
        coverage(html, result);
        components(html, result);
        completeness(html, result.completeness());
        html.append("<footer>BOM: ").append(esc(result.bom())).append(" &middot; policy: ").append(esc(result.policy()))
                .append(" &middot; fails on: ").append(esc(result.failOn().value())).append("</footer>\n")
                .append("</main>\n</body>\n</html>\n");
    }

    /** Who and what: the context a reviewer needs before any finding. */
    private static void facts(Out html, EvaluationResult result, ReportHeader header) {
        html.append("<dl class=\"facts\">\n");
        if (header.review()) {
            fact(html, "Supplier", header.supplier().isEmpty() ? "not named in the BOM"
                    : header.supplier() + (header.supplierStatus().isEmpty() ? "" : " \u2014 "
                    + header.supplierStatus()));
        } else if (!header.supplier().isEmpty()) {
            fact(html, "Supplier", header.supplier());
        }
        fact(html, "System", header.system().isEmpty() ? "not named in the BOM" : header.systemLabel());
        fact(html, "Contents", header.models() + header.datasets() + header.services() == 0
                ? "no AI components (no model, dataset or service)" : header.contents());
        fact(html, "BOM", header.bomFile() + " (CycloneDX " + header.specVersion() + ")");
        fact(html, "Serial number", header.serialNumber().isEmpty() ? "none" : header.serialNumber());
        fact(html, "BOM timestamp", header.timestamp().isEmpty() ? "none" : header.timestamp());
        fact(html, header.review() ? "Reviewed on" : "Checked on", header.date() + " with the "
                + result.policy());
        SignatureVerdict signature = header.signature();
        html.append("<dt>Signature</dt><dd class=\"sig-").append(signature.state().name().toLowerCase(Locale.ROOT)
                .replace('_', '-')).append("\">").append(esc(signature.line())).append("</dd>\n");
        if (header.review()) {
            fact(html, "Signed by", signedBy(signature));
        }
        html.append("</dl>\n");
    }

    /** Who signed, in a review: only a valid signature by a registered key names a supplier. */
    private static String signedBy(SignatureVerdict signature) {
        return switch (signature.state()) {
            case UNSIGNED -> "nobody: the BOM is not signed";
            case INVALID -> "nobody: the signature is INVALID, so it proves nothing about who made the BOM";
            case NOT_CHECKED -> "not checked";
            default -> signature.signer().map(by -> by + ", with a key the supplier register lists for it")
                    .orElse("a key the supplier register does not list");
        };
    }

    private static void fact(Out html, String term, String value) {
        html.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    /** The verdict without hedging: what failed it, counted. */
    static String verdict(EvaluationResult result) {
        long violations = result.findings().stream().filter(f -> f.status() == Status.FAIL
                && result.failOn().fails(f.severity())).count();
        long unevaluated = result.counts().get(Status.ERROR);
        String level = result.failOn().value();
        return switch (result.outcome()) {
            case PASS -> "Passed: no violation reaches the failure level (" + level + ").";
            case UNSTABLE -> {
                long warnings = result.findings().stream().filter(f -> f.status() == Status.FAIL
                        && result.unstableOn().map(u -> f.severity().atLeast(u)).orElse(false)).count();
                yield "Unstable: " + plural(warnings, "violation") + " reach" + (warnings == 1 ? "es" : "")
                        + " the warning level (" + result.unstableOn().map(Severity::value).orElse("") + "); none"
                        + " reaches the failure level (" + level + ").";
            }
            case FAIL -> {
                List<String> parts = new ArrayList<>();
                if (violations > 0) {
                    parts.add(plural(violations, "violation") + " reach" + (violations == 1 ? "es" : "")
                            + " the failure level (" + level + ")");
                }
                if (unevaluated > 0) {
                    parts.add(plural(unevaluated, "check") + " could not be evaluated, and a check that could"
                            + " not be evaluated never passes");
                }
                yield "Failed: " + String.join("; ", parts) + ".";
            }
        };
    }

    /** "model 'x'", or "the whole BOM" for findings about the BOM itself. */
    private static String part(Finding finding) {
        if (finding.kind().equals("bom") || finding.name().isEmpty()) {
            return "the whole BOM";
        }
        return finding.kind() + " " + finding.name();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The numbers, each saying what it counts. */
    private static void cards(Out html, EvaluationResult result) {
        var counts = result.counts();
        int checks = result.findings().size();
        html.append("<section class=\"cards\">\n");
        html.append("<div class=\"card\"><div class=\"num\">").append(result.controls().size())
                .append("</div><div>controls evaluated</div></div>\n");
        for (Status status : ORDER) {
            html.append("<div class=\"card s-").append(status.value()).append("\"><div class=\"num\">")
                    .append(counts.get(status)).append("</div><div>").append(cardLabel(status)).append("</div></div>\n");
        }
        html.append("<div class=\"card\"><div class=\"num\">").append(result.completeness().percent())
                .append("%</div><div>completeness</div></div>\n</section>\n");
        html.append("<p class=\"explain\">A <em>control</em> is one requirement (for example &ldquo;every model")
                .append(" names its supplier&rdquo;), mapped to ISO/IEC 42001 Annex A. Each control is checked on")
                .append(" every part of the system it applies to: ").append(result.controls().size())
                .append(" controls gave ").append(checks).append(" checks. <em>Completeness</em> is the share of")
                .append(" the facts these checks need that the bill of materials records.</p>\n");
    }

    private static String cardLabel(Status status) {
        return switch (status) {
            case PASS -> "checks passed";
            case FAIL -> "checks failed";
            case WAIVED -> "failures waived";
            case NOT_APPLICABLE -> "checks not applicable";
            case ERROR -> "checks not evaluated";
        };
    }

    private static void chart(Out html, EvaluationResult result) {
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

    private static void attention(Out html, EvaluationResult result) {
        List<Finding> attention = ConsoleReport.attention(result);
        html.append("<section><h2>Needs attention</h2>\n");
        if (attention.isEmpty()) {
            html.append("<p>Nothing: every applicable check passed.</p></section>\n");
            return;
        }
        html.append("<table class=\"rows\"><thead><tr><th>Result</th><th>Control</th><th>Part</th>")
                .append("<th>What is wrong</th><th>What to do</th></tr></thead><tbody>\n");
        for (Finding finding : attention) {
            ControlMetadata control = result.control(finding.control()).orElse(null);
            html.append("<tr><td data-label=\"Result\">").append(badge(finding.status())).append(" <span")
                    .append(" class=\"muted\">").append(esc(finding.severity().value())).append("</span></td>")
                    .append("<td data-label=\"Control\">").append(esc(control == null ? finding.control()
                            : control.title())).append("<br><span class=\"muted\"><code>")
                    .append(esc(finding.control())).append("</code> ").append(esc(String.join(", ",
                            finding.annexA()))).append("</span></td><td data-label=\"Part\">")
                    .append(esc(part(finding)))
                    .append("</td><td data-label=\"What is wrong\">").append(esc(finding.message()));
            if (finding.status() == Status.WAIVED) {
                html.append("<br><span class=\"muted\">Waived ").append(esc(finding.waiver())).append("</span>");
            }
            if (!finding.evidence().isEmpty()) {
                html.append("<br><span class=\"muted\">Where in the BOM: <code>").append(esc(finding.evidence()))
                        .append("</code></span>");
            }
            html.append("</td><td data-label=\"What to do\">").append(esc(finding.status() == Status.ERROR
                    ? "Find out why the check could not run (the message says), fix that and run it again."
                    : control == null ? "" : control.whatToDo())).append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private static void coverage(Out html, EvaluationResult result) {
        Map<String, List<Finding>> byAnnex = new TreeMap<>(AnnexA::compareIds);
        Map<String, TreeSet<String>> controls = new TreeMap<>(AnnexA::compareIds);
        for (Finding finding : result.findings()) {
            for (String annex : finding.annexA()) {
                byAnnex.computeIfAbsent(annex, k -> new ArrayList<>()).add(finding);
                controls.computeIfAbsent(annex, k -> new TreeSet<>()).add(finding.control());
            }
        }
        html.append("<section><h2>ISO/IEC 42001 Annex A coverage</h2>\n<table class=\"rows\"><thead><tr><th>Annex A control</th>")
                .append("<th>Checked by the controls</th><th>Passed</th><th>Failed</th><th>Waived</th>")
                .append("<th>Not applicable</th></tr></thead><tbody>\n");
        for (Map.Entry<String, List<Finding>> entry : byAnnex.entrySet()) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            entry.getValue().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
            html.append("<tr><td data-label=\"Annex A\"><strong>").append(esc(entry.getKey())).append("</strong> ")
                    .append(esc(AnnexA.entry(entry.getKey()).map(AnnexA.Entry::title).orElse(""))).append("</td><td data-label=\"Checked by\">");
            List<String> names = new ArrayList<>();
            for (String id : controls.get(entry.getKey())) {
                ControlMetadata definition = result.control(id).orElse(null);
                names.add("<code>" + esc(id) + "</code>" + (definition == null ? "" : " " + esc(definition.title())));
            }
            html.append(String.join("<br>", names)).append("</td><td class=\"n\" data-label=\"Passed\">")
                    .append(counts.getOrDefault(Status.PASS, 0)).append("</td><td class=\"n\" data-label=\"Failed\">")
                    .append(counts.getOrDefault(Status.FAIL, 0) + counts.getOrDefault(Status.ERROR, 0))
                    .append("</td><td class=\"n\" data-label=\"Waived\">").append(counts.getOrDefault(Status.WAIVED, 0))
                    .append("</td><td class=\"n\" data-label=\"Not applicable\">")
                    .append(counts.getOrDefault(Status.NOT_APPLICABLE, 0))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    /** Parts listed one by one in "Every part of the system"; beyond that, only parts with something to look at. */
    static final int MAX_PARTS = 1000;

    private static void components(Out html, EvaluationResult result) {
        Map<String, List<Finding>> byComponent = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            String key = finding.kind() + " " + (finding.name().isEmpty() ? "(whole BOM)" : finding.name());
            byComponent.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
        }
        html.append("<section><h2>Every part of the system</h2>\n");
        // a page for people: beyond MAX_PARTS parts, those where every control passed are counted, not listed
        // (the JSON report lists every finding)
        boolean large = byComponent.size() > MAX_PARTS;
        int clean = 0;
        for (Map.Entry<String, List<Finding>> entry : byComponent.entrySet()) {
            long bad = entry.getValue().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.ERROR)
                    .count();
            if (large && entry.getValue().stream().allMatch(f -> f.status() == Status.PASS
                    || f.status() == Status.NOT_APPLICABLE)) {
                clean++;
                continue;
            }
            html.append("<details").append(bad > 0 ? " open" : "").append("><summary><strong>")
                    .append(esc(entry.getKey())).append("</strong> &mdash; ")
                    .append(bad == 0 ? "no problems" : bad + " problem" + (bad == 1 ? "" : "s"))
                    .append("</summary>\n<table class=\"rows\"><tbody>\n");
            for (Finding finding : entry.getValue()) {
                html.append("<tr><td data-label=\"Result\">").append(badge(finding.status()))
                        .append("</td><td data-label=\"Control\"><code>").append(esc(finding.control()))
                        .append("</code><br><span class=\"muted\">").append(esc(String.join(", ", finding.annexA())))
                        .append("</span></td><td data-label=\"Finding\">").append(esc(finding.message()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody></table></details>\n");
        }
        if (clean > 0) {
            html.append("<p>").append(clean).append(" more part").append(clean == 1 ? "" : "s").append(" where every")
                    .append(" control passed or did not apply are not listed here (the BOM has ")
                    .append(byComponent.size()).append(" parts); aibom-report.json lists every finding.</p>\n");
        }
        html.append("</section>\n");
    }

    private static void completeness(Out html, Completeness completeness) {
        html.append("<section><h2>What the bill of materials records</h2>\n<p>").append(completeness.present())
                .append(" of ").append(completeness.expected()).append(" expected facts are recorded (")
                .append(completeness.percent()).append("%).</p>\n<table class=\"rows\"><thead><tr><th>Part</th>")
                .append("<th>Recorded</th>")
                .append("<th>Missing</th></tr></thead><tbody>\n");
        for (Completeness.Entry entry : completeness.components()) {
            html.append("<tr><td data-label=\"Part\">").append(esc(entry.kind() + " " + entry.name()))
                    .append("</td><td class=\"n\" data-label=\"Recorded\">").append(entry.present()).append(" / ")
                    .append(entry.expected()).append("</td><td data-label=\"Missing\">")
                    .append(entry.missing().isEmpty() ? "&mdash;" : esc(String.join(", ", entry.missing())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private static String badge(Status status) {
        return "<span class=\"badge s-" + status.value() + "\">" + WORDS.get(status) + "</span>";
    }

    /**
     * What the BOM's declarations attest: requirement by requirement, with the claims and evidence behind each, and
     * who affirmed it. In a review these are the supplier's claims, bound to the supplier only by the signature.
     */
    private static void declarations(Out html, DeclarationSummary declarations,
                                     ReportHeader header) {
        html.append("<section><h2>").append(header.review() ? "What the supplier declares" : "What the BOM declares")
                .append("</h2>\n<p>").append(esc(declarations.line())).append(".");
        if (header.review()) {
            html.append(" These are the supplier's claims: the signature above says whether they are bound to the"
                    + " supplier.");
        } else {
            html.append(" The BOM's signature covers them.");
        }
        html.append("</p>\n");
        declarations.affirmation().ifPresent(affirmation -> html.append("<blockquote>").append(esc(
                affirmation.statement())).append("</blockquote>\n"));
        for (DeclarationSummary.Attestation attestation : declarations.attestations()) {
            if (!attestation.summary().isEmpty()) {
                html.append("<p>").append(esc(attestation.summary())).append("</p>\n");
            }
            html.append("<table class=\"rows\"><thead><tr><th>Requirement</th><th>Conformance</th><th>Claims</th>")
                    .append("<th>Rationale</th></tr></thead><tbody>\n");
            for (DeclarationSummary.RequirementResult requirement : attestation.requirements()) {
                html.append("<tr><td data-label=\"Requirement\"><strong>").append(esc(requirement.identifier()))
                        .append("</strong> ").append(esc(requirement.title())).append("</td><td data-label=")
                        .append("\"Conformance\">").append(requirement.score().map(score -> Math.round(score * 100)
                                + "%").orElse("not stated")).append("</td><td data-label=\"Claims\">")
                        .append(requirement.claims()).append(" hold").append(requirement.counterClaims() > 0 ? ", "
                                + requirement.counterClaims() + " do not" : "").append("</td><td data-label=")
                        .append("\"Rationale\">").append(esc(requirement.rationale())).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append("</section>\n");
    }

    private static String esc(String text) {
        return Html.escape(text);
    }
}
