package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.BomVerification;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.VerificationPolicy;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the BOM's signatures against trusted keys or CA certificates and that the files on disk still match its
 * hashes; fails on any mismatch. Works on a supplier's BOM too (set aibom.bom; no project needed).
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractAibomMojo {
    /** The BOM to verify. */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /** Public keys or certificates (PEM) whose signatures are trusted. */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** CA certificates (PEM): a signature whose certificate path chains to one is trusted. */
    @Parameter(property = "aibom.caRoots")
    private List<File> caRoots;

    /** Check certificate validity at the BOM's timestamp instead of now. */
    @Parameter(property = "aibom.atSigningTime", defaultValue = "false")
    private boolean atSigningTime;

    /** Accept an unsigned BOM (only the files are checked then). */
    @Parameter(property = "aibom.allowUnsigned", defaultValue = "false")
    private boolean allowUnsigned;

    /** Check the model and data files against the BOM's hashes. */
    @Parameter(property = "aibom.checkFiles", defaultValue = "true")
    private boolean checkFiles;

    /** The folder the BOM's file paths are relative to. */
    @Parameter(property = "aibom.baseDirectory", defaultValue = "${basedir}")
    private File baseDirectory;

    @Override
    protected void run() throws AibomException, IOException, MojoFailureException {
        VerificationPolicy policy = VerificationPolicy.trusting(publicKeys(trustedKeys))
                .withRoots(KeyLoader.certificates(paths(caRoots)))
                .withRequireSignature(!allowUnsigned).checkingCertificatesAt(Instant.now(), atSigningTime);
        Optional<Path> filesBase = checkFiles ? Optional.of(path(baseDirectory)) : Optional.empty();
        List<String> failures = BomVerification.run(path(bom), policy, filesBase, progress(), getLog()::info);
        if (!failures.isEmpty()) {
            failures.forEach(f -> getLog().error("aibom: " + f));
            throw new MojoFailureException("aibom: verification of " + path(bom) + " failed:\n  - "
                    + String.join("\n  - ", failures));
        }
        getLog().info("aibom: " + path(bom) + " verified");
    }
}
