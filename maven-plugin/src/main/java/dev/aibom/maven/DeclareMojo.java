package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.declare.DeclareOptions;
import dev.aibom.core.job.DeclareJob;
import dev.aibom.core.job.Judging;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Evaluates the controls on the AI-BOM that {@code generate} wrote and writes the result into it as CycloneDX 1.6
 * declarations: the ISO/IEC 42001 Annex A requirements, a first-party attestation (claims, evidence, conformance,
 * waivers as mitigation) and an affirmation by the configured signatory. Bind it between {@code generate} and
 * {@code sign} (list the goals in that order in one execution), so that the signature covers the declarations. The
 * same policy, register and waivers as {@code check} apply; the signature controls are left to {@code check}.
 */
@Mojo(name = "declare", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class DeclareMojo extends AbstractAibomMojo {
    /** The BOM to declare in (by default the one aibom:generate wrote); changed in place. */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /** Also rewrite the XML form beside it (set it as for aibom:generate). */
    @Parameter(property = "aibom.xml", defaultValue = "false")
    private boolean xml;

    /** Who affirms the attestation (required: a declaration names a person). */
    @Parameter(property = "aibom.signatory")
    private String signatory;

    /** The signatory's role (required). */
    @Parameter(property = "aibom.signatoryRole")
    private String signatoryRole;

    /** The organisation that declares. Not set: the BOM's supplier (the descriptor's {@code internal} supplier). */
    @Parameter(property = "aibom.assessor")
    private String assessor;

    /** The affirmation's statement. Not set: aibom's statement that the attestation is what aibom found. */
    @Parameter(property = "aibom.affirmation")
    private String affirmation;

    /** As for aibom:check: where the conventional policy, register and waiver files are looked for. */
    @Parameter(property = "aibom.configDirectory", defaultValue = "${project.basedir}")
    private File configDirectory;

    /** As for aibom:check: the policy; when set, the file must exist. */
    @Parameter(property = "aibom.policy")
    private File policy;

    /** As for aibom:check: the supplier register, a file or an https URL; when set, it must exist. */
    @Parameter(property = "aibom.suppliers")
    private String suppliers;

    /** As for aibom:check: the waivers; when set, the file must exist. */
    @Parameter(property = "aibom.waivers")
    private File waivers;

    /** Check the model and data files against the BOM's hashes, as part of the evidence. */
    @Parameter(property = "aibom.checkFiles", defaultValue = "true")
    private boolean checkFiles;

    /** The folder the BOM's file paths are relative to. */
    @Parameter(property = "aibom.baseDirectory", defaultValue = "${project.basedir}")
    private File baseDirectory;

    /** The date approvals, assessments and waivers are judged at (YYYY-MM-DD); today by default. */
    @Parameter(property = "aibom.today")
    private String today;

    /** How long to wait for a supplier register URL. */
    @Parameter(property = "aibom.registerTimeoutSeconds", defaultValue = "20")
    private int registerTimeoutSeconds;

    @Override
    protected void run() throws AibomException, IOException {
        if (signatory == null || signatory.isBlank() || signatoryRole == null || signatoryRole.isBlank()) {
            throw new AibomException("aibom:declare needs the signatory who affirms the attestation: set"
                    + " <signatory> and <signatoryRole> (aibom.signatory, aibom.signatoryRole).");
        }
        java.nio.file.Path json = path(bom);
        Optional<java.nio.file.Path> xmlOut = xml ? Optional.of(json.resolveSibling(json.getFileName().toString()
                .replaceFirst("\\.json$", "") + ".xml")) : Optional.empty();
        DeclareJob.run(new DeclareJob.Request(json, Judging.builder(today(today))
                .policy(input("aibom.policy", policy, configDirectory, "aibom-policy.yaml"))
                .register(register("aibom.suppliers", suppliers, configDirectory))
                .waivers(input("aibom.waivers", waivers, configDirectory, "waivers.yaml"))
                .limits(limits()).build()
                .withRegisterTimeout(Duration.ofSeconds(registerTimeoutSeconds)),
                checkFiles ? Optional.of(path(baseDirectory)) : Optional.empty(),
                new DeclareOptions(assessor, signatory, signatoryRole, affirmation), xmlOut), log(), progress());
    }
}
