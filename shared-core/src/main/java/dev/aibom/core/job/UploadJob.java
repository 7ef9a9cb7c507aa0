package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.dt.DependencyTrackClient;
import dev.aibom.core.dt.DependencyTrackOptions;
import dev.aibom.core.dt.ProjectMetrics;
import dev.aibom.core.dt.ProjectTarget;
import dev.aibom.core.dt.Violation;
import dev.aibom.core.dt.ViolationState;
import dev.aibom.core.net.Http;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.VerificationReport;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a signed AI-BOM to Dependency-Track, the organisation's store of BOMs, and (synchronous) gates on the
 * project's policy violations there: FAIL fails, WARN is unstable, INFO is listed, as the Dependency-Track Jenkins
 * plugin does. The one core entry point of {@code aibom:upload}, {@code aibom upload} and {@code aibomUpload}.
 *
 * <p>Only a signed BOM whose signature verifies is sent (what the organisation stores is what was signed); the bytes
 * checked are the bytes sent. The API key goes only over https, to a literal loopback address, or over plain http on
 * the user's explicit, logged opt-in.
 */
public final class UploadJob {
    private UploadJob() {
    }

    /**
     * @param trust       whose signatures count, as for verify: a BOM is sent only when its signature is valid and made
     *                    with a key (or a certificate chaining to a CA root) in it; it may not be empty
     * @param synchronous wait for Dependency-Track to process the BOM, then gate on the project's policy violations
     * @param limits the largest BOM read (the front end's maxBomSize)
     */
    public record Request(Path bom, ProjectTarget target, DependencyTrackOptions options, Trust trust,
                          boolean synchronous,
                          ReadLimits limits) {
        public Request {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(trust, "trust");
        }
    }

    /**
     * What happened, for the adapters to turn into a build outcome. Plain nullable fields so that it travels from a
     * Jenkins agent.
     *
     * @param projectUuid the project's UUID (known when given, or looked up by the synchronous gate)
     * @param violations  the project's policy violations (synchronous only), FAIL first
     * @param metrics     the project's current metrics, when synchronous and Dependency-Track has computed them
     * @param summary     one line: what was uploaded and the gate's verdict
     */
    public record Result(URI server, String token, String projectUuid, boolean synchronous,
                         List<Violation> violations, ProjectMetrics metrics, EvaluationResult.Outcome outcome,
                         String summary) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Result {
            violations = List.copyOf(violations);
            Objects.requireNonNull(outcome, "outcome");
        }

        public Optional<ProjectMetrics> currentMetrics() {
            return Optional.ofNullable(metrics);
        }

        public long count(ViolationState state) {
            return violations.stream().filter(v -> v.state() == state).count();
        }
    }

    /** Sleeps between polls; tests replace it. */
    public interface Sleeper {
        void sleep(java.time.Duration pause) throws InterruptedException;
    }

    public static Result run(Request request, Log log) throws AibomException {
        return run(request, log, pause -> Thread.sleep(pause.toMillis()));
    }

    public static Result run(Request request, Log log, Sleeper sleeper) throws AibomException {
        DependencyTrackOptions options = request.options();
        URI server = options.url();
        checkTransport(options, log);
        BomReader reader = new BomReader(request.limits());
        byte[] bytes = reader.bytes(request.bom());
        LoadedBom loaded = reader.read(request.bom(), bytes);
        if (request.trust().isEmpty()) {
            throw new AibomException("No trusted key or CA root is given, so whether " + request.bom() + " is signed"
                    + " by someone who may put it into Dependency-Track cannot be said: give the public key (or CA"
                    + " root) its signature must verify with, as for verify (trustedKeys, caRoots).");
        }
        VerificationReport signatures = BomSignatures.verify(loaded, request.trust().policy(List.of(), true));
        if (signatures.state() == VerificationReport.State.UNSIGNED) {
            throw new AibomException(request.bom() + " is not signed: sign it before the upload (generate, declare,"
                    + " sign, upload), so that what Dependency-Track stores is bound to your key.");
        }
        if (signatures.state() == VerificationReport.State.INVALID) {
            throw new AibomException(request.bom() + " does not verify (" + String.join("; ", signatures.failures())
                    + "): it changed after it was signed. Do not upload it; generate and sign it again.");
        }
        if (signatures.state() != VerificationReport.State.VALID_TRUSTED) {
            throw new AibomException(request.bom() + " is signed, but not with a trusted key ("
                    + String.join("; ", signatures.failures()) + "): it is not sent. Sign it with the key the trust"
                    + " set names, or add the signer's public key to trustedKeys if it may upload.");
        }
        DependencyTrackClient client = new DependencyTrackClient(options);
        ProjectTarget target = request.target();
        if (target.bySystem()) {
            com.fasterxml.jackson.databind.JsonNode system = loaded.tree().path("metadata").path("component");
            String name = system.path("name").asText("");
            String version = system.path("version").asText("");
            if (name.isBlank() || version.isBlank()) {
                throw new AibomException(request.bom() + " does not name its system with a version"
                        + " (metadata.component name and version), so it cannot name the Dependency-Track project:"
                        + " give the project's name and version, or its UUID.");
            }
            target = target.forSystem(name, version);
            log.info("Dependency-Track: project not set: using the system's name and version, '" + target.name()
                    + "' version '" + target.version() + "'");
        }
        ProjectTarget chosen = target;
        log.info("Dependency-Track: uploading " + request.bom().getFileName() + " (" + bytes.length + " bytes, signed)"
                + " to " + server + ", " + target.describe() + (target.autoCreate() ? " (created if missing)" : "")
                + target.parentName().or(target::parentUuid).map(p -> ", parent '" + chosen.parent() + "'")
                .orElse(""));
        String token = client.upload(bytes, target);
        log.info("Dependency-Track: accepted, processing token " + token);
        if (!request.synchronous()) {
            String summary = "Dependency-Track: uploaded to " + server + " (" + target.describe() + "); not waiting"
                    + " for its processing (synchronous is off), so its policies are not part of this verdict";
            log.info(summary);
            return new Result(server, token, target.uuid(), false, List.of(), null, EvaluationResult.Outcome.PASS,
                    summary);
        }
        waitForProcessing(client, token, options, log, sleeper);
        String uuid = target.projectUuid().isPresent() ? target.uuid() : client.lookup(target.name(),
                target.version());
        List<Violation> violations = new ArrayList<>(client.violations(uuid));
        violations.sort(Comparator.comparing(Violation::state).reversed().thenComparing(Violation::policy)
                .thenComparing(Violation::component));
        Optional<ProjectMetrics> metrics = agreeingMetrics(client, uuid, violations, options, sleeper);
        metrics.ifPresentOrElse(m -> log.info("Dependency-Track: project " + uuid + ": " + m.line()),
                () -> log.info("Dependency-Track: project " + uuid + ": no metrics computed yet (the violation"
                        + " list is not cross-checked)"));
        for (Violation violation : violations) {
            switch (violation.state()) {
                case FAIL -> log.error("Dependency-Track: " + violation.line());
                case WARN -> log.warn("Dependency-Track: " + violation.line());
                default -> log.info("Dependency-Track: " + violation.line());
            }
        }
        EvaluationResult.Outcome outcome = violations.stream().map(v -> v.state().outcome())
                .max(Comparator.naturalOrder()).orElse(EvaluationResult.Outcome.PASS);
        long fail = violations.stream().filter(v -> v.state() == ViolationState.FAIL).count();
        long warn = violations.stream().filter(v -> v.state() == ViolationState.WARN).count();
        long info = violations.size() - fail - warn;
        String summary = "Dependency-Track: " + (violations.isEmpty() ? "no policy violations"
                : violations.size() + " policy violation" + (violations.size() == 1 ? "" : "s") + " (" + fail
                + " FAIL, " + warn + " WARN, " + info + " INFO)") + " in project " + uuid + " at " + server + ": "
                + switch (outcome) {
                    case FAIL -> "FAILED";
                    case UNSTABLE -> "UNSTABLE";
                    case PASS -> "passed";
                };
        switch (outcome) {
            case FAIL -> log.error(summary);
            case UNSTABLE -> log.warn(summary);
            default -> log.info(summary);
        }
        return new Result(server, token, uuid, true, violations, metrics.orElse(null), outcome, summary);
    }

    /**
     * The project's metrics, which must count the same FAIL, WARN and INFO violations as the list: Dependency-Track
     * updates them after it evaluates the policies, so a disagreement is waited out (within the timeout); one that
     * stays is an error, never a pass (a list that lost entries on the way would otherwise look clean).
     */
    private static Optional<ProjectMetrics> agreeingMetrics(DependencyTrackClient client, String uuid,
                                                            List<Violation> violations, DependencyTrackOptions options,
                                                            Sleeper sleeper) throws AibomException {
        long fail = violations.stream().filter(v -> v.state() == ViolationState.FAIL).count();
        long warn = violations.stream().filter(v -> v.state() == ViolationState.WARN).count();
        long info = violations.size() - fail - warn;
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (true) {
            Optional<ProjectMetrics> metrics = client.metrics(uuid);
            if (metrics.isEmpty() || (metrics.get().policyViolationsFail() == fail
                    && metrics.get().policyViolationsWarn() == warn && metrics.get().policyViolationsInfo() == info)) {
                return metrics;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                ProjectMetrics m = metrics.get();
                throw new AibomException("Dependency-Track at " + options.url() + " lists " + fail + " FAIL, " + warn
                        + " WARN and " + info + " INFO policy violations for project " + uuid + ", but its metrics"
                        + " count " + m.policyViolationsFail() + " FAIL, " + m.policyViolationsWarn() + " WARN and "
                        + m.policyViolationsInfo() + " INFO (still after " + options.timeout().toSeconds() + " s):"
                        + " the gate cannot judge a list that disagrees with the project's own count. Look at the"
                        + " project in Dependency-Track, and try again.");
            }
            try {
                sleeper.sleep(java.time.Duration.ofNanos(Math.min(left, options.pollInterval().toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AibomException("Interrupted while waiting for Dependency-Track's metrics of project " + uuid
                        + ".");
            }
        }
    }

    /** https; plain http only to a literal loopback address or on the explicit opt-in, which is logged. */
    private static void checkTransport(DependencyTrackOptions options, Log log) throws AibomException {
        URI url = options.url();
        Optional<String> refused = Http.refusal(url);
        if (refused.isEmpty()) {
            return;
        }
        if (options.plainHttp() && "http".equalsIgnoreCase(url.getScheme())) {
            log.warn("Dependency-Track: sending the API key over plain http to " + url + ", as allowPlainHttp asks:"
                    + " anyone on the way can read it and change what is sent. Use https.");
            return;
        }
        throw new AibomException("The Dependency-Track URL " + url + " is refused: " + refused.get() + ". The API"
                + " key travels with every request. On a network you trust, allow plain http explicitly"
                + " (allowPlainHttp).");
    }

    private static void waitForProcessing(DependencyTrackClient client, String token, DependencyTrackOptions options,
                                          Log log, Sleeper sleeper) throws AibomException {
        long started = System.nanoTime();
        long deadline = started + options.timeout().toNanos();
        while (client.processing(token)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AibomException("Dependency-Track at " + options.url() + " was still processing the BOM"
                        + " after " + options.timeout().toSeconds() + " s (token " + token + "): the gate cannot pass"
                        + " without its verdict. Raise timeoutSeconds, or look at the project in Dependency-Track.");
            }
            try {
                sleeper.sleep(java.time.Duration.ofNanos(Math.min(left, options.pollInterval().toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AibomException("Interrupted while waiting for Dependency-Track to process the BOM (token "
                        + token + ").");
            }
        }
        log.info("Dependency-Track: processed after " + (System.nanoTime() - started) / 1_000_000_000 + " s");
    }
}
