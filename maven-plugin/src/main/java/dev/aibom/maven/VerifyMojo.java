package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.VerifyJob;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
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

    /** Public keys or certificates (PEM files, or folders of them) whose signatures are trusted. */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** CA certificates (PEM): a signature whose certificate path chains to one is trusted. */
    @Parameter(property = "aibom.caRoots")
    private List<File> caRoots;

    /**
     * Certificate revocation lists (PEM or DER). When given, revocation is checked for every certificate of a path
     * and a certificate no list covers is not trusted; when not given, revocation is not checked.
     */
    @Parameter(property = "aibom.crls")
    private List<File> crls;

    /**
     * No longer supported; setting it to true fails the goal. The BOM's own timestamp is chosen by the signer, so it
     * proves nothing about when a certificate was used: certificates are checked now.
     */
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
