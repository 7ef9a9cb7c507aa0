package dev.aibom.core.control;

import dev.aibom.control.ControlContext;

import dev.aibom.control.BomView;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.io.ProjectFolder;
import dev.aibom.core.modelsig.ModelTrust;
import dev.aibom.core.sign.VerificationReport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.discovery.Discovery;

/**
 * What the controls evaluate.
 *
 * @param bom         the BOM
 * @param register    procurement's supplier register, when configured
 * @param signatures  the BOM's signature verification, when it was verified
 * @param integrity   the check of the files on disk against the BOM's hashes, when the files are at hand
 * @param supplierBom the BOM came from a supplier (procurement's review), so it must be signed by that supplier
 * @param today       the date approvals and assessments are judged at
 * @param waivers     how the waivers applied to the other controls' findings; present only for the waiver controls,
 *                    which the engine evaluates after the others
 * @param filesBase   the folder the BOM's files are in, when they are at hand (controls that inspect model files read
 *                    them there)
 * @param discovery   what the build really ships (dependencies, packaged model files), when an adapter looked
 * @param modelTrust  whose OpenSSF model signatures count (the user's trusted keys and CA roots)
 */
public record EvaluationContext(BomView bom, Optional<SupplierRegister> register,
                                Optional<VerificationReport> signatures, Optional<ArtifactIntegrity.Report> integrity,
                                boolean supplierBom, LocalDate today, Optional<WaiverLedger> waivers,
                                Optional<ProjectFolder> filesBase,
                                Optional<Discovery> discovery, ModelTrust modelTrust) implements ControlContext {
    public EvaluationContext {
        Objects.requireNonNull(bom, "bom");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(signatures, "signatures");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(filesBase, "filesBase");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(modelTrust, "modelTrust");
    }

    public EvaluationContext(BomView bom, Optional<SupplierRegister> register, Optional<VerificationReport> signatures,
                             Optional<ArtifactIntegrity.Report> integrity, boolean supplierBom, LocalDate today) {
        this(bom, register, signatures, integrity, supplierBom, today, Optional.empty(), Optional.empty(),
                Optional.empty(), ModelTrust.NONE);
    }

    public EvaluationContext withWaivers(WaiverLedger ledger) {
        return new EvaluationContext(bom, register, signatures, integrity, supplierBom, today, Optional.of(ledger),
                filesBase, discovery, modelTrust);
    }

    /** The same context judging another view of the BOM (the document's, or a slice's, in a judgement in slices). */
    public EvaluationContext withBom(BomView view) {
        return new EvaluationContext(view, register, signatures, integrity, supplierBom, today, waivers, filesBase,
                discovery, modelTrust);
    }

    /** The same context with the files' folder, so that controls may inspect the files themselves. */
    public EvaluationContext withFiles(java.nio.file.Path base) {
        return new EvaluationContext(bom, register, signatures, integrity, supplierBom, today, waivers,
                Optional.of(ProjectFolder.of(base)), discovery, modelTrust);
    }

    /** The same context with what discovery found in the build. */
    public EvaluationContext withDiscovery(Discovery found) {
        return new EvaluationContext(bom, register, signatures, integrity, supplierBom, today, waivers, filesBase,
                Optional.of(found), modelTrust);
    }

    /** The same context trusting these keys and roots for model signatures. */
    public EvaluationContext withModelTrust(ModelTrust trust) {
        return new EvaluationContext(bom, register, signatures, integrity, supplierBom, today, waivers, filesBase,
                discovery, trust);
    }

    /** The system's declared risk level ({@code aibom:system:riskLevel}), lower case, or empty. */
    public Optional<String> riskLevel() {
        return bom.system().property(AibomProperties.SYSTEM_RISK_LEVEL)
                .map(level -> level.trim().toLowerCase(Locale.ROOT));
    }
}
