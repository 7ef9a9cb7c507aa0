package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.Timestamps;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.GeneratingSettings;
import dev.aibom.core.job.Trust;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.io.File;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Generates the project's AI-BOM (CycloneDX 1.6 ML-BOM) from its descriptor, hashing every model and data file, and
 * attaches it to the project with classifier {@code aibom}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends GenerateParameters {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    /** The session's user properties ({@code -Dname=value}), which {@code ${...}} in the descriptor may name. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    private java.util.Properties userProperties;

    /** Maven's own offline mode ({@code mvn -o}): the Hub is not asked then either. */
    @Parameter(defaultValue = "${settings.offline}", readonly = true)
    private boolean mavenOffline;

    @Override
    protected void run() throws AibomException, java.io.IOException {
        Instant timestamp;
        try {
            timestamp = Timestamps.parse(outputTimestamp)
                    .or(() -> Timestamps.parse(System.getenv("SOURCE_DATE_EPOCH")))
                    .orElseGet(Instant::now);
        } catch (IllegalArgumentException e) {
            throw new AibomException("project.build.outputTimestamp: " + e.getMessage() + ".");
        }
        GeneratingSettings settings = generatingSettings();
        if (settings.specVersion() == SpecVersion.V1_7 && xml) {
            throw new AibomException("aibom.xml: CycloneDX 1.7 is written as JSON only; set aibom.xml to false or"
                    + " write 1.6.");
        }
        BomOptions options = settings.apply(BomOptions.at(timestamp).withListener(progress()),
                Optional.ofNullable(hubCache).map(this::path), mavenOffline, System.getenv());
        options = options.withModelTrust(new Trust(paths(trustedKeys), paths(caRoots),
                List.of()).modelTrust(Instant.now()));
        if (hashCache != null && !hashCache.isBlank() && !hashCache.trim().equalsIgnoreCase("none")) {
            options = options.withHashCache(path(new File(hashCache.trim())));
        }
        Optional<java.nio.file.Path> xmlOut = xml ? Optional.of(path(bom).resolveSibling(
                path(bom).getFileName().toString().replaceFirst("\\.json$", "") + ".xml")) : Optional.empty();
        GenerateJob.run(new GenerateJob.Request(path(descriptor), path(baseDirectory), path(bom), xmlOut, options,
                Optional.of(properties())), log());
        if (attach) {
            projectHelper.attachArtifact(project, "json", classifier, bom);
            xmlOut.ifPresent(file -> projectHelper.attachArtifact(project, "xml", classifier, file.toFile()));
        }
    }

    /**
     * What {@code ${...}} in the descriptor may name, in Maven's precedence: the POM's properties, overridden by the
     * session's user properties ({@code mvn -Dname=value}), and the project's own values ({@code project.version}),
     * which neither overrides. The environment is not read.
     */
    private Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        project.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
        if (userProperties != null) {
            userProperties.forEach((key, value) -> properties.put(key.toString(), value.toString()));
        }
        properties.put("project.groupId", project.getGroupId());
        properties.put("project.artifactId", project.getArtifactId());
        properties.put("project.version", project.getVersion());
        properties.put("project.name", project.getName() == null ? project.getArtifactId() : project.getName());
        if (project.getDescription() != null) {
            properties.put("project.description", project.getDescription());
        }
        properties.put("project.basedir", project.getBasedir().getAbsolutePath());
        return properties;
    }
}
