package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.DependencyTrackSettings;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.UploadJob;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Uploads the signed AI-BOM to Dependency-Track, the organisation's store of BOMs ({@code PUT /api/v1/bom}), and with
 * {@code synchronous} waits for it to be processed and gates on the project's policy violations there: a FAIL policy
 * fails the build, WARN is a warning, INFO is listed. The API key is the password of a {@code settings.xml} server
 * ({@code aibom.dependencyTrack.serverId}, decrypted with Maven's master password when encrypted) or the environment
 * variable {@code AIBOM_DT_API_KEY}; it is never logged and travels only over https (or to a literal loopback
 * address, or over plain http with {@code aibom.dependencyTrack.allowPlainHttp}).
 */
@Mojo(name = "upload", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class UploadMojo extends UploadParameters {
    /** The environment variable read when no settings.xml server is given. */
    static final String API_KEY_VARIABLE = "AIBOM_DT_API_KEY";


    @Override
    protected void run() throws AibomException, MojoFailureException {
        if (skipUpload) {
            getLog().info("aibom: upload skipped (aibom.dependencyTrack.skip)");
            return;
        }
        DependencyTrackSettings settings = dependencyTrackSettings();
        boolean fromServer = serverId != null && !serverId.isBlank();
        UploadJob.Result result = UploadJob.run(settings.request(path(bom),
                new Trust(paths(trustedKeys), paths(caRoots), paths(crls)), apiKey(),
                fromServer ? "aibom.dependencyTrack.serverId" : "The environment variable " + API_KEY_VARIABLE,
                limits()), log());
        switch (result.outcome()) {
            case FAIL -> throw new MojoFailureException(result.summary());
            case UNSTABLE -> getLog().warn("aibom: " + result.summary());
            default -> { }
        }
    }

    /** The settings.xml server's password, else the environment variable; never logged. */
    private String apiKey() throws AibomException {
        if (serverId != null && !serverId.isBlank()) {
            String password = server("aibom.dependencyTrack.serverId", serverId,
                    "<password>the API key</password>").getPassword();
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
