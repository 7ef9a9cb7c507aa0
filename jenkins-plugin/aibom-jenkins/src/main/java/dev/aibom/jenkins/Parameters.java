package dev.aibom.jenkins;

import dev.aibom.core.Timestamps;
import dev.aibom.core.control.FailOn;
import dev.aibom.core.control.Severity;
import dev.aibom.core.job.PipelineRequest;
import dev.aibom.core.job.ReviewRequest;
import hudson.AbortException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps step and builder fields to core requests; a bad value is an error naming the parameter. */
final class Parameters {
    private Parameters() {
    }

    static PipelineRequest pipeline(String descriptor, String policy, String suppliers, String waivers, boolean sign,
                                    String keyFile, String passphraseVariable, String outputDirectory, String failOn,
                                    String unstableOn, String scanPaths, Map<String, String> environment)
            throws AbortException {
        Instant timestamp;
        try {
            timestamp = Timestamps.parse(environment.get("SOURCE_DATE_EPOCH")).orElseGet(Instant::now);
        } catch (IllegalArgumentException e) {
            throw new AbortException("aibom: SOURCE_DATE_EPOCH: " + e.getMessage() + ".");
        }
        return new PipelineRequest(".", orDefault(descriptor, "aibom.yaml"), blankToNull(policy),
                blankToNull(suppliers), blankToNull(waivers), sign, blankToNull(keyFile),
                orDefault(passphraseVariable, "AIBOM_KEY_PASSPHRASE"), List.of(), orDefault(outputDirectory, "aibom"),
                failOn(failOn, "failOn"), severity(unstableOn, "unstableOn"), timestamp,
                LocalDate.now(ZoneOffset.UTC), secretsOnly(environment, orDefault(passphraseVariable,
                "AIBOM_KEY_PASSPHRASE"))).withScanPaths(list(scanPaths));
    }

    /** A comma-separated parameter as a list; blank entries dropped. */
    static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Only what the core reads travels to the agent, never the rest of the build's environment: the passphrase
     * variable, and the Hugging Face Hub's endpoint and token (as {@code huggingface_hub} reads them).
     */
    private static Map<String, String> secretsOnly(Map<String, String> environment, String variable) {
        Map<String, String> passed = new java.util.HashMap<>();
        for (String name : List.of(variable, "HF_ENDPOINT", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")) {
            String value = environment.get(name);
            if (value != null) {
                passed.put(name, value);
            }
        }
        return Map.copyOf(passed);
    }

    static ReviewRequest review(String bom, String trustedKeys, String suppliers, String policy, String waivers,
                                String outputDirectory, String failOn, String unstableOn,
                                boolean requireAiComponents) throws AbortException {
        if (bom == null || bom.isBlank()) {
            throw new AbortException("aibomVerify: the parameter 'bom' is required (the BOM file to review).");
        }
        List<String> keys = list(trustedKeys);
        return new ReviewRequest(".", bom, keys, blankToNull(suppliers), blankToNull(policy), blankToNull(waivers),
                orDefault(outputDirectory, "aibom-review"), failOn(failOn, "failOn"),
                severity(unstableOn, "unstableOn"), requireAiComponents, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The Dependency-Track upload: the API key from the environment variable the credentials binding fills (only the
     * key travels to the agent, inside the request); a missing URL, key or BOM is an error naming the parameter.
     */
    static dev.aibom.core.job.UploadJob.Request upload(String step, String bom, String url, String apiKeyVariable,
                                                      String projectUuid, String projectName, String projectVersion,
                                                      boolean autoCreate, String parent, boolean synchronous,
                                                      int timeoutSeconds, boolean allowPlainHttp,
                                                      String trustedKeys, String caRoots,
                                                      Map<String, String> environment) throws AbortException {
        if (bom == null || bom.isBlank()) {
            throw new AbortException(step + ": the parameter 'bom' is required (the signed BOM to upload).");
        }
        if (url == null || url.isBlank()) {
            throw new AbortException(step + ": the parameter 'url' is required (the base URL of Dependency-Track's"
                    + " API server, e.g. https://dtrack.example.com).");
        }
        String variable = orDefault(apiKeyVariable, "AIBOM_DT_API_KEY");
        String key = environment.get(variable);
        if (key == null || key.isBlank()) {
            throw new AbortException(step + ": the Dependency-Track API key is not set: bind a Secret text credential"
                    + " to the environment variable " + variable + " (withCredentials([string(credentialsId: '...',"
                    + " variable: '" + variable + "')]) in a Pipeline, 'Use secret text(s) or file(s)' in a"
                    + " freestyle job).");
        }
        if (timeoutSeconds <= 0) {
            throw new AbortException(step + ": parameter 'timeoutSeconds' must be a positive number of seconds, not "
                    + timeoutSeconds + ".");
        }
        dev.aibom.core.dt.DependencyTrackOptions options;
        try {
            options = dev.aibom.core.dt.DependencyTrackOptions.of(java.net.URI.create(url.trim()), key,
                    allowPlainHttp, java.time.Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new AbortException(step + ": parameter '" + (e.getMessage() != null && e.getMessage()
                    .contains("API key") ? variable : "url") + "': " + e.getMessage() + ".");
        }
        dev.aibom.core.dt.ProjectTarget target;
        try {
            target = new dev.aibom.core.dt.ProjectTarget(projectUuid, projectName, projectVersion, autoCreate, parent);
        } catch (IllegalArgumentException e) {
            throw new AbortException(step + ": parameters 'projectUuid', 'projectName', 'projectVersion': "
                    + e.getMessage() + ".");
        }
        List<String> keys = list(trustedKeys);
        List<String> roots = list(caRoots);
        if (keys.isEmpty() && roots.isEmpty()) {
            throw new AbortException(step + ": the parameter 'trustedKeys' (or 'caRoots') is required: only a BOM whose"
                    + " signature verifies with a key you trust is sent to Dependency-Track.");
        }
        return new dev.aibom.core.job.UploadJob.Request(java.nio.file.Path.of(bom), target, options,
                new dev.aibom.core.job.Trust(keys.stream().map(java.nio.file.Path::of).toList(),
                        roots.stream().map(java.nio.file.Path::of).toList(), List.of()), synchronous);
    }

    /** The declarations' signatory when {@code declare} is set; a missing name or role is an error naming them. */
    static dev.aibom.core.declare.DeclareOptions declare(boolean declare, String signatory, String role,
                                                         String assessor) throws AbortException {
        if (!declare) {
            return null;
        }
        if (signatory == null || signatory.isBlank() || role == null || role.isBlank()) {
            throw new AbortException("aibom: declare is true but 'signatory' or 'signatoryRole' is not set: a"
                    + " declaration names the person who affirms it.");
        }
        return new dev.aibom.core.declare.DeclareOptions(assessor, signatory, role, "");
    }

    /** {@code maxBomSize} ({@code 512M}, {@code 1G}), or null for the default of the agent's heap. */
    static Long maxBomSize(String value, String step) throws AbortException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return dev.aibom.core.bom.ReadLimits.parseSize(value);
        } catch (IllegalArgumentException e) {
            throw new AbortException(step + ": parameter 'maxBomSize': " + e.getMessage() + ".");
        }
    }

    static FailOn failOn(String value, String parameter) throws AbortException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FailOn.parse(value);
        } catch (IllegalArgumentException e) {
            throw new AbortException("aibom: parameter '" + parameter + "': " + e.getMessage() + ".");
        }
    }

    static Severity severity(String value, String parameter) throws AbortException {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("never")) {
            return null;
        }
        try {
            return Severity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AbortException("aibom: parameter '" + parameter + "' must be error, warning, info or never,"
                    + " not '" + value + "'.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
