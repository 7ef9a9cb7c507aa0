package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Validation against the official CycloneDX JSON schemas and XSDs bundled with cyclonedx-core-java. */
public final class BomSchema {
    private BomSchema() {
    }

    /** Schema errors, one line each; empty when valid. */
    public static List<String> validateJson(JsonNode bom, Version version) {
        try {
            return new JsonParser().validate(bom, version).stream().map(ParseException::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> validateXml(byte[] bom, Version version) {
        try {
            return new XmlParser().validate(bom, version).stream().map(ParseException::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
