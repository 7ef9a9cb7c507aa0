package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.ReviewJob;
import dev.aibom.core.job.Trust;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.File;
import java.io.IOException;

/**
 * Procurement's review of a supplier's AI-BOM, no project needed:
 * {@code mvn dev.aibom:aibom-maven-plugin:review -Daibom.bom=supplier.cdx.json -Daibom.suppliers=suppliers.yaml}.
 * Validates the BOM strictly, verifies its signature against the keys the supplier register lists, says who signed
 * it, evaluates the controls (every finding is the signer's claim) and writes the reports.
 */
@Mojo(name = "review", requiresProject = false, threadSafe = true)
public class ReviewMojo extends ReviewParameters {
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
