package dev.aibom.core.bom;

import dev.aibom.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;

/** Writes generated BOMs: each file through a temporary file and an atomic move, so none is ever half-written. */
public final class BomWriter {
    private BomWriter() {
    }

    public static void writeJson(GeneratedBom bom, Path target) throws IOException {
        AtomicFiles.write(target, bom.json());
    }

    /** @throws IllegalStateException when the BOM was generated without XML */
    public static void writeXml(GeneratedBom bom, Path target) throws IOException {
        AtomicFiles.write(target, bom.xml().orElseThrow(() -> new IllegalStateException(
                "the BOM was generated without XML; set BomOptions.withXml(true)")));
    }
}
