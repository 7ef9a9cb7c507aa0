package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.dt.DependencyTrackOptions;
import dev.aibom.core.dt.ProjectTarget;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.OptionException;
import dev.aibom.core.settings.OptionSpec;
import dev.aibom.core.settings.SettingValues;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a BOM goes in Dependency-Track and how the upload gates, as every front end offers it ({@code aibom upload},
 * {@code aibom:upload}, {@code aibomUpload}): declared once here ({@link #OPTIONS}), parsed once here ({@link #of}).
 * The BOM, the keys it must be signed with and the API key are not here: each front end finds them its own way
 * (the API key in an environment variable, a {@code settings.xml} server or a Jenkins credential).
 *
 * @param url            the API server's base URL, checked ({@link DependencyTrackOptions#baseUrl})
 * @param project        the project the BOM goes to
 * @param synchronous    wait for the processing and gate on the project's policy violations
 * @param timeoutSeconds how long the synchronous gate waits
 * @param allowPlainHttp send the API key over plain http to a host that is not a loopback address
 */
public record DependencyTrackSettings(URI url, ProjectTarget project, boolean synchronous, int timeoutSeconds,
                                      boolean allowPlainHttp) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The longest wait for processing: a day. */
    public static final int MAX_TIMEOUT_SECONDS = 86_400;

    public static final OptionSpec URL = OptionSpec.value("url", "URL", "Dependency-Track URL",
            "The base URL of Dependency-Track's API server, such as `https://dtrack.example.com` (the paths"
                    + " `/api/v1/...` are added). Required. The API key travels only over https, to a literal"
                    + " loopback address, or over plain http when `allowPlainHttp` is on.")
            .mavenPropertyName("aibom.dependencyTrack.url");
    public static final OptionSpec PROJECT_UUID = OptionSpec.value("projectUuid", "UUID", "Project UUID",
            "The Dependency-Track project's UUID. Not set: the project is named by `projectName` and"
                    + " `projectVersion`.")
            .mavenPropertyName("aibom.dependencyTrack.projectUuid");
    public static final OptionSpec PROJECT_NAME = OptionSpec.value("projectName", "NAME", "Project name",
            "The Dependency-Track project's name, with `projectVersion`. Not set: the name of the system the BOM"
                    + " describes (`metadata.component.name`).")
            .commandLineName("--project").mavenPropertyName("aibom.dependencyTrack.projectName");
    public static final OptionSpec PROJECT_VERSION = OptionSpec.value("projectVersion", "VERSION",
            "Project version", "The Dependency-Track project's version. Not set: the version of the system the BOM"
                    + " describes (`metadata.component.version`).")
            .mavenPropertyName("aibom.dependencyTrack.projectVersion");
    public static final OptionSpec AUTO_CREATE = OptionSpec.flag("autoCreate",
            "Create the project if it does not exist", "Create the project (by name and version) when"
                    + " Dependency-Track does not have it yet. The API key's team then needs the permission"
                    + " `PROJECT_CREATION_UPLOAD` as well as `BOM_UPLOAD`.")
            .mavenPropertyName("aibom.dependencyTrack.autoCreate");
    public static final OptionSpec PARENT = OptionSpec.value("parent", "UUID|NAME[@VERSION]", "Parent project",
            "The parent of a project this upload creates: its UUID, its name, or `name@version` (for example the"
                    + " business unit's project). It must exist.")
            .mavenPropertyName("aibom.dependencyTrack.parent");
    public static final OptionSpec SYNCHRONOUS = OptionSpec.flag("synchronous",
            "Wait and gate on Dependency-Track's policies", "Wait until Dependency-Track has processed the BOM, then"
                    + " gate on the project's policy violations: a FAIL policy fails the build, WARN is a warning"
                    + " (Jenkins: unstable), INFO is listed. The key's team needs `VIEW_PORTFOLIO` and"
                    + " `VIEW_POLICY_VIOLATION` too. Without it, the upload is not part of the build's verdict.")
            .mavenPropertyName("aibom.dependencyTrack.synchronous");
    public static final OptionSpec TIMEOUT_SECONDS = OptionSpec.number("timeoutSeconds", "SECONDS",
            "Processing timeout (seconds)", "How long the synchronous gate waits for Dependency-Track to process"
                    + " the BOM, in whole seconds from 1 to 86400. When it runs out, the build fails: the gate"
                    + " cannot pass without Dependency-Track's verdict.", 300)
            .commandLineName("--timeout").mavenPropertyName("aibom.dependencyTrack.timeoutSeconds");
    public static final OptionSpec ALLOW_PLAIN_HTTP = OptionSpec.flag("allowPlainHttp", "Allow plain http",
            "Send the API key over plain http to a host that is not a literal loopback address. Anyone on the"
                    + " network path can then read the key and change the BOM on its way: use it only on a network"
                    + " you trust. Every run says so in a warning.")
            .mavenPropertyName("aibom.dependencyTrack.allowPlainHttp");

    /** Every option, in the order the front ends show them. */
    public static final List<OptionSpec> OPTIONS = List.of(URL, PROJECT_UUID, PROJECT_NAME, PROJECT_VERSION,
            AUTO_CREATE, PARENT, SYNCHRONOUS, TIMEOUT_SECONDS, ALLOW_PLAIN_HTTP);

    public DependencyTrackSettings {
        url = DependencyTrackOptions.baseUrl(Objects.requireNonNull(url, "url"));
        Objects.requireNonNull(project, "project");
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("timeoutSeconds must be 1 to " + MAX_TIMEOUT_SECONDS + ", not "
                    + timeoutSeconds);
        }
    }

    /**
     * The settings the user wrote in one front end; a bad or missing value is an error naming the option. Each value
     * is judged on its own first, then how they go together, then what is missing: so a value that is bad in itself
     * is named as such (the command line checks each as it reads it, before the others are known).
     */
    public static DependencyTrackSettings of(SettingValues values) throws AibomException {
        Optional<URI> url = values.get(URL, DependencyTrackSettings::url);
        String uuid = values.get(PROJECT_UUID, text -> text).orElse(null);
        String name = values.get(PROJECT_NAME, text -> text).orElse(null);
        String version = values.get(PROJECT_VERSION, text -> text).orElse(null);
        boolean autoCreate = values.flag(AUTO_CREATE);
        String parent = values.get(PARENT, text -> text).orElse(null);
        boolean synchronous = values.flag(SYNCHRONOUS);
        int timeout = values.get(TIMEOUT_SECONDS, SettingValues.wholeNumber(1, MAX_TIMEOUT_SECONDS, "seconds"))
                .orElseThrow();
        boolean plainHttp = values.flag(ALLOW_PLAIN_HTTP);
        ProjectTarget project;
        try {
            project = new ProjectTarget(uuid, name, version, autoCreate, parent);
        } catch (IllegalArgumentException e) {
            throw new AibomException(spellings(values.frontEnd(), PROJECT_UUID, PROJECT_NAME, PROJECT_VERSION) + ": "
                    + e.getMessage() + ".");
        }
        return new DependencyTrackSettings(url.orElseThrow(() -> new OptionException(URL, values.frontEnd(),
                "not set: give the base URL of Dependency-Track's API server, such as https://dtrack.example.com")),
                project, synchronous, timeout, plainHttp);
    }

    /**
     * The upload of {@code bom}, signed by a key {@code trust} holds, with the API key the front end found in
     * {@code keySource} (named in the error when the key is blank or has spaces or control characters).
     */
    public UploadJob.Request request(Path bom, Trust trust, String apiKey, String keySource, ReadLimits limits)
            throws AibomException {
        DependencyTrackOptions options;
        try {
            options = DependencyTrackOptions.of(url, apiKey, allowPlainHttp, Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new AibomException(keySource + ": " + e.getMessage() + ".");
        }
        return new UploadJob.Request(bom, project, options, trust, synchronous, limits);
    }

    private static URI url(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL (" + e.getReason() + ")");
        }
        return DependencyTrackOptions.baseUrl(url);
    }

    /** Several options as one front end names them in one message. */
    private static String spellings(FrontEnd frontEnd, OptionSpec... options) {
        if (frontEnd == FrontEnd.JENKINS) {
            return "parameters " + Stream.of(options).map(o -> "'" + o.name() + "'")
                    .collect(Collectors.joining(", "));
        }
        return Stream.of(options).map(o -> o.spelling(frontEnd)).collect(Collectors.joining(", "));
    }
}
