package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.Timestamps;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.job.Trust;
import dev.aibom.core.hub.HubOptions;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.hash.HashAlgorithm;
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
import java.util.Set;

/**
 * Generates the project's AI-BOM (CycloneDX 1.6 ML-BOM) from its descriptor, hashing every model and data file, and
 * attaches it to the project with classifier {@code aibom}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractAibomMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    /** The descriptor of the AI system (YAML, or JSON when it ends in .json). */
    @Parameter(property = "aibom.descriptor", defaultValue = "${project.basedir}/aibom.yaml")
    private File descriptor;

    /** The folder no path in the descriptor may leave. */
    @Parameter(property = "aibom.baseDirectory", defaultValue = "${project.basedir}")
    private File baseDirectory;

    /** Where the JSON BOM is written. */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /** Also write the XML form next to the JSON one ({@code .cdx.xml}). */
    @Parameter(property = "aibom.xml", defaultValue = "false")
    private boolean xml;

    /** Record SHA-512 digests besides SHA-256. */
    @Parameter(property = "aibom.sha512", defaultValue = "false")
    private boolean sha512;

    /** Files hashed at once; 0 means one per processor. */
    @Parameter(property = "aibom.hashThreads", defaultValue = "0")
    private int hashThreads;

    /** The BOM's timestamp: Maven's reproducible-build timestamp, else SOURCE_DATE_EPOCH, else now. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Attach the BOM to the project (classifier {@code aibom}, type {@code json}) so install and deploy ship it. */
    @Parameter(property = "aibom.attach", defaultValue = "true")
    private boolean attach;

    /** The classifier of the attached BOM. */
    @Parameter(property = "aibom.classifier", defaultValue = "aibom")
    private String classifier;

    /**
     * The Hugging Face Hub (or a mirror) that resolves {@code hf://} references. Not set: the {@code HF_ENDPOINT}
     * environment variable, else {@code https://huggingface.co}. A token for gated or private repositories is read
     * from {@code HF_TOKEN} (or {@code HUGGING_FACE_HUB_TOKEN}); it is sent only to this host and never logged.
     */
    @Parameter(property = "aibom.hubUrl")
    private String hubUrl;

    /**
     * The cache of resolved Hub commits (a commit's metadata never changes, so entries never expire). Not set:
     * {@code ~/.cache/aibom/hub}. Entries a project commits in {@code .aibom/hub-cache} beside its descriptor are
     * read first.
     */
    @Parameter(property = "aibom.hubCache")
    private File hubCache;

    /**
     * Never ask the Hub: every {@code hf://} reference must be a pinned commit in a cache. Follows Maven's own
     * offline mode ({@code mvn -o}) unless set.
     */
    @Parameter(property = "aibom.offline", defaultValue = "${settings.offline}")
    private boolean offline;

    /**
     * The folder of the hash cache: files whose path, size, modification time and file key are unchanged since they
     * were hashed are not read again (see the README for what it trusts). Point it at a folder outside
     * {@code target} to keep it across {@code mvn clean} or share it between CI runs; {@code none} turns it off.
     */
    @Parameter(property = "aibom.hashCache", defaultValue = "${project.build.directory}/aibom-hash-cache")
    private String hashCache;

    /**
     * Public keys or certificates (PEM files, or folders of them) whose OpenSSF model signatures count: a model
     * folder that carries a {@code model.sig} is checked with them, and the BOM records the result.
     */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** CA certificates (PEM): a model signature whose certificate chains to one counts. */
    @Parameter(property = "aibom.caRoots")
    private List<File> caRoots;

    /** The CycloneDX version to write: {@code 1.6}, or {@code 1.7} (JSON only, validated against the 1.7 schema). */
    @Parameter(property = "aibom.specVersion", defaultValue = "1.6")
    private String specVersion;

    /** The session's user properties ({@code -Dname=value}), which {@code ${...}} in the descriptor may name. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    private java.util.Properties userProperties;

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
        BomOptions options = BomOptions.at(timestamp).withThreads(hashThreads).withListener(progress())
                .withAlgorithms(sha512 ? Set.of(HashAlgorithm.SHA_512) : Set.of())
                .withHub(HubOptions.of(Optional.ofNullable(hubUrl), "aibom.hubUrl",
                        Optional.ofNullable(hubCache).map(this::path), offline, System.getenv()));
        SpecVersion version = switch (specVersion == null ? "1.6" : specVersion.trim()) {
            case "1.6" -> SpecVersion.V1_6;
            case "1.7" -> SpecVersion.V1_7;
            default -> throw new AibomException("aibom.specVersion must be 1.6 or 1.7, not '" + specVersion + "'.");
        };
        if (version == SpecVersion.V1_7 && xml) {
            throw new AibomException("aibom.xml: CycloneDX 1.7 is written as JSON only; set aibom.xml to false or"
                    + " write 1.6.");
        }
        options = options.withSpecVersion(version).withModelTrust(new Trust(paths(trustedKeys), paths(caRoots),
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
