package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.InitJob;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.IOException;

/**
 * Writes a starting {@code aibom.yaml} from what the project ships: the model files in its resources, its packaged
 * artifact (when built) and {@link #scan}, recognised by content; the providers of the AI SDKs among its runtime
 * dependencies as suppliers and services. Where a person must decide, it writes {@code TODO}. It never overwrites an
 * existing descriptor. Run it once, {@code mvn aibom:init}, then fill in the TODOs.
 */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class InitMojo extends InitParameters {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    protected void run() throws AibomException, IOException {
        // unset or blank (-Daibom.systemVersion=): the project's, as the defaults say
        String name = systemName == null || systemName.isBlank() ? project.getArtifactId() : systemName;
        String version = systemVersion == null || systemVersion.isBlank()
                || systemVersion.equals(project.getVersion()) ? "${project.version}" : systemVersion;
        InitJob.run(new InitJob.Request(path(descriptor), name, version, Discovery.of(project, paths(scan))),
                log());
    }
}
