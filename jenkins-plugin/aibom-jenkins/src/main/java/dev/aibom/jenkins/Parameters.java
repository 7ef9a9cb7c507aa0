package dev.aibom.jenkins;

import dev.aibom.core.Timestamps;
import dev.aibom.core.AibomException;
import dev.aibom.core.job.DeclaringSettings;
import dev.aibom.core.job.DependencyTrackSettings;
import dev.aibom.core.job.GeneratingSettings;
import dev.aibom.core.job.JudgingSettings;
import dev.aibom.core.job.SigningSettings;
import dev.aibom.core.job.PipelineRequest;
import dev.aibom.core.job.PipelineRequestBuilder;
import dev.aibom.core.job.ReviewRequest;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.aibom.core.declare.DeclareOptions;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.UploadJob;

/** Maps step and builder fields to core requests; a bad value is an error naming the parameter. */
final class Parameters {
    private Parameters() {
    }

    /**
     * The generate-and-check request of {@code aibom} and {@code aibomBuilder} alike: every text parameter expanded
     * with the build's environment ({@code ${NAME}}) in both forms, credentials looked up here on the controller.
     */
    static PipelineRequest pipeline(AibomStep s, EnvVars env, Run<?, ?> run) throws AbortException {
        Instant timestamp;
        try {
            timestamp = Timestamps.parse(env.get("SOURCE_DATE_EPOCH")).orElseGet(Instant::now);
        } catch (IllegalArgumentException e) {
            throw new AbortException("aibom: SOURCE_DATE_EPOCH: " + e.getMessage() + ".");
        }
        String passphraseVariable = orDefault(s.getPassphraseVariable(), "AIBOM_KEY_PASSPHRASE");
        PipelineRequestBuilder request = PipelineRequest.builder(".", orDefault(env.expand(s.getDescriptorFile()),
                        "aibom.yaml"), timestamp, LocalDate.now(ZoneOffset.UTC))
                .policy(blankToNull(env.expand(s.getPolicy())))
                .suppliers(blankToNull(env.expand(s.getSuppliers())))
                .waivers(blankToNull(env.expand(s.getWaivers())))
                .sign(s.isSign()).keyFile(blankToNull(env.expand(s.getKeyFile())))
                .passphraseVariable(passphraseVariable)
                .trustedKeys(list(env.expand(s.getTrustedKeys())))
                .outputDirectory(orDefault(env.expand(s.getOutputDirectory()), "aibom"))
                .settings(settings(s, env, "aibom"))
                .signing(signing(s, env))
                .generating(generating(s, env))
                .environment(secretsOnly(env, passphraseVariable))
                .scanPaths(list(env.expand(s.getScanPaths())))
                .declare(declare(s, env))
                .formats(blankToNull(env.expand(s.getFormats())))
                .exportFormats(blankToNull(env.expand(s.getExportFormats())));
        boolean keyCredential = !blank(s.getKeyCredentialsId());
        if (!keyCredential && !blank(s.getPassphraseCredentialsId())) {
            throw new AbortException("aibom: passphraseCredentialsId is set but keyCredentialsId is not: the"
                    + " passphrase credential unlocks the key credential. Set keyCredentialsId too.");
        }
        if (keyCredential) {
            if (!s.isSign()) {
                throw new AbortException("aibom: keyCredentialsId is set but sign is false. Set sign: true to sign the"
                        + " BOM with that key, or remove keyCredentialsId.");
            }
            request.keyMaterial(Secrets.signingKey(run, "aibom", s.getKeyCredentialsId(),
                    s.getPassphraseCredentialsId()));
        }
        return request.build();
    }

    /** A comma-separated parameter as a list; blank entries dropped. */
    static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Only what the core reads travels to the agent, never the rest of the build's environment: the passphrase
     * variable, and the Hugging Face Hub's endpoint, token and offline switch (as {@code huggingface_hub} reads them).
     */
    private static Map<String, String> secretsOnly(Map<String, String> environment, String variable) {
        Map<String, String> passed = new java.util.HashMap<>();
        for (String name : List.of(variable, "HF_ENDPOINT", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN",
                "HF_HUB_OFFLINE")) {
            String value = environment.get(name);
            if (value != null) {
                passed.put(name, value);
            }
        }
        return Map.copyOf(passed);
    }

    /** The review request of {@code aibomVerify} and {@code aibomVerifyBuilder} alike, expanded as {@link #pipeline}. */
    static ReviewRequest review(AibomVerifyStep s, EnvVars env) throws AbortException {
        String bom = env.expand(s.getBom());
        if (blank(bom)) {
            throw new AbortException("aibomVerify: the parameter 'bom' is required (the BOM file to review).");
        }
        return ReviewRequest.builder(".", bom, LocalDate.now(ZoneOffset.UTC))
                .trustedKeys(list(env.expand(s.getTrustedKeys())))
                .suppliers(blankToNull(env.expand(s.getSuppliers())))
                .policy(blankToNull(env.expand(s.getPolicy())))
                .waivers(blankToNull(env.expand(s.getWaivers())))
                .outputDirectory(orDefault(env.expand(s.getOutputDirectory()), "aibom-review"))
                .formats(blankToNull(env.expand(s.getFormats())))
                .settings(settings(s, env, "aibomVerify"))
                .build();
    }

    /**
     * The options every front end offers alike, parsed by the core from the step's generated fields ({@code ${NAME}}
     * expanded); a bad value is an error naming the parameter: {@code aibom: parameter 'failOn': must be ...}.
     */
    static JudgingSettings settings(JudgingStep s, EnvVars env, String step) throws AbortException {
        return core(step, () -> JudgingSettings.of(s.judgingValues(env::expand)));
    }

    /** How to sign, parsed by the core from the step's generated fields ({@code ${NAME}} expanded). */
    static SigningSettings signing(SigningStepSettings s, EnvVars env) throws AbortException {
        return core("aibom", () -> SigningSettings.of(s.signingValues(env::expand)));
    }

    /**
     * The Dependency-Track upload of {@code aibomUpload} and {@code aibomUploadBuilder} alike: the API key from the
     * Secret text credential {@code credentialsId}, else from the environment variable a credentials binding fills
     * (only the key travels to the agent, inside the request); a missing URL, key or BOM is an error naming the
     * parameter.
     */
    static UploadJob.Request upload(AibomUploadStep s, EnvVars env, Run<?, ?> run) throws AbortException {
        String step = "aibomUpload";
        String bom = env.expand(s.getBom());
        if (blank(bom)) {
            throw new AbortException(step + ": the parameter 'bom' is required (the signed BOM to upload).");
        }
        DependencyTrackSettings settings = core(step, () -> DependencyTrackSettings.of(
                s.dependencyTrackValues(env::expand)));
        String variable = orDefault(s.getApiKeyVariable(), "AIBOM_DT_API_KEY");
        String key;
        String keySource;
        if (!blank(s.getCredentialsId())) {
            key = Secrets.apiKey(run, step, s.getCredentialsId());
            keySource = "parameter 'credentialsId'";
        } else {
            key = env.get(variable);
            keySource = "the environment variable " + variable;
            if (blank(key)) {
                throw new AbortException(step + ": the Dependency-Track API key is not set: set credentialsId to a"
                        + " Secret text credential holding it, or bind one to the environment variable " + variable
                        + " (withCredentials([string(credentialsId: '...', variable: '" + variable + "')]) in a"
                        + " Pipeline, 'Use secret text(s) or file(s)' in a freestyle job).");
            }
        }
        List<String> keys = list(env.expand(s.getTrustedKeys()));
        List<String> roots = list(env.expand(s.getCaRoots()));
        if (keys.isEmpty() && roots.isEmpty()) {
            throw new AbortException(step + ": the parameter 'trustedKeys' (or 'caRoots') is required: only a BOM whose"
                    + " signature verifies with a key you trust is sent to Dependency-Track.");
        }
        Trust trust = new Trust(keys.stream().map(Path::of).toList(), roots.stream().map(Path::of).toList(),
                List.of());
        // the agent reads the BOM with the step's maxBomSize (AibomRunner.OnAgent), not with these
        return core(step, () -> settings.request(Path.of(bom), trust, key, keySource, ReadLimits.DEFAULT));
    }

    /** How to generate, parsed by the core from the step's generated fields ({@code ${NAME}} expanded). */
    static GeneratingSettings generating(GeneratingStepSettings s, EnvVars env) throws AbortException {
        return core("aibom", () -> GeneratingSettings.of(s.generatingValues(env::expand)));
    }

    /** Who declares when {@code declare} is on, parsed by the core; set while it is off, an error naming it. */
    static DeclareOptions declare(AibomStep s, EnvVars env) throws AbortException {
        DeclaringSettings settings = core("aibom", () -> DeclaringSettings.ifDeclaring(s.isDeclare(),
                s.declaringValues(env::expand)));
        return settings == null ? null : settings.options();
    }

    /** A call of the core that judges a step's settings. */
    @FunctionalInterface
    interface CoreCall<T> {
        T call() throws AibomException;
    }

    /** The core's answer; what it refuses fails the build with its message after the step's name. */
    static <T> T core(String step, CoreCall<T> call) throws AbortException {
        try {
            return call.call();
        } catch (AibomException e) {
            throw new AbortException(step + ": " + e.getMessage());
        }
    }

    /** {@code maxBomSize} ({@code 512M}, {@code 1G}), or null for the default of the agent's heap. */
    static Long maxBomSize(String value, String step) throws AbortException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReadLimits.parseSize(value);
        } catch (IllegalArgumentException e) {
            throw new AbortException(step + ": parameter 'maxBomSize': " + e.getMessage() + ".");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
