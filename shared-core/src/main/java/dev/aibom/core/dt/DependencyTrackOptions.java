package dev.aibom.core.dt;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where Dependency-Track is and how to talk to it. Immutable; travels to a Jenkins agent. {@link #toString()} never
 * shows the API key.
 *
 * @param url          the API server's base URL, e.g. {@code https://dtrack.example.com} (the paths
 *                     {@code /api/v1/...} are added)
 * @param apiKey       the API key ({@code X-Api-Key}); never logged
 * @param plainHttp    the user's explicit opt-in to send the key over plain http to a host that is not a literal
 *                     loopback address (logged as a warning)
 * @param timeout      how long the synchronous gate waits for Dependency-Track to process the BOM
 * @param pollInterval how often it asks meanwhile
 * @param requestDeadline how long one request may take (connect, retries and body)
 */
public record DependencyTrackOptions(URI url, String apiKey, boolean plainHttp, Duration timeout,
                                     Duration pollInterval, Duration requestDeadline) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The default wait for processing, as the Dependency-Track Jenkins plugin's polling timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(3);
    public static final Duration DEFAULT_REQUEST_DEADLINE = Duration.ofSeconds(60);

    public DependencyTrackOptions {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(requestDeadline, "requestDeadline");
        url = baseUrl(url);
        if (apiKey.isBlank() || apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("the Dependency-Track API key is blank or contains spaces or"
                    + " control characters");
        }
        if (timeout.isNegative() || timeout.isZero() || pollInterval.isNegative() || pollInterval.isZero()
                || requestDeadline.isNegative() || requestDeadline.isZero()) {
            throw new IllegalArgumentException("the Dependency-Track timeouts must be positive");
        }
    }

    /**
     * The API server's base URL as given, checked (http or https, a host, no query or fragment) and without trailing
     * slashes; an {@link IllegalArgumentException} saying what is wrong otherwise.
     */
    public static URI baseUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new IllegalArgumentException("the Dependency-Track URL must be an https URL with a host, e.g."
                    + " https://dtrack.example.com");
        }
        if (url.getQuery() != null || url.getFragment() != null) {
            throw new IllegalArgumentException("the Dependency-Track URL must be the API server's base URL, without"
                    + " a query or fragment");
        }
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + path);
    }

    /** The usual timings. */
    public static DependencyTrackOptions of(URI url, String apiKey, boolean plainHttp, Duration timeout) {
        return new DependencyTrackOptions(url, apiKey, plainHttp, timeout, DEFAULT_POLL_INTERVAL,
                DEFAULT_REQUEST_DEADLINE);
    }

    /** {@code /api/v1/...} under the base URL. */
    URI api(String path) {
        return URI.create(url + "/api/v1/" + path);
    }

    @Override
    public String toString() {
        return "DependencyTrackOptions[" + url + (plainHttp ? ", plain http allowed" : "") + ", timeout " + timeout
                + "]"; // never the key
    }
}
