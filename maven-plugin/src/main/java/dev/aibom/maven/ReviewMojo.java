package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.ReviewJob;
import dev.aibom.core.job.Trust;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Procurement's review of a supplier's AI-BOM, no project needed:
 * {@code mvn dev.aibom:aibom-maven-plugin:review -Daibom.bom=supplier.cdx.json -Daibom.suppliers=suppliers.yaml}.
 * Validates the BOM strictly, verifies its signature against the keys the supplier register lists, says who signed
 * it, evaluates the controls (every finding is the signer's claim) and writes the reports.
 */
@Mojo(name = "review", requiresProject = false, threadSafe = true)
public class ReviewMojo extends JudgingMojo {
    /** The supplier's BOM. */
    @Parameter(property = "aibom.bom", required = true)
    private File bom;

    /** The supplier register (file or https URL): who the supplier is and which keys it signs with. */
    @Parameter(property = "aibom.suppliers", required = true)
    private String suppliers;

    /**
     * The policy. When set, the file must exist; when not set, the built-in review policy (every control, except that
     * aibom's own properties are not required of a third party's BOM; see docs/controls.md).
     */
    @Parameter(property = "aibom.policy")
    private File policy;

    /** The waivers, if any. When given, the file must exist. */
    @Parameter(property = "aibom.waivers")
    private File waivers;

    /** More public keys to trust besides the register's. */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** Where the reports go. */
    @Parameter(property = "aibom.reportsDirectory", defaultValue = "${user.dir}/aibom-review")
    private File reportsDirectory;

    /**
     * Report formats written into {@code reportsDirectory}, separated by commas: {@code html}, {@code json},
     * {@code junit}, {@code markdown} (a summary for pull-request comments), {@code sarif}; {@code all}; or
     * {@code default}. Unset: html, json, junit and sarif.
     */
    @Parameter(property = "aibom.formats")
    private String formats;


    /** The review date (YYYY-MM-DD); today by default. */
    @Parameter(property = "aibom.today")
    private String today;



    @Override
    protected void run() throws AibomException, IOException, MojoFailureException {
        ReviewJob.Result result = ReviewJob.run(new ReviewJob.Request(path(bom), Judging.builder(today(today))
                .register(register("aibom.suppliers", suppliers, new File(".")))
                .policy(policy == null ? Input.none("aibom.policy")
                        : Input.configured("aibom.policy", path(policy).toString()))
                .waivers(waivers == null ? Input.none("aibom.waivers")
                        : Input.configured("aibom.waivers", path(waivers).toString()))
                .trust(Trust.keys(paths(trustedKeys))).settings(judgingSettings())
                .reports(reports(reportsDirectory, formats)).limits(limits())
                .build()), log(), progress());
        conclude(result.evaluation());
    }
}
