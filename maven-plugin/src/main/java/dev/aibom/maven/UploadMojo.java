package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.dt.DependencyTrackOptions;
import dev.aibom.core.dt.ProjectTarget;
import dev.aibom.core.job.UploadJob;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import dev.aibom.core.job.Trust;

/**
 * Uploads the signed AI-BOM to Dependency-Track, the organisation's store of BOMs ({@code PUT /api/v1/bom}), and with
 * {@code synchronous} waits for it to be processed and gates on the project's policy violations there: a FAIL policy
 * fails the build, WARN is a warning, INFO is listed. The API key is the password of a {@code settings.xml} server
 * ({@code aibom.dependencyTrack.serverId}, decrypted with Maven's master password when encrypted) or the environment
 * variable {@code AIBOM_DT_API_KEY}; it is never logged and travels only over https (or to a literal loopback
 * address, or over plain http with {@code aibom.dependencyTrack.allowPlainHttp}).
 */
@Mojo(name = "upload", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class UploadMojo extends AbstractAibomMojo {
    /** The environment variable read when no settings.xml server is given. */
    static final String API_KEY_VARIABLE = "AIBOM_DT_API_KEY";

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private SettingsDecrypter decrypter;

    /** Skips only the upload. */
    @Parameter(property = "aibom.dependencyTrack.skip", defaultValue = "false")
    private boolean skipUpload;

    /** The signed BOM to upload. */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /** The base URL of Dependency-Track's API server, e.g. {@code https://dtrack.example.com}. Required. */
    /**
     * Public keys or certificates (PEM files, or folders of them) the BOM's signature must verify with: only a BOM
     * signed by a trusted key is sent. Required, unless {@link #caRoots} is given.
     */
    @Parameter(property = "aibom.trustedKeys")
    private List<File> trustedKeys;

    /** CA certificates (PEM): a signature whose certificate path chains to one is trusted. */
    @Parameter(property = "aibom.caRoots")
    private List<File> caRoots;

    /** Certificate revocation lists (PEM or DER); when given, revocation is checked for every certificate path. */
    @Parameter(property = "aibom.crls")
    private List<File> crls;

    /** The base URL of Dependency-Track's API server, such as {@code https://dtrack.example.com}. */
    @Parameter(property = "aibom.dependencyTrack.url")
    private String url;

    /**
     * The id of a settings.xml server whose password is the API key. Not set: the environment variable
     * {@code AIBOM_DT_API_KEY}.
     */
    @Parameter(property = "aibom.dependencyTrack.serverId")
    private String serverId;

    /** The project's UUID; or name it with projectName and projectVersion. */
    @Parameter(property = "aibom.dependencyTrack.projectUuid")
    private String projectUuid;

    /** The project's name; default: the name of the system the BOM describes. */
    @Parameter(property = "aibom.dependencyTrack.projectName")
    private String projectName;

    /** The project's version; default: the version of the system the BOM describes. */
    @Parameter(property = "aibom.dependencyTrack.projectVersion")
    private String projectVersion;

    /** Create the project when it does not exist (the key then needs PROJECT_CREATION_UPLOAD). */
    @Parameter(property = "aibom.dependencyTrack.autoCreate", defaultValue = "false")
    private boolean autoCreate;

    /** The parent of a project the upload creates: a UUID, a name, or name@version. */
    @Parameter(property = "aibom.dependencyTrack.parent")
    private String parent;

    /** Wait for Dependency-Track to process the BOM, then gate on the project's policy violations. */
    @Parameter(property = "aibom.dependencyTrack.synchronous", defaultValue = "false")
    private boolean synchronous;

    /** How long the synchronous gate waits for the processing, in seconds. */
    @Parameter(property = "aibom.dependencyTrack.timeoutSeconds", defaultValue = "300")
    private int timeoutSeconds;

    /** Send the API key over plain http to a host that is not a loopback address (logged as a warning). */
    @Parameter(property = "aibom.dependencyTrack.allowPlainHttp", defaultValue = "false")
    private boolean allowPlainHttp;

    @Override
    protected void run() throws AibomException, MojoFailureException {
        if (skipUpload) {
            getLog().info("aibom: upload skipped (aibom.dependencyTrack.skip)");
            return;
        }
        if (url == null || url.isBlank()) {
            throw new AibomException("aibom.dependencyTrack.url is not set: give the base URL of Dependency-Track's API"
                    + " server, e.g. -Daibom.dependencyTrack.url=https://dtrack.example.com.");
        }
        if (timeoutSeconds <= 0) {
            throw new AibomException("aibom.dependencyTrack.timeoutSeconds must be a positive number of seconds, not "
                    + timeoutSeconds + ".");
        }
        String key = apiKey();
        DependencyTrackOptions options;
        try {
            options = DependencyTrackOptions.of(URI.create(url.trim()), key, allowPlainHttp,
                    Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new AibomException((e.getMessage() != null && e.getMessage().contains("API key")
                    ? "The Dependency-Track API key" : "aibom.dependencyTrack.url") + ": " + e.getMessage() + ".");
        }
        ProjectTarget target;
        try {
            target = new ProjectTarget(projectUuid, projectName, projectVersion, autoCreate, parent);
        } catch (IllegalArgumentException e) {
            throw new AibomException("aibom.dependencyTrack.projectUuid, projectName, projectVersion: "
                    + e.getMessage() + ".");
        }
        UploadJob.Result result = UploadJob.run(new UploadJob.Request(path(bom), target, options,
                new Trust(paths(trustedKeys), paths(caRoots), paths(crls)), synchronous, limits()), log());
        switch (result.outcome()) {
            case FAIL -> throw new MojoFailureException(result.summary());
            case UNSTABLE -> getLog().warn("aibom: " + result.summary());
            default -> { }
        }
    }

    /** The settings.xml server's password, else the environment variable; never logged. */
    private String apiKey() throws AibomException {
        if (serverId != null && !serverId.isBlank()) {
            Server server = session.getSettings().getServer(serverId);
            if (server == null) {
                throw new AibomException("aibom.dependencyTrack.serverId: settings.xml has no server '" + serverId
                        + "'. Add <server><id>" + serverId + "</id><password>the API key</password></server> to"
                        + " settings.xml.");
            }
            SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            if (!decrypted.getProblems().isEmpty()) {
                throw new AibomException("aibom.dependencyTrack.serverId: cannot decrypt server '" + serverId
                        + "' in settings.xml: " + decrypted.getProblems().get(0).getMessage());
            }
            String password = decrypted.getServer().getPassword();
            if (password == null || password.isBlank()) {
                throw new AibomException("aibom.dependencyTrack.serverId: server '" + serverId + "' in settings.xml"
                        + " has no password: put the Dependency-Track API key there.");
            }
            return password;
        }
        String key = System.getenv(API_KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new AibomException("The Dependency-Track API key is not set: give aibom.dependencyTrack.serverId (a"
                    + " settings.xml server whose password is the key) or set the environment variable "
                    + API_KEY_VARIABLE + ".");
        }
        getLog().info("aibom: Dependency-Track API key from the environment variable " + API_KEY_VARIABLE
                + " (aibom.dependencyTrack.serverId not set)");
        return key;
    }
}
