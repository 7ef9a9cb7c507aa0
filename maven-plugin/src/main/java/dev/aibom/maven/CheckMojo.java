package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.Trust;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.util.Optional;

/**
 * Evaluates the ISO/IEC 42001 controls on the AI-BOM, writes every report to {@code target/aibom/}, logs one line per
 * finding and fails the build once, at the end, when a finding reaches {@code failOn}. Says in one line which
 * policy, supplier register and waivers it used, and which defaults applied.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends CheckParameters {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;


    @Override
    protected void run() throws AibomException, IOException, MojoFailureException {
        CheckJob.Request request = new CheckJob.Request(path(bom), Judging.builder(today(today))
                .policy(input("aibom.policy", policy, configDirectory, "aibom-policy.yaml"))
                .register(register("aibom.suppliers", suppliers, configDirectory))
                .waivers(input("aibom.waivers", waivers, configDirectory, "waivers.yaml"))
                .trust(new Trust(paths(trustedKeys), paths(caRoots), paths(crls)))
                .settings(judgingSettings())
                .reports(reports(reportsDirectory, formats)).limits(limits())
                .build(), checkFiles ? Optional.of(path(baseDirectory)) : Optional.empty());
        if (discover) {
            request = request.discovering(Discovery.of(project, paths(scan)));
        }
        CheckJob.Result result = CheckJob.run(request, log(), progress());
        conclude(result.evaluation());
    }
}
