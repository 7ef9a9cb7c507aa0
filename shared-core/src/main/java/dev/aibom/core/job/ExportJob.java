package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.io.AtomicFiles;
import dev.aibom.core.spdx.SpdxExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The "export" use case: a CycloneDX BOM in another format, for tools that read that one. Today SPDX 3.0.1 JSON-LD
 * ({@code spdx3}), validated against the official schema before it is written (atomically).
 */
public final class ExportJob {
    private ExportJob() {
    }

    /** The formats aibom exports to. */
    public enum Format {
        /** SPDX 3.0.1 JSON-LD with the AI and Dataset profiles. */
        SPDX3("spdx3", SpdxExport.FILE);

        private final String value;
        private final String fileName;

        Format(String value, String fileName) {
            this.value = value;
            this.fileName = fileName;
        }

        public String value() {
            return value;
        }

        /** The file name front ends write by default. */
        public String fileName() {
            return fileName;
        }

        /**
         * @param option the setting's name as the user wrote it, for the message
         * @throws AibomException naming the known formats
         */
        public static Format parse(String option, String text) throws AibomException {
            for (Format format : values()) {
                if (format.value.equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new AibomException(option + ": '" + text.trim() + "' is not an export format. Use spdx3 (SPDX 3.0.1"
                    + " JSON-LD).");
        }

        /** A comma-separated list of formats; empty for none. */
        public static List<Format> parseList(String option, String text) throws AibomException {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            List<Format> formats = new ArrayList<>();
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    Format format = parse(option, part);
                    if (!formats.contains(format)) {
                        formats.add(format);
                    }
                }
            }
            return List.copyOf(formats);
        }
    }

    /**
     * @param bom    the CycloneDX BOM to export
     * @param output where the exported document goes
     * @param limits the largest BOM read (the front end's maxBomSize)
     */
    public record Request(Path bom, Path output, Format format,
                          ReadLimits limits) {
        public Request {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(format, "format");
        }
    }

    /** What was written. */
    public record Result(Path output, Format format, int bytes) {
    }

    /** Each item (the system first) that states conflicting values for a single-valued aibom property, named. */
    private static List<String> conflicting(com.fasterxml.jackson.databind.JsonNode tree) {
        dev.aibom.control.BomView view = new dev.aibom.control.BomView(tree);
        List<dev.aibom.control.BomItem> items = new java.util.ArrayList<>();
        items.add(view.system());
        items.addAll(view.items());
        List<String> described = new java.util.ArrayList<>();
        for (dev.aibom.control.BomItem item : items) {
            for (String conflict : item.conflictingPropertiesDescribed()) {
                described.add(item.label() + ": " + conflict);
            }
        }
        return described;
    }

    public static Result run(Request request, Log log) throws AibomException, IOException {
        LoadedBom bom = new BomReader(request.limits()).read(request.bom());
        List<String> unresolved = SpdxExport.unresolvedReferences(bom.tree());
        if (!unresolved.isEmpty()) {
            // the SPDX document can only relate what exists: exporting would drop these relationships unseen
            throw new AibomException(request.bom() + " cannot be exported: its references must name a component,"
                    + " service or the system in the BOM. Fix them, then export again:\n  - "
                    + String.join("\n  - ", unresolved));
        }
        List<String> conflicting = conflicting(bom.tree());
        if (!conflicting.isEmpty()) {
            // the export would write one of two claims and drop the other unseen
            throw new AibomException(request.bom() + " cannot be exported: it states conflicting values for an aibom"
                    + " property, and which one to write cannot be told. State each once, then export again:\n  - "
                    + String.join("\n  - ", conflicting));
        }
        byte[] document = SpdxExport.export(bom.tree());
        List<String> errors = SpdxExport.validate(document);
        if (!errors.isEmpty()) {
            // a bug in aibom's mapping, not in the user's BOM: say so, with the schema's words
            throw new AibomException("The SPDX 3.0.1 document made from " + request.bom() + " does not validate"
                    + " against the SPDX 3.0.1 JSON schema, so it was not written. Please report this as an aibom"
                    + " bug with the BOM attached. Schema errors:\n  - " + String.join("\n  - ", errors));
        }
        AtomicFiles.write(request.output(), document);
        log.info("exported " + request.bom() + " as SPDX 3.0.1 JSON-LD (AI and Dataset profiles, validated against"
                + " the SPDX 3.0.1 schema) to " + request.output());
        return new Result(request.output(), request.format(), document.length);
    }
}
