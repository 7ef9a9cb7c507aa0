package dev.aibom.core;

import dev.aibom.core.bom.BomSchema;
import org.cyclonedx.Version;

/**
 * Loads and initialises, on a background thread, what the steps after generation (sign, verify, check) will need,
 * while the foreground reads the descriptor and hashes files. A build runs these steps in one cold JVM, where class
 * loading and schema compilation, not the work itself, dominate; the second core would otherwise sit idle.
 */
public final class Warmup {
    private static volatile boolean started;

    private Warmup() {
    }

    public static void startInBackground() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(Warmup::run, "aibom-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            // what generation needs next, in the order it needs it
            dev.aibom.core.license.SpdxLicenses.officialId("MIT");
            BomSchema.isSchemaValidEmail("warm-up@example.com");
            org.cyclonedx.generators.BomGeneratorFactory.createJson(Version.VERSION_16, new org.cyclonedx.model.Bom())
                    .toJsonNode();
            BomSchema.validateJson(dev.aibom.core.bom.BomJson.MAPPER.createObjectNode()
                    .put("bomFormat", "CycloneDX").put("specVersion", "1.6").put("version", 1), Version.VERSION_16);
            for (String name : new String[]{
                    "dev.aibom.core.sign.KeyLoader",
                    "dev.aibom.core.sign.JsfSigner",
                    "dev.aibom.core.sign.JsfVerifier",
                    "dev.aibom.core.control.ControlRegistry",
                    "dev.aibom.core.control.Policy",
                    "dev.aibom.core.control.SupplierRegister",
                    "dev.aibom.core.report.HtmlReport",
                    "dev.aibom.core.report.SarifReport"}) {
                Class.forName(name, true, Warmup.class.getClassLoader());
            }
            java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
            java.security.KeyFactory.getInstance("EC");
        } catch (ReflectiveOperationException | java.security.GeneralSecurityException | RuntimeException e) {
            // only an optimisation: whatever failed here will be loaded, and report its error, when it is used
        }
    }
}
