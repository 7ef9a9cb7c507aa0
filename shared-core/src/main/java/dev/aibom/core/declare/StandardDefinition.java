package dev.aibom.core.declare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.control.ControlMetadata;
import dev.aibom.core.control.ControlRegistry;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The CycloneDX 1.6 {@code definitions.standards} entry for ISO/IEC 42001:2023 Annex A as aibom uses it: one
 * requirement per Annex A control that aibom's controls evaluate (and its clause as the parent), each with its
 * identifier and a short title in aibom's own words. No published machine-readable definition of the standard exists;
 * this one is also published on its own as {@code docs/standards/iso-iec-42001-annex-a.cdx.json}.
 */
public final class StandardDefinition {
    public static final String BOM_REF = "standard:iso-iec-42001-2023-annex-a";
    public static final String NAME = "ISO/IEC 42001:2023 Annex A";

    private StandardDefinition() {
    }

    /** The bom-ref of a requirement: {@code iso-iec-42001-2023:A.10.3}. */
    public static String requirementRef(String id) {
        return "iso-iec-42001-2023:" + id;
    }

    /** The Annex A controls the given controls evaluate. */
    public static TreeSet<String> evaluatedBy(Collection<ControlMetadata> controls) {
        TreeSet<String> ids = new TreeSet<>(AnnexA::compareIds);
        controls.forEach(control -> ids.addAll(control.annexA()));
        return ids;
    }

    /** The definition for the Annex A controls of aibom's built-in controls and of {@code more}. */
    public static ObjectNode standard(Collection<String> more) {
        TreeSet<String> ids = evaluatedBy(ControlRegistry.builtIn().rules().stream().map(r -> r.metadata()).toList());
        ids.addAll(more);
        ObjectNode standard = BomJson.MAPPER.createObjectNode();
        standard.put("bom-ref", BOM_REF);
        standard.put("name", NAME);
        standard.put("version", "2023");
        standard.put("description", "Information technology - Artificial intelligence - Management system, Annex A"
                + " (reference control objectives and controls): the controls that aibom's controls evaluate, by"
                + " identifier, with short titles written by aibom. The standard's own text is copyrighted by ISO/IEC"
                + " and not reproduced; read it in the standard (https://www.iso.org/standard/81230.html).");
        standard.put("owner", "ISO/IEC JTC 1/SC 42 (the standard); aibom (this requirement list and its titles)");
        ArrayNode requirements = standard.putArray("requirements");
        for (AnnexA.Entry entry : AnnexA.withClauses(ids)) {
            ObjectNode requirement = requirements.addObject();
            requirement.put("bom-ref", requirementRef(entry.id()));
            requirement.put("identifier", entry.id());
            if (!entry.title().isEmpty()) {
                requirement.put("title", entry.title());
            }
            if (entry.parent() != null) {
                requirement.put("parent", requirementRef(entry.parent()));
            }
        }
        // no externalReferences: cyclonedx-core-java 12.2.0 writes a standard's as XML the XSD rejects
        return standard;
    }

    /** The definition on its own: a CycloneDX 1.6 BOM with only {@code definitions}, as published in docs/standards. */
    public static ObjectNode document() {
        ObjectNode bom = BomJson.MAPPER.createObjectNode();
        bom.put("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", "1.6");
        bom.put("serialNumber", "urn:uuid:5b0c7e39-42d0-5a0b-9f1e-420010000001");
        bom.put("version", 1);
        bom.putObject("definitions").putArray("standards").add(standard(List.of()));
        return bom;
    }
}
