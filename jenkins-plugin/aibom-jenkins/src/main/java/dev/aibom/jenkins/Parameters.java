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
