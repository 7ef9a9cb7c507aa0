package dev.aibom.core.report;

import com.google.auto.service.AutoService;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.control.Status;

import dev.aibom.core.Text;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, so CI servers show the controls natively: one test case per control and component
 * ({@code classname} = {@code aibom.<family>.<control>}, {@code name} = the component); violations are failures,
 * controls that could not be evaluated are errors, waived and not-applicable ones are skipped.
 */
@AutoService(ReportFormat.class)
public final class JUnitReport implements ReportFormat {
    /** The file it writes. */
    public static final String FILE = "TEST-aibom-controls.xml";

    private static final Metadata METADATA = new Metadata("junit", FILE,
            "JUnit XML, one test case per control and component, for CI test views", true);

    /** For {@link java.util.ServiceLoader}. */
    public JUnitReport() {
    }

    @Override
    public Metadata metadata() {
        return METADATA;
    }

    @Override
    public void write(EvaluationResult result, ReportHeader header, java.io.OutputStream out) throws java.io.IOException {
        stream(result, out);
    }


    /** The report as bytes (tests, callers that need it in memory). */
    public static byte[] render(EvaluationResult result) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            stream(result, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Streams the XML with the JDK's own StAX writer ({@link XMLOutputFactory#newDefaultFactory()}: never one the
     * thread's context class loader finds), which escapes text and attributes; texts are already printable
     * ({@link Text#printable}), so nothing outside XML 1.0 reaches it.
     */
    private static void stream(EvaluationResult result, java.io.OutputStream out) throws java.io.IOException {
        var counts = result.counts();
        int skipped = counts.get(Status.WAIVED) + counts.get(Status.NOT_APPLICABLE);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "aibom controls");
            xml.writeAttribute("tests", String.valueOf(result.findings().size()));
            xml.writeAttribute("failures", String.valueOf(counts.get(Status.FAIL)));
            xml.writeAttribute("errors", String.valueOf(counts.get(Status.ERROR)));
            xml.writeAttribute("skipped", String.valueOf(skipped));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "bom", result.bom());
            property(xml, "policy", result.policy());
            property(xml, "completeness", result.completeness().percent() + "%");
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (Finding finding : result.findings()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "aibom." + finding.family().value() + "." + finding.control());
                xml.writeAttribute("name", testName(finding));
                String detail = finding.line() + (finding.evidence().isEmpty() ? ""
                        : "\nevidence: " + finding.evidence());
                switch (finding.status()) {
                    case FAIL -> {
                        xml.writeCharacters("\n    ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("type", finding.severity().value());
                        xml.writeAttribute("message", finding.message());
                        xml.writeCharacters(detail);
                        xml.writeEndElement();
                        xml.writeCharacters("\n  ");
                    }
                    case ERROR -> {
                        xml.writeCharacters("\n    ");
                        xml.writeStartElement("error");
                        xml.writeAttribute("message", finding.message());
                        xml.writeCharacters(detail);
                        xml.writeEndElement();
                        xml.writeCharacters("\n  ");
                    }
                    case WAIVED, NOT_APPLICABLE -> {
                        xml.writeCharacters("\n    ");
                        xml.writeEmptyElement("skipped");
                        xml.writeAttribute("message", finding.status().value() + ": "
                                + (finding.status() == Status.WAIVED ? finding.waiver() : finding.message()));
                        xml.writeCharacters("\n  ");
                    }
                    default -> { }
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new java.io.IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static String testName(Finding finding) {
        return finding.kind() + " " + (finding.name().isEmpty() ? "(BOM)" : finding.name());
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", Text.printable(value));
    }
}
