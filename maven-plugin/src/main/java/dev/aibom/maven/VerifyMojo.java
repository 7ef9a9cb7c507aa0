package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.VerifyJob;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Verifies the BOM's signatures against trusted keys or CA certificates and that the files on disk still match its
 * hashes; fails on any mismatch. Works on a supplier's BOM too (set aibom.bom; no project needed).
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyMojo extends VerifyParameters {
    @Override
    protected void run() throws AibomException, IOException, MojoFailureException {
        if (atSigningTime) {
            throw new AibomException("aibom.atSigningTime is not supported: the BOM's own timestamp is chosen by the"
                    + " signer, so it proves nothing about when the signature was made. Remove the setting;"
                    + " certificates are checked now.");
        }
        Optional<Path> filesBase = checkFiles ? Optional.of(path(baseDirectory)) : Optional.empty();
        VerifyJob.Result result = VerifyJob.run(new VerifyJob.Request(path(bom), new Trust(paths(trustedKeys),
                paths(caRoots), paths(crls)), !allowUnsigned, filesBase, "aibom.baseDirectory, or"
                + " -Daibom.checkFiles=false", limits()), log(), progress());
        if (!result.passed()) {
            throw new MojoFailureException("aibom: verification of " + path(bom) + " failed ("
                    + result.failures().size() + " problem" + (result.failures().size() == 1 ? "" : "s")
                    + ", listed above).");
        }
    }
}
