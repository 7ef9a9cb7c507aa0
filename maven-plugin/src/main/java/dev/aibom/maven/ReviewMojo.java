package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.control.ControlCheck;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FailOn;
import org.apache.maven.plugin.MojoFailureException;
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
 * Procurement's review of a supplier's AI-BOM, no project needed:
 * {@code mvn dev.aibom:aibom-maven-plugin:review -Daibom.bom=supplier.cdx.json -Daibom.suppliers=suppliers.yaml}.
 * Validates the BOM strictly, verifies its signature against the keys the supplier register lists for that supplier,
 * evaluates the controls and writes the HTML report.
 */
@Mojo(name = "review", requiresProject = false, threadSafe = true)
public class ReviewMojo extends AbstractAibomMojo {
    /** The supplier's BOM. */
    @Parameter(property = "aibom.bom", required = true)
    private File bom;

    /** The supplier register (file or https URL): who the supplier is and which keys it signs with. */
    @Parameter(property = "aibom.suppliers", required = true)
    private String suppliers;

    /** The policy; the built-in default policy when not given. */
    @Parameter(property = "aibom.policy")
    private File policy;

    /** The waivers, if any. */
    @Parameter(property = "aibom.waivers")
    private File waivers;

    /** More public keys to trust besides the register's. */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** Where the reports go. */
    @Parameter(property = "aibom.reportsDirectory", defaultValue = "${user.dir}/aibom-review")
    private File reportsDirectory;

    /** error, warning or never; overrides the policy's failOn. */
    @Parameter(property = "aibom.failOn")
    private String failOn;

    /** The review date (YYYY-MM-DD); today by default. */
    @Parameter(property = "aibom.today")
    private String today;

    @Override
    protected void run() throws AibomException, IOException, MojoFailureException {
        List<PublicKey> keys = publicKeys(trustedKeys);
        Optional<FailOn> level = failOn(failOn);
        LocalDate day = today(today);
        getLog().info("aibom: reviewing supplier BOM " + path(bom));
        EvaluationResult result = ControlCheck.run(new ControlCheck.Request(path(bom),
                Optional.ofNullable(policy).map(AbstractAibomMojo::path), Optional.of(suppliers),
                Optional.ofNullable(waivers).map(AbstractAibomMojo::path), keys, Optional.empty(), true, day, level,
                Duration.ofSeconds(20)), progress());
        ControlReporting.report(result, path(reportsDirectory), getLog());
    }
}
