package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.SignerResult;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code verify} job the command line and the Maven goal share: a BOM's signatures, then its files. Progress
 * lines go to the caller's log as they happen (so hashing a big file shows where it belongs); what failed comes back.
 */
public final class BomVerification {
    private BomVerification() {
    }

    /**
     * @param filesBase the folder the BOM's file paths are relative to; empty to skip the file check
     * @return the failures, empty when the BOM verified
     */
    public static List<String> run(Path bom, VerificationPolicy policy, Optional<Path> filesBase,
                                   HashListener listener, Consumer<String> log) throws AibomException, IOException {
        LoadedBom loaded = new BomReader().read(bom);
        VerificationReport report = BomSignatures.verify(loaded, policy);
        for (SignerResult signer : report.rootSigners()) {
            log.accept("aibom: signature " + signer.summary());
        }
        for (SignerResult signer : report.nested()) {
            log.accept("aibom: nested signature " + signer.summary());
        }
        List<String> failures = new ArrayList<>(report.failures());
        if (filesBase.isPresent()) {
            ArtifactIntegrity.Report integrity = ArtifactIntegrity.check(loaded.tree(), filesBase.get(), listener);
            long ok = integrity.findings().stream().filter(f -> f.status() == ArtifactIntegrity.Status.OK).count();
            log.accept("aibom: files: " + ok + " match the BOM, " + integrity.failures().size() + " do not, "
                    + integrity.remoteArtifacts() + " fetched at deploy time (not checked here)");
            integrity.failures().forEach(f -> failures.add("file " + f.summary()));
        }
        return List.copyOf(failures);
    }
}
