package dev.aibom.core.bom;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The XML form of a BOM. cyclonedx-core-java 12.2.0 writes ML-BOM XML the 1.6 XSD rejects: model-card dataset refs
 * wrapped in an extra {@code <dataset>}, data governance parties as {@code <owners><owners>} with empty
 * {@code <organization/>}/{@code <contact/>} siblings and {@code <contact>} where the XSD says {@code <individual>}. {@link #repair} fixes exactly those; {@link #validate} checks
 * against the specification's XSD (the bundled one wrongly allows one technical limitation only).
 */
final class XmlBoms {
    static final String NAMESPACE = "http://cyclonedx.org/schema/bom/1.6";
    private static final Map<String, String> GOVERNANCE_ITEMS = Map.of(
            "custodians", "custodian", "stewards", "steward", "owners", "owner");
    private static final Schema SCHEMA = loadSchema();

    private XmlBoms() {
    }

    static byte[] repair(byte[] xml) {
        try {
            Document document = parse(xml);
            repairDatasetRefs(document);
            repairGovernance(document);
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            removeWhitespaceText(document.getDocumentElement());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n")
                    .replace("?><bom", "?>\n<bom").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (TransformerException | IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot post-process the XML BOM: " + e.getMessage(), e);
        }
    }

    /** XSD errors, one line each; empty when valid. */
    static List<String> validate(byte[] xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    // <datasets><dataset><ref>x</ref></dataset></datasets> -> <datasets><ref>x</ref></datasets>
    private static void repairDatasetRefs(Document document) {
        NodeList datasetsLists = document.getElementsByTagNameNS(NAMESPACE, "datasets");
        for (int i = 0; i < datasetsLists.getLength(); i++) {
            Element datasets = (Element) datasetsLists.item(i);
            for (Element dataset : children(datasets, "dataset")) {
                List<Element> inner = children(dataset, null);
                if (inner.size() == 1 && inner.get(0).getLocalName().equals("ref")) {
                    datasets.replaceChild(inner.get(0), dataset);
                }
            }
        }
    }

    // <owners><owners><organization>..</organization><contact/></owners></owners> -> <owners><owner><organization>..
    private static void repairGovernance(Document document) {
        NodeList governances = document.getElementsByTagNameNS(NAMESPACE, "governance");
        for (int i = 0; i < governances.getLength(); i++) {
            Element governance = (Element) governances.item(i);
            for (Element group : children(governance, null)) {
                String item = GOVERNANCE_ITEMS.get(group.getLocalName());
                if (item == null) {
                    continue;
                }
                for (Element party : children(group, group.getLocalName())) {
                    document.renameNode(party, NAMESPACE, item);
                    for (Element part : children(party, null)) {
                        if (!part.hasChildNodes() && !part.hasAttributes()) {
                            party.removeChild(part);
                        } else if (part.getLocalName().equals("contact")) {
                            document.renameNode(part, NAMESPACE, "individual");
                        }
                    }
                }
            }
            // the XSD wants custodians, stewards, owners in that order
            for (String name : List.of("custodians", "stewards", "owners")) {
                for (Element group : children(governance, name)) {
                    governance.appendChild(group);
                }
            }
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && (localName == null || localName.equals(element.getLocalName()))) {
                children.add(element);
            }
        }
        return children;
    }

    private static void removeWhitespaceText(Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
                    && node.getChildNodes().getLength() > 1) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                removeWhitespaceText(child);
            }
            child = next;
        }
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static Schema loadSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new ClasspathResolver());
            return factory.newSchema(new StreamSource(XmlBoms.class.getResourceAsStream(
                    "/dev/aibom/core/schema/bom-1.6.xsd")));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the CycloneDX 1.6 XSD", e);
        }
    }

    /** Resolves the XSD's import of {@code http://cyclonedx.org/schema/spdx} to the copy on the classpath. */
    private static final class ClasspathResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId,
                                       String baseURI) {
            if (!"http://cyclonedx.org/schema/spdx".equals(namespaceURI)) {
                return null;
            }
            return new ClasspathInput(publicId, systemId,
                    XmlBoms.class.getResourceAsStream("/dev/aibom/core/schema/spdx.xsd"));
        }
    }

    private record ClasspathInput(String publicId, String systemId, InputStream stream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String id) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String id) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
