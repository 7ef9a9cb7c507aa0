package dev.aibom.core.hub;

import dev.aibom.core.AibomException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import dev.aibom.core.net.Http;

/**
 * How aibom reaches the Hugging Face Hub: the endpoint, the token for gated and private repositories, the cache of
 * commit metadata, and whether it may go online at all. Built by each front end from its settings and the
 * environment, as {@code huggingface_hub} reads it: {@code HF_ENDPOINT}, {@code HF_TOKEN} (or the older
 * {@code HUGGING_FACE_HUB_TOKEN}).
 *
 * @param endpoint       the Hub's base URL
 * @param endpointOrigin how it was chosen, for the console ("--hub-url", "HF_ENDPOINT", "default")
 * @param token          the token, sent only to the endpoint's host and never logged
 * @param tokenVariable  the environment variable it came from, to name in messages
 * @param cache          the cache of commit metadata (written); a commit's metadata never changes, so it never expires
 * @param cacheOrigin    how it was chosen
 * @param offline        use only the caches; never go online
 * @param timeout        how long one repository's metadata may take to fetch, retries included
 */
public record HubOptions(URI endpoint, String endpointOrigin, Optional<String> token, String tokenVariable,
                         Path cache, String cacheOrigin, boolean offline, Duration timeout) {
    public static final URI PUBLIC_HUB = URI.create("https://huggingface.co");
    public static final String TOKEN = "HF_TOKEN";
    public static final String OLD_TOKEN = "HUGGING_FACE_HUB_TOKEN";
    public static final String ENDPOINT = "HF_ENDPOINT";
    /** {@code huggingface_hub}'s switch: {@code 1} (or true, yes, on) means never go online. */
    public static final String OFFLINE = "HF_HUB_OFFLINE";

    public HubOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(endpointOrigin, "endpointOrigin");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenVariable, "tokenVariable");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(cacheOrigin, "cacheOrigin");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The public Hub, {@code ~/.cache/aibom/hub}, online, no token: what a front end starts from. */
    public static HubOptions defaults() {
        return new HubOptions(PUBLIC_HUB, "default", Optional.empty(), TOKEN, defaultCache(), "default", false,
                Duration.ofSeconds(60));
    }

    /** Only the given cache, never online (tests, and builds that must not reach the Hub). */
    public static HubOptions offline(Path cache) {
        return new HubOptions(PUBLIC_HUB, "default", Optional.empty(), TOKEN, cache, "configured", true,
                Duration.ofSeconds(60));
    }

    public static Path defaultCache() {
        return Path.of(System.getProperty("user.home"), ".cache", "aibom", "hub");
    }

    /**
     * @param url          the configured endpoint (a front end's setting), else {@code HF_ENDPOINT}, else the public Hub
     * @param urlSetting   the setting's name, for messages ("--hub-url", "aibom.hubUrl")
     * @param cache        the configured cache folder, else {@code ~/.cache/aibom/hub}
     * @param offline      the front end's setting; {@code HF_HUB_OFFLINE=1} in the environment also makes it offline
     * @param environment  where {@code HF_ENDPOINT}, {@code HF_HUB_OFFLINE} and the token are read from
     * @throws AibomException when the endpoint is not a usable URL
     */
    public static HubOptions of(Optional<String> url, String urlSetting, Optional<Path> cache, boolean offline,
                                Map<String, String> environment) throws AibomException {
        URI endpoint = PUBLIC_HUB;
        String endpointOrigin = "default";
        String configured = url.filter(u -> !u.isBlank()).orElse(null);
        String origin = urlSetting;
        if (configured == null && environment.get(ENDPOINT) != null && !environment.get(ENDPOINT).isBlank()) {
            configured = environment.get(ENDPOINT);
            origin = ENDPOINT;
        }
        if (configured != null) {
            endpoint = endpoint(configured.trim(), origin);
            endpointOrigin = origin;
        }
        Optional<String> token = Optional.empty();
        String variable = TOKEN;
        for (String name : new String[]{TOKEN, OLD_TOKEN}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                token = Optional.of(value.trim());
                variable = name;
                break;
            }
        }
        String offlineVariable = environment.getOrDefault(OFFLINE, "").trim().toLowerCase(java.util.Locale.ROOT);
        boolean offlineByEnvironment = java.util.Set.of("1", "true", "yes", "on").contains(offlineVariable);
        return new HubOptions(endpoint, endpointOrigin, token, variable, cache.orElse(defaultCache()),
                cache.isPresent() ? "configured" : "default", offline || offlineByEnvironment, Duration.ofSeconds(60));
    }

    private static URI endpoint(String text, String origin) throws AibomException {
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(text, "not an http(s) base URL");
            }
            Optional<String> refused = Http.refusal(uri);
            if (refused.isPresent()) {
                throw new AibomException(origin + ": the Hub URL " + text + " is refused: " + refused.get() + ".");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new AibomException(origin + ": '" + text + "' is not a Hub base URL; give one such as"
                    + " https://huggingface.co.");
        }
    }

    public HubOptions withTimeout(Duration value) {
        return new HubOptions(endpoint, endpointOrigin, token, tokenVariable, cache, cacheOrigin, offline, value);
    }

    @Override
    public String toString() {
        // never the token
        return "HubOptions[" + endpoint + ", cache " + cache + (offline ? ", offline" : "") + (token.isPresent()
                ? ", token from " + tokenVariable : "") + "]";
    }
}
