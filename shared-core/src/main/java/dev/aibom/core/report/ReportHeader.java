package dev.aibom.core.report;

import dev.aibom.control.BomView;
import dev.aibom.control.BomEntity;
import dev.aibom.control.BomItem;
import dev.aibom.core.control.SignatureVerdict;

import java.time.LocalDate;
import java.util.Objects;
import dev.aibom.core.bom.DeclarationSummary;
import dev.aibom.core.control.rules.system.AiComponentsPresent;

/**
 * What a report is about, as its first lines show it: the BOM (file, CycloneDX version, serial number, timestamp),
 * the system it describes, who the BOM says supplied it and what the supplier register makes of that, what it lists,
 * when it was judged and what its signature proves. Texts are as the BOM states them ({@code ""} when it does not).
 *
 * @param review         a review of someone else's BOM (procurement), or a check of one's own
 * @param supplierStatus in a review, what the register says about the supplier ("registered as 'acme' (approved)",
 *                       "NOT in the supplier register"); empty otherwise
 * @param date           the day the controls were judged on
 * @param declarations   what the BOM's CycloneDX declarations attest (its author's claims), when it has any
 */
public record ReportHeader(boolean review, String bomFile, String specVersion, String serialNumber, String timestamp,
                           String system, String systemVersion, String supplier, String supplierStatus, int models,
                           int datasets, int services, LocalDate date, SignatureVerdict signature,
                           java.util.Optional<DeclarationSummary> declarations) {
    public ReportHeader {
        Objects.requireNonNull(bomFile, "bomFile");
        Objects.requireNonNull(specVersion, "specVersion");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(systemVersion, "systemVersion");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(supplierStatus, "supplierStatus");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(declarations, "declarations");
        if (models < 0 || datasets < 0 || services < 0) {
            throw new IllegalArgumentException("negative component count");
        }
    }

    /** The header for a BOM read into {@code view}. */
    public static ReportHeader of(boolean review, String bomFile, String specVersion, BomView view,
                                  String supplierStatus, LocalDate date, SignatureVerdict signature) {
        BomItem system = view.system();
        return new ReportHeader(review, bomFile, specVersion, view.serialNumber(), view.timestamp(),
                system.node().path("name").asText(""), system.version(), view.bomSupplier().map(BomEntity::name).orElse(""), supplierStatus,
                view.totals().models(), view.totals().datasets(), view.totals().services(), date, signature,
                DeclarationSummary.of(view.tree(), view.totals().refsOutsideDeclarations()));
    }

    /** "2 models, 1 dataset and 1 service". */
    public String contents() {
        return AiComponentsPresent.contents(models, datasets, services);
    }

    /** The system as one phrase: "fraud-scoring 2.3.0", or the BOM file when the BOM names no system. */
    public String systemLabel() {
        if (system.isEmpty()) {
            return bomFile;
        }
        return systemVersion.isEmpty() ? system : system + " " + systemVersion;
    }
}
