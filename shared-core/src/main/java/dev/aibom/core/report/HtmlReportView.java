package dev.aibom.core.report;

import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Family;
import dev.aibom.control.Finding;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.core.bom.DeclarationSummary;
import dev.aibom.core.control.Completeness;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FindingLog;
import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.declare.AnnexA;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the HTML report shows, worked out (the verdict in words, the chart's geometry, what needs attention, Annex A
 * coverage, every part and what the BOM records), for the template {@code aibom-report.html.mustache} to lay out. The
 * template holds the markup and no logic; this class holds the logic and no markup, and is tested on its own. Text is
 * given raw: the template escapes it.
 */
public final class HtmlReportView {
    /** Parts listed one by one in "Every part of the system"; beyond that, only parts with something to look at. */
    static final int MAX_PARTS = 1000;
    static final Status[] ORDER = {Status.FAIL, Status.ERROR, Status.WAIVED, Status.PASS, Status.NOT_APPLICABLE};
    private static final Map<Status, String> COLOURS = Map.of(Status.PASS, "#2e7d32", Status.FAIL, "#c62828",
            Status.WAIVED, "#ef6c00", Status.NOT_APPLICABLE, "#9e9e9e", Status.ERROR, "#6a1b9a");
    private static final Map<Status, String> WORDS = Map.of(Status.PASS, "Passed", Status.FAIL, "Failed",
            Status.WAIVED, "Waived", Status.NOT_APPLICABLE, "Not applicable", Status.ERROR, "Could not check");

    /** One fact of "who and what"; {@code cssClass} null but for the signature. */
    public record Fact(String term, String value, String cssClass) {
    }

    public record Card(String status, int count, String label) {
    }

    public record Requirement(String identifier, String title, String conformance, String claims, String rationale) {
    }

    public record Attestation(boolean hasSummary, String summary, List<Requirement> requirements) {
    }

    public record Affirmation(String statement) {
    }

    public record Declarations(String heading, String line, String binding, Affirmation affirmation,
                               List<Attestation> attestations) {
    }

    public record Bar(String x, int y, String width, String colour, String title, int count) {
    }

    public record ChartRow(String label, int textY, List<Bar> bars, String totalX, int total) {
    }

    public record LegendEntry(int x, int boxY, int textX, int textY, String colour, String word) {
    }

    public record Chart(int width, int height, List<ChartRow> rows, List<LegendEntry> legend) {
    }

    /** A finding that needs attention; {@code waiver} and {@code evidence} null when there is none. */
    public record AttentionRow(String status, String word, String severity, String control, String id, String annexA,
                               String part, String message, String waiver, String evidence, String todo) {
    }

    public record CoveredBy(boolean first, String id, String title) {
    }

    public record CoverageRow(String id, String title, List<CoveredBy> controls, int passed, int failed, int waived,
                              int notApplicable) {
    }

    public record PartFinding(String status, String word, String id, String annexA, String message) {
    }

    public record Part(String name, boolean open, String problems, List<PartFinding> findings) {
    }

    /** {@code missing} null when nothing is. */
    public record CompletenessRow(String part, int present, int expected, String missing) {
    }

    public record CompletenessView(int present, int expected, int percent, List<CompletenessRow> entries) {
    }

    private final EvaluationResult result;
    private final ReportHeader header;

    HtmlReportView(EvaluationResult result, ReportHeader header) {
        this.result = result;
        this.header = header;
    }

    public String title() {
        return header.review() ? "AI-BOM supplier review" : "AI-BOM control report";
    }

    public String css() {
        return HtmlReport.CSS_FILE;
    }

    public String system() {
        return header.systemLabel();
    }

    /** Who and what: the context a reviewer needs before any finding. */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        if (header.review()) {
            facts.add(fact("Supplier", header.supplier().isEmpty() ? "not named in the BOM"
                    : header.supplier() + (header.supplierStatus().isEmpty() ? "" : " \u2014 "
                    + header.supplierStatus())));
        } else if (!header.supplier().isEmpty()) {
            facts.add(fact("Supplier", header.supplier()));
        }
        facts.add(fact("System", header.system().isEmpty() ? "not named in the BOM" : header.systemLabel()));
        facts.add(fact("Contents", header.models() + header.datasets() + header.services() == 0
                ? "no AI components (no model, dataset or service)" : header.contents()));
        facts.add(fact("BOM", header.bomFile() + " (CycloneDX " + header.specVersion() + ")"));
        facts.add(fact("Serial number", header.serialNumber().isEmpty() ? "none" : header.serialNumber()));
        facts.add(fact("BOM timestamp", header.timestamp().isEmpty() ? "none" : header.timestamp()));
        facts.add(fact(header.review() ? "Reviewed on" : "Checked on", header.date() + " with the "
                + result.policy()));
        SignatureVerdict signature = header.signature();
        facts.add(new Fact("Signature", signature.line(), "sig-" + signature.state().name()
                .toLowerCase(Locale.ROOT).replace('_', '-')));
        if (header.review()) {
            facts.add(fact("Signed by", signedBy(signature)));
        }
        return facts;
    }

    private static Fact fact(String term, String value) {
        return new Fact(term, value, null);
    }

    /** Who signed, in a review: only a valid signature by a registered key names a supplier. */
    static String signedBy(SignatureVerdict signature) {
        return switch (signature.state()) {
            case UNSIGNED -> "nobody: the BOM is not signed";
            case INVALID -> "nobody: the signature is INVALID, so it proves nothing about who made the BOM";
            case NOT_CHECKED -> "not checked";
            default -> signature.signer().map(by -> by + ", with a key the supplier register lists for it")
                    .orElse("a key the supplier register does not list");
        };
    }

    public String outcome() {
        return result.outcome().name().toLowerCase(Locale.ROOT);
    }

    public String verdict() {
        return verdict(result);
    }

    /** The verdict without hedging: what failed it, counted (the Markdown summary says it too). */
    static String verdict(EvaluationResult result) {
        long violations = result.violations(result.failOn()::fails);
        long unevaluated = result.counts().get(Status.ERROR);
        String level = result.failOn().value();
        return switch (result.outcome()) {
            case PASS -> "Passed: no violation reaches the failure level (" + level + ").";
            case UNSTABLE -> {
                long warnings = result.violations(s -> result.unstableOn().map(s::atLeast).orElse(false));
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

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public int controls() {
        return result.controls().size();
    }

    public int checks() {
        return result.findings().size();
    }

    public int percent() {
        return result.completeness().percent();
    }

    /** The numbers, each saying what it counts. */
    public List<Card> cards() {
        List<Card> cards = new ArrayList<>();
        for (Status status : ORDER) {
            cards.add(new Card(status.value(), result.counts().get(status), switch (status) {
                case PASS -> "checks passed";
                case FAIL -> "checks failed";
                case WAIVED -> "failures waived";
                case NOT_APPLICABLE -> "checks not applicable";
                case ERROR -> "checks not evaluated";
            }));
        }
        return cards;
    }

    /**
     * What the BOM's declarations attest, requirement by requirement, and who affirmed it (null without any). In a
     * review these are the supplier's claims, bound to the supplier only by the signature.
     */
    public Declarations declarations() {
        return header.declarations().map(this::declarations).orElse(null);
    }

    private Declarations declarations(DeclarationSummary declarations) {
        List<Attestation> attestations = new ArrayList<>();
        for (DeclarationSummary.Attestation attestation : declarations.attestations()) {
            List<Requirement> requirements = new ArrayList<>();
            for (DeclarationSummary.RequirementResult requirement : attestation.requirements()) {
                requirements.add(new Requirement(requirement.identifier(), requirement.title(),
                        requirement.score().map(score -> Math.round(score * 100) + "%").orElse("not stated"),
                        requirement.claims() + " hold" + (requirement.counterClaims() > 0 ? ", "
                                + requirement.counterClaims() + " do not" : ""), requirement.rationale()));
            }
            attestations.add(new Attestation(!attestation.summary().isEmpty(), attestation.summary(), requirements));
        }
        return new Declarations(header.review() ? "What the supplier declares" : "What the BOM declares",
                declarations.line(), header.review() ? " These are the supplier's claims: the signature above says"
                + " whether they are bound to the supplier." : " The BOM's signature covers them.",
                declarations.affirmation().map(a -> new Affirmation(a.statement())).orElse(null), attestations);
    }

    /** Results by control family, as bars of an SVG chart. */
    public Chart chart() {
        Map<Family, Map<Status, Integer>> byFamily = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            byFamily.put(family, new EnumMap<>(Status.class));
        }
        result.tally().groups().forEach(g -> byFamily.get(g.family()).merge(g.status(), g.count(), Integer::sum));
        int max = byFamily.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int rowHeight = 34;
        int labelWidth = 190;
        int barWidth = 600;
        List<ChartRow> rows = new ArrayList<>();
        int y = 10;
        for (Family family : Family.values()) {
            Map<Status, Integer> statusCounts = byFamily.get(family);
            List<Bar> bars = new ArrayList<>();
            double x = labelWidth;
            int total = 0;
            for (Status status : ORDER) {
                int count = statusCounts.getOrDefault(status, 0);
                if (count == 0) {
                    continue;
                }
                double width = Math.max(1, (double) count / Math.max(1, max) * barWidth);
                bars.add(new Bar(decimal(x), y, decimal(width), COLOURS.get(status), family.title() + " "
                        + WORDS.get(status).toLowerCase(Locale.ROOT), count));
                x += width;
                total += count;
            }
            rows.add(new ChartRow(family.title(), y + 18, bars, decimal(x + 6), total));
            y += rowHeight;
        }
        List<LegendEntry> legend = new ArrayList<>();
        int legendX = labelWidth;
        for (Status status : ORDER) {
            legend.add(new LegendEntry(legendX, y + 4, legendX + 16, y + 15, COLOURS.get(status), WORDS.get(status)));
            legendX += 140;
        }
        return new Chart(labelWidth + barWidth + 120, Family.values().length * rowHeight + 40, rows, legend);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private List<AttentionRow> attention;

    /** The findings that need attention, each with what is wrong and what to do (worked out once). */
    public List<AttentionRow> attention() {
        if (attention == null) {
            attention = attentionRows();
        }
        return attention;
    }

    private List<AttentionRow> attentionRows() {
        List<AttentionRow> rows = new ArrayList<>();
        for (Finding finding : ConsoleReport.attention(result)) {
            ControlMetadata control = result.control(finding.control()).orElse(null);
            rows.add(new AttentionRow(finding.status().value(), WORDS.get(finding.status()),
                    finding.severity().value(), control == null ? finding.control() : control.title(),
                    finding.control(), String.join(", ", finding.annexA()), part(finding), finding.message(),
                    finding.status() == Status.WAIVED ? finding.waiver() : null,
                    finding.evidence().isEmpty() ? null : finding.evidence(), finding.status() == Status.ERROR
                    ? "Find out why the check could not run (the message says), fix that and run it again."
                    : control == null ? "" : control.whatToDo()));
        }
        return rows;
    }

    public boolean hasAttention() {
        return !attention().isEmpty();
    }

    /** "model 'x'", or "the whole BOM" for findings about the BOM itself. */
    private static String part(Finding finding) {
        if (finding.kind().equals("bom") || finding.name().isEmpty()) {
            return "the whole BOM";
        }
        return finding.kind() + " " + finding.name();
    }

    /** Per Annex A control: which controls check it and how they came out. */
    public List<CoverageRow> coverage() {
        // from the result's tally (the findings are not read again): counted by hashing, then sorted once
        Map<String, Map<Status, Integer>> counted = new HashMap<>();
        Map<String, TreeSet<String>> controls = new HashMap<>();
        for (FindingLog.Tally.Group group : result.tally().groups()) {
            for (String annex : group.annexA()) {
                counted.computeIfAbsent(annex, k -> new EnumMap<>(Status.class)).merge(group.status(),
                        group.count(), Integer::sum);
                controls.computeIfAbsent(annex, k -> new TreeSet<>()).add(group.control());
            }
        }
        Map<String, Map<Status, Integer>> byAnnex = new TreeMap<>(AnnexA::compareIds);
        byAnnex.putAll(counted);
        List<CoverageRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Status, Integer>> entry : byAnnex.entrySet()) {
            Map<Status, Integer> counts = entry.getValue();
            List<CoveredBy> by = new ArrayList<>();
            for (String id : controls.get(entry.getKey())) {
                by.add(new CoveredBy(by.isEmpty(), id, result.control(id).map(ControlMetadata::title).orElse(null)));
            }
            rows.add(new CoverageRow(entry.getKey(), AnnexA.entry(entry.getKey()).map(AnnexA.Entry::title)
                    .orElse(""), by, counts.getOrDefault(Status.PASS, 0), counts.getOrDefault(Status.FAIL, 0)
                    + counts.getOrDefault(Status.ERROR, 0), counts.getOrDefault(Status.WAIVED, 0),
                    counts.getOrDefault(Status.NOT_APPLICABLE, 0)));
        }
        return rows;
    }

    /**
     * The parts listed, each with its findings, in the order the findings first name them: every part up to {@link
     * #MAX_PARTS} parts; beyond, a page for people lists only the parts with something to look at (a violation, a
     * check that could not run, a waiver: found from the result's problems alone), each with all its findings; the
     * JSON report lists every finding. Only the listed parts' findings are held.
     */
    private Map<String, List<Finding>> listed;

    private Map<String, List<Finding>> listed() {
        if (listed == null) {
            listed = new LinkedHashMap<>();
            java.util.Set<String> keep = null;
            if (result.tally().parts() > MAX_PARTS) {
                keep = new java.util.HashSet<>();
                for (Finding problem : result.problems()) {
                    keep.add(partKey(problem));
                }
            }
            for (Finding finding : result.findings()) {
                String part = partKey(finding);
                if (keep == null || keep.contains(part)) {
                    listed.computeIfAbsent(part, k -> new ArrayList<>()).add(finding);
                }
            }
        }
        return listed;
    }

    private static String partKey(Finding finding) {
        return finding.kind() + " " + (finding.name().isEmpty() ? "(whole BOM)" : finding.name());
    }

    /** Every listed part of the system with its findings, made one part at a time as the template writes them. */
    public Iterable<Part> parts() {
        return () -> listed().entrySet().stream().map(entry -> {
            long bad = entry.getValue().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.ERROR)
                    .count();
            List<PartFinding> findings = entry.getValue().stream().map(f -> new PartFinding(f.status().value(),
                    WORDS.get(f.status()), f.control(), String.join(", ", f.annexA()), f.message())).toList();
            return new Part(entry.getKey(), bad > 0, bad == 0 ? "no problems" : bad + " problem"
                    + (bad == 1 ? "" : "s"), findings);
        }).iterator();
    }

    /** The sentence on the parts not listed, or null when every part is. */
    public String unlisted() {
        int parts = result.tally().parts();
        long clean = parts <= MAX_PARTS ? 0 : parts - listed().size();
        return clean == 0 ? null : clean + " more part" + (clean == 1 ? "" : "s") + " where every control passed or"
                + " did not apply are not listed here (the BOM has " + parts + " parts);"
                + " aibom-report.json lists every finding.";
    }

    /** What the BOM records of what the checks need. */
    public CompletenessView completeness() {
        Completeness completeness = result.completeness();
        List<CompletenessRow> rows = new ArrayList<>();
        for (Completeness.Entry entry : completeness.components()) {
            rows.add(new CompletenessRow(entry.kind() + " " + entry.name(), entry.present(), entry.expected(),
                    entry.missing().isEmpty() ? null : String.join(", ", entry.missing())));
        }
        return new CompletenessView(completeness.present(), completeness.expected(), completeness.percent(), rows);
    }

    public String bom() {
        return result.bom();
    }

    public String policy() {
        return result.policy();
    }

    public String failOn() {
        return result.failOn().value();
    }
}
