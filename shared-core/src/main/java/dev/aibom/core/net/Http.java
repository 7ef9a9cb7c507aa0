package dev.aibom.core.net;

import dev.aibom.core.AibomException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The one way aibom fetches something over HTTP (the supplier register; the Hugging Face Hub and Dependency-Track
 * build on it): a connect timeout, a total deadline that covers the body, a maximum body size, redirects followed by
 * hand under the same rules as the first request (https only, never from https to http, only to the same host when
 * credentials are sent), plain http only to a literal loopback address, and bounded retries with backoff on 5xx, 429
 * and dropped connections, honouring {@code Retry-After}.
 *
 * <p>Hand-written around the JDK's {@code HttpClient} rather than a library: the rules above are what matter, and they
 * are a page of code; a client library would be a dependency of the Maven plugin and the Jenkins plugin as well.
 */
public final class Http {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int MAX_REDIRECTS = 5;

    private Http() {
    }

    /**
     * @param connectTimeout how long to wait for a connection
     * @param deadline       how long the whole fetch may take: connecting, redirects, retries and the whole body
     * @param maxBodyBytes   the largest body accepted
     * @param attempts       how many times to try when the server fails (5xx, 429) or the connection drops
     * @param backoff        the wait before the second attempt; it doubles after that
     * @param headers        request headers ({@code Authorization} or {@code X-Api-Key} makes it a request with
     *                       credentials)
     * @param plainHttp      plain http is accepted for any host: the user's explicit, logged opt-in
     */
    public record Options(Duration connectTimeout, Duration deadline, long maxBodyBytes, int attempts,
                          Duration backoff, Map<String, String> headers, boolean plainHttp) {
        public Options {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(deadline, "deadline");
            if (maxBodyBytes <= 0 || attempts < 1) {
                throw new IllegalArgumentException("maxBodyBytes and attempts must be positive");
            }
            Objects.requireNonNull(backoff, "backoff");
            headers = Map.copyOf(headers);
        }

        /** A deadline and a body limit; connect within the deadline (at most 10 s), 3 attempts, 0.5 s backoff. */
        public static Options of(Duration deadline, long maxBodyBytes) {
            Duration connect = deadline.compareTo(Duration.ofSeconds(10)) < 0 ? deadline : Duration.ofSeconds(10);
            return new Options(connect, deadline, maxBodyBytes, 3, Duration.ofMillis(500), Map.of(), false);
        }

        public Options withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Options(connectTimeout, deadline, maxBodyBytes, attempts, backoff, more, plainHttp);
        }

        public Options withAttempts(int value, Duration firstBackoff) {
            return new Options(connectTimeout, deadline, maxBodyBytes, value, firstBackoff, headers, plainHttp);
        }

        /** Plain http to any host: only on the user's explicit opt-in, which the caller logs. */
        public Options withPlainHttp(boolean value) {
            return new Options(connectTimeout, deadline, maxBodyBytes, attempts, backoff, headers, value);
        }

        boolean credentials() {
            return headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Authorization")
                    || name.equalsIgnoreCase("X-Api-Key"));
        }

        @Override
        public String toString() {
            return "Http.Options[" + deadline + ", " + maxBodyBytes + " bytes]"; // never the headers (credentials)
        }
    }

    /** What the server finally answered (after redirects). */
    public record Response(URI uri, int status, HttpHeaders headers, byte[] body) {
    }

    /** Why a URL is refused under {@code options} (which may allow plain http), or empty when it may be fetched. */
    public static Optional<String> refusal(URI uri, Options options) {
        if (options.plainHttp() && uri.getHost() != null && "http".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        return refusal(uri);
    }

    /** Why a URL is refused before anything is sent, or empty when it may be fetched. */
    public static Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            return Optional.of("it has no host");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (!scheme.equals("http")) {
            return Optional.of("only https (and http to this machine's loopback address) is fetched");
        }
        return literalLoopback(uri.getHost()) ? Optional.empty()
                : Optional.of("it is plain http; use https, so that nothing can be changed on the way (plain http is"
                + " accepted only for a literal loopback address such as 127.0.0.1 or [::1])");
    }

    /** 127.0.0.0/8 or ::1 written as an address: a host name that resolves there is not enough. */
    private static boolean literalLoopback(String host) {
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean ip = IPV4.matcher(literal).matches() || literal.contains(":");
        if (!ip) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * GET {@code uri}. Any answer but 200 after the retries, a body over the limit, the deadline passing or a refused
     * URL or redirect is an {@link AibomException} naming {@code what} and the URL and saying what to do.
     */
    public static Response get(URI uri, Options options, String what) throws AibomException {
        Response response = fetch(uri, options, what);
        if (response.status() != 200) {
            throw new AibomException("The " + what + " at " + uri + " answered HTTP " + response.status() + ". "
                    + (response.status() == 401 || response.status() == 403 ? "Check the credentials and that the"
                    + " build may read it." : response.status() == 404 ? "Check the URL." : "Check the URL and the"
                    + " server."));
        }
        return response;
    }

    /**
     * GET {@code uri} like {@link #get}, but an answer that retrying cannot change (a 4xx other than 429, a 2xx) is
     * returned for the caller to word; 5xx and 429 are retried and, when they persist, an {@link AibomException}.
     */
    public static Response fetch(URI uri, Options options, String what) throws AibomException {
        return exchange("GET", uri, null, options, what);
    }

    /**
     * PUT {@code body} (of {@code contentType}) to {@code uri} under the same rules as {@link #fetch}: the answer is
     * returned for the caller to word, except 5xx and 429, which are retried and, when they persist, an
     * {@link AibomException}. A redirect is not followed (the data would go where the user did not send it): it is an
     * error that names the new location.
     */
    public static Response put(URI uri, byte[] body, String contentType, Options options, String what)
            throws AibomException {
        return exchange("PUT", uri, new Body(body, contentType), options, what);
    }

    private record Body(byte[] bytes, String contentType) {
    }

    private static Response exchange(String method, URI uri, Body body, Options options, String what)
            throws AibomException {
        Optional<String> refused = refusal(uri, options);
        if (refused.isPresent()) {
            throw new AibomException("The " + what + " URL " + uri + " is refused: " + refused.get() + ".");
        }
        long deadline = System.nanoTime() + options.deadline().toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI current = uri;
        int redirects = 0;
        int attempt = 1;
        while (true) {
            Exchange exchange = send(client, method, body, current, options, what, uri, deadline);
            if (exchange.redirect().isPresent()) {
                URI next = current.resolve(exchange.redirect().get());
                if (body != null) {
                    throw new AibomException("The " + what + " at " + uri + " answered with a redirect to " + next
                            + "; data is not sent on to another address. If that is the right one, configure it.");
                }
                checkRedirect(uri, current, next, options, what);
                if (++redirects > MAX_REDIRECTS) {
                    throw new AibomException("The " + what + " at " + uri + " redirects more than " + MAX_REDIRECTS
                            + " times. Check the URL.");
                }
                current = next;
                continue;
            }
            if (exchange.response().isPresent()) {
                Response response = exchange.response().get();
                boolean retry = response.status() >= 500 || response.status() == 429;
                if (!retry) {
                    return response;
                }
                if (attempt >= options.attempts()) {
                    throw new AibomException("The " + what + " at " + uri + " answered HTTP " + response.status()
                            + " " + attempt + " times. Try again later" + fallback(method) + ".");
                }
                wait(backoff(options, attempt, response.headers()), deadline, what, uri, method);
            } else {
                if (attempt >= options.attempts()) {
                    throw new AibomException("The " + what + " at " + uri + " cannot be " + (body == null ? "read"
                            : "reached") + ": " + exchange.failure() + " (" + attempt + " attempts). Check the URL and"
                            + " the network" + fallback(method) + ".");
                }
                wait(backoff(options, attempt, null), deadline, what, uri, method);
            }
            attempt++;
        }
    }

    /** One request: a redirect, a response with its whole body, or a failure worth retrying. */
    private record Exchange(Optional<String> redirect, Optional<Response> response, String failure) {
    }

    /** What to suggest besides trying again: a local copy of something fetched; nothing for data sent. */
    private static String fallback(String method) {
        return method.equals("GET") ? ", or use a local copy" : "";
    }

    private static Exchange send(HttpClient client, String method, Body body, URI uri, Options options, String what,
                                 URI original, long deadline) throws AibomException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(what, original, options, method);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(remaining));
        if (body == null) {
            builder.GET();
        } else {
            builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                    .header("Content-Type", body.contentType());
        }
        options.headers().forEach(builder::header);
        java.util.concurrent.atomic.AtomicBoolean tooLarge = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(),
                info -> new LimitedBody(options.maxBodyBytes(), info, tooLarge));
        try {
            HttpResponse<byte[]> response = future.get(Math.max(1, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new AibomException("The " + what + " at " + original + " answered a redirect without a"
                            + " Location. Check the URL.");
                }
                return new Exchange(location, Optional.empty(), "");
            }
            return new Exchange(Optional.empty(), Optional.of(new Response(uri, status, response.headers(),
                    response.body())), "");
        } catch (TimeoutException e) {
            future.cancel(true); // aborts the exchange: a server that dribbles its body is not waited for
            throw timeout(what, original, options, method);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // the client may report the cancelled stream instead of the reason it was cancelled for
            if (cause instanceof BodyTooLarge || tooLarge.get()) {
                throw new AibomException("The " + what + " at " + original + " sent more than " + options.maxBodyBytes()
                        + " bytes, the limit for a " + what + ". Check the URL.");
            }
            if (cause instanceof HttpTimeoutException) {
                throw timeout(what, original, options, method);
            }
            if (cause instanceof ConnectException) {
                return new Exchange(Optional.empty(), Optional.empty(), "the connection was refused");
            }
            if (cause instanceof IOException io) {
                return new Exchange(Optional.empty(), Optional.empty(), io.getMessage() == null
                        ? io.getClass().getSimpleName() : io.getMessage());
            }
            throw new AibomException("The " + what + " at " + original + " cannot be read: " + cause + ".");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new AibomException("Interrupted while fetching the " + what + " " + original + ".");
        }
    }

    private static AibomException timeout(String what, URI uri, Options options, String method) {
        return new AibomException("The " + what + " at " + uri + " did not answer completely within "
                + options.deadline().toSeconds() + " s. Check the URL and the network" + fallback(method) + ".");
    }

    /** A redirect is a new request under the same rules, and never a step down. */
    private static void checkRedirect(URI original, URI from, URI to, Options options, String what)
            throws AibomException {
        Optional<String> refused = refusal(to, options);
        if (refused.isEmpty() && "https".equalsIgnoreCase(from.getScheme())
                && !"https".equalsIgnoreCase(to.getScheme())) {
            refused = Optional.of("it leads from https to http");
        }
        if (refused.isEmpty() && options.credentials() && !(to.getHost().equalsIgnoreCase(from.getHost())
                && to.getPort() == from.getPort())) {
            refused = Optional.of("it leads to another host, and the request carries credentials");
        }
        if (refused.isPresent()) {
            throw new AibomException("The " + what + " at " + original + " redirects to " + to + ", which is refused: "
                    + refused.get() + ".");
        }
    }

    /** Retry-After (seconds or an HTTP date) when the server gave one, else the doubling backoff. */
    private static Duration backoff(Options options, int attempt, HttpHeaders headers) {
        Duration doubling = options.backoff().multipliedBy(1L << Math.min(10, attempt - 1));
        if (headers == null) {
            return doubling;
        }
        Optional<String> retryAfter = headers.firstValue("Retry-After");
        if (retryAfter.isEmpty()) {
            return doubling;
        }
        String value = retryAfter.get().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return doubling;
            }
        }
    }

    private static void wait(Duration pause, long deadline, String what, URI uri, String method)
            throws AibomException {
        if (System.nanoTime() + pause.toNanos() >= deadline) {
            throw new AibomException("The " + what + " at " + uri + " asks to retry after " + pause.toSeconds()
                    + " s, beyond the deadline. Try again later" + fallback(method) + ".");
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AibomException("Interrupted while fetching the " + what + " " + uri + ".");
        }
    }

    /** The body has more bytes than allowed. */
    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("the body is larger than the limit");
        }
    }

    /** Collects the body up to the limit; beyond it, cancels the exchange. A Content-Length over it is refused first. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final java.util.concurrent.atomic.AtomicBoolean tooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<ByteBuffer> buffers = new ArrayList<>();
        private long received;
        private Flow.Subscription subscription;

        LimitedBody(long limit, HttpResponse.ResponseInfo info, java.util.concurrent.atomic.AtomicBoolean tooLarge) {
            this.limit = limit;
            this.tooLarge = tooLarge;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                tooLarge.set(true);
                result.completeExceptionally(new BodyTooLarge());
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
            if (result.isDone()) {
                value.cancel();
            } else {
                value.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                received += item.remaining();
                buffers.add(item);
            }
            if (received > limit) {
                tooLarge.set(true);
                buffers.clear();
                subscription.cancel();
                result.completeExceptionally(new BodyTooLarge());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            buffers.clear();
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            byte[] body = new byte[(int) received];
            int at = 0;
            for (ByteBuffer buffer : buffers) {
                int length = buffer.remaining();
                buffer.get(body, at, length);
                at += length;
            }
            buffers.clear();
            result.complete(body);
        }
    }
}
