package dev.aibom.core.report;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.Status;

import java.nio.charset.StandardCharsets;

/**
 * JUnit XML, so CI servers show the controls natively: one test case per control and component
 * ({@code classname} = {@code aibom.<family>.<control>}, {@code name} = the component); violations are failures,
 * controls that could not be evaluated are errors, waived and not-applicable ones are skipped.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static byte[] render(EvaluationResult result) {
        var counts = result.counts();
        int skipped = counts.get(Status.WAIVED) + counts.get(Status.NOT_APPLICABLE);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"aibom controls\" tests=\"").append(result.findings().size())
                .append("\" failures=\"").append(counts.get(Status.FAIL)).append("\" errors=\"")
                .append(counts.get(Status.ERROR)).append("\" skipped=\"").append(skipped).append("\">\n");
        xml.append("  <properties>\n");
        property(xml, "bom", result.bom());
        property(xml, "policy", result.policy());
        property(xml, "completeness", result.completeness().percent() + "%");
        xml.append("  </properties>\n");
        for (Finding finding : result.findings()) {
            xml.append("  <testcase classname=\"aibom.").append(finding.family().value()).append('.')
                    .append(Html.escape(finding.control())).append("\" name=\"")
                    .append(Html.escape(testName(finding))).append("\">");
            String detail = Html.escape(finding.line() + (finding.evidence().isEmpty() ? ""
                    : "\nevidence: " + finding.evidence()));
            switch (finding.status()) {
                case FAIL -> xml.append("\n    <failure type=\"").append(finding.severity().value())
                        .append("\" message=\"").append(Html.escape(finding.message())).append("\">")
                        .append(detail).append("</failure>\n  ");
                case ERROR -> xml.append("\n    <error message=\"").append(Html.escape(finding.message()))
                        .append("\">").append(detail).append("</error>\n  ");
                case WAIVED, NOT_APPLICABLE -> xml.append("\n    <skipped message=\"")
                        .append(Html.escape(finding.status().value() + ": " + (finding.status() == Status.WAIVED
                                ? finding.waiver() : finding.message()))).append("\"/>\n  ");
                default -> { }
            }
            xml.append("</testcase>\n");
        }
        xml.append("</testsuite>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String testName(Finding finding) {
        return finding.kind() + " " + (finding.name().isEmpty() ? "(BOM)" : finding.name());
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("    <property name=\"").append(name).append("\" value=\"").append(Html.escape(value))
                .append("\"/>\n");
    }
}
