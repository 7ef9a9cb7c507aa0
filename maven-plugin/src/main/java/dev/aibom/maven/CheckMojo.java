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

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the ISO/IEC 42001 controls on the AI-BOM, writes every report to {@code target/aibom/}, logs one line per
 * finding and fails the build once, at the end, when a finding reaches {@code failOn}. Says in one line which
 * policy, supplier register and waivers it used, and which defaults applied.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends JudgingMojo {
    /** The BOM to check (by default the one aibom:generate wrote). */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /**
     * Where the conventional files {@code aibom-policy.yaml}, {@code suppliers.yaml} and {@code waivers.yaml} are
     * looked for when the parameters below are not set. In a multi-module build whose configuration lives in the
     * root folder, set it once in the parent's {@code pluginManagement} to
     * {@code ${session.executionRootDirectory}}.
     */
    @Parameter(property = "aibom.configDirectory", defaultValue = "${project.basedir}")
    private File configDirectory;

    /**
     * The policy. When set, the file must exist; when not set, {@code aibom-policy.yaml} in the configuration
     * directory is used if it exists, else the built-in default policy.
     */
    @Parameter(property = "aibom.policy")
    private File policy;

    /**
     * The supplier register: a file or an https URL. When set, it must exist; when not set,
     * {@code suppliers.yaml} in the configuration directory is used if it exists. A policy whose controls need a
     * register fails without one.
     */
    @Parameter(property = "aibom.suppliers")
    private String suppliers;

    /**
     * The waivers. When set, the file must exist; when not set, {@code waivers.yaml} in the configuration directory
     * is used if it exists.
     */
    @Parameter(property = "aibom.waivers")
    private File waivers;

    /** Public keys or certificates (PEM files, or folders of them) the BOM's signature may be made with. */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** CA certificates (PEM): a signature whose certificate path chains to one is trusted. */
    @Parameter(property = "aibom.caRoots")
    private List<File> caRoots;

    /** Certificate revocation lists (PEM or DER); when given, revocation is checked for every certificate path. */
    @Parameter(property = "aibom.crls")
    private List<File> crls;

    /** Check the model and data files against the BOM's hashes. */
    @Parameter(property = "aibom.checkFiles", defaultValue = "true")
    private boolean checkFiles;

    /** The folder the BOM's file paths are relative to. */
    @Parameter(property = "aibom.baseDirectory", defaultValue = "${project.basedir}")
    private File baseDirectory;

    /** Where the reports go. */
    @Parameter(property = "aibom.reportsDirectory", defaultValue = "${project.build.directory}/aibom")
    private File reportsDirectory;

    /**
     * Report formats written into {@code reportsDirectory}, separated by commas: {@code html}, {@code json},
     * {@code junit}, {@code markdown} (a summary for pull-request comments), {@code sarif}; {@code all}; or
     * {@code default}. Unset: html, json, junit and sarif.
     */
    @Parameter(property = "aibom.formats")
    private String formats;


    /** The date approvals and assessments are judged at (YYYY-MM-DD); today by default. */
    @Parameter(property = "aibom.today")
    private String today;


    /**
     * Look at what the build really ships: its runtime dependencies against the catalogue of AI libraries, and the
     * project's resources, the packaged artifact and {@link #scan} for model files (recognised by content). The
     * controls {@code shipped-models-declared} and {@code ai-sdks-declared} judge what is found.
     */
    @Parameter(property = "aibom.discover", defaultValue = "true")
    private boolean discover;

    /** More files and folders to look into for model files, besides the resources and the packaged artifact. */
    @Parameter(property = "aibom.scan")
    private List<File> scan;

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
