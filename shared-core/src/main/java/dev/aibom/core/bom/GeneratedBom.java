package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Optional;

/**
 * A generated, schema-valid BOM, not yet on disk.
 *
 * @param json the exact bytes to write (UTF-8, {@code \n} line ends, deterministic)
 * @param tree the same BOM as a JSON tree (do not modify)
 * @param xml  the XML form, when it was asked for
 */
public record GeneratedBom(byte[] json, JsonNode tree, Optional<byte[]> xml, String serialNumber, int components) {
    public GeneratedBom {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(serialNumber, "serialNumber");
        json = json.clone();
        xml = xml.map(byte[]::clone);
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    @Override
    public Optional<byte[]> xml() {
        return xml.map(byte[]::clone);
    }
}
