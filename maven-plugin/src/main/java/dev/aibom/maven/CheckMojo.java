package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.control.ControlCheck;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FailOn;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the ISO/IEC 42001 controls on the AI-BOM, writes every report to {@code target/aibom/}, logs one line per
 * finding and fails the build once, at the end, when a finding reaches {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractAibomMojo {
    /** The BOM to check (by default the one aibom:generate wrote). */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /** The policy; when the file does not exist the built-in default policy applies. */
    @Parameter(property = "aibom.policy", defaultValue = "${project.basedir}/aibom-policy.yaml")
    private File policy;

    /** The supplier register: a file (used when it exists) or an https URL. */
    @Parameter(property = "aibom.suppliers", defaultValue = "${project.basedir}/suppliers.yaml")
    private String suppliers;

    /** The waivers; used when the file exists. */
    @Parameter(property = "aibom.waivers", defaultValue = "${project.basedir}/waivers.yaml")
    private File waivers;

    /** Public keys (PEM) the BOM's signature may be made with; when given, the signature is checked. */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** Check the model and data files against the BOM's hashes. */
    @Parameter(property = "aibom.checkFiles", defaultValue = "true")
    private boolean checkFiles;

    /** The folder the BOM's file paths are relative to. */
    @Parameter(property = "aibom.baseDirectory", defaultValue = "${project.basedir}")
    private File baseDirectory;

    /** Where the reports go. */
    @Parameter(property = "aibom.reportsDirectory", defaultValue = "${project.build.directory}/aibom")
    private File reportsDirectory;

    /** error, warning or never; overrides the policy's failOn. */
    @Parameter(property = "aibom.failOn")
    private String failOn;

    /** The date approvals and assessments are judged at (YYYY-MM-DD); today by default. */
    @Parameter(property = "aibom.today")
    private String today;

    /** How long to wait for a supplier register URL. */
    @Parameter(property = "aibom.registerTimeoutSeconds", defaultValue = "20")
    private int registerTimeoutSeconds;

    @Override
    protected void run() throws AibomException, IOException, MojoFailureException {
        EvaluationResult result = ControlCheck.run(request(false), progress());
        ControlReporting.report(result, path(reportsDirectory), getLog());
    }

    ControlCheck.Request request(boolean supplierReview) throws AibomException {
        List<PublicKey> keys = publicKeys(trustedKeys);
        Optional<String> register = Optional.ofNullable(suppliers).filter(s -> !s.isBlank())
                .filter(s -> s.startsWith("https://") || s.startsWith("http://") || new File(s).exists());
        Optional<FailOn> level = failOn(failOn);
        LocalDate day = today(today);
        return new ControlCheck.Request(path(bom), ifExists(policy), register, ifExists(waivers), keys,
                checkFiles && !supplierReview ? Optional.of(path(baseDirectory)) : Optional.empty(), supplierReview,
                day, level, Duration.ofSeconds(registerTimeoutSeconds));
    }
}
