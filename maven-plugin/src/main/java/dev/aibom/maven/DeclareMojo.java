package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.declare.DeclareOptions;
import dev.aibom.core.job.DeclareJob;
import dev.aibom.core.job.Judging;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Evaluates the controls on the AI-BOM that {@code generate} wrote and writes the result into it as CycloneDX 1.6
 * declarations: the ISO/IEC 42001 Annex A requirements, a first-party attestation (claims, evidence, conformance,
 * waivers as mitigation) and an affirmation by the configured signatory. Bind it between {@code generate} and
 * {@code sign} (list the goals in that order in one execution), so that the signature covers the declarations. The
 * same policy, register and waivers as {@code check} apply; the signature controls are left to {@code check}.
 */
@Mojo(name = "declare", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class DeclareMojo extends DeclareParameters {
    @Override
    protected void run() throws AibomException, IOException {
        DeclareOptions who = declaringSettings().options();
        java.nio.file.Path json = path(bom);
        Optional<java.nio.file.Path> xmlOut = xml ? Optional.of(json.resolveSibling(json.getFileName().toString()
                .replaceFirst("\\.json$", "") + ".xml")) : Optional.empty();
        DeclareJob.run(new DeclareJob.Request(json, Judging.builder(today(today))
                .policy(input("aibom.policy", policy, configDirectory, "aibom-policy.yaml"))
                .register(register("aibom.suppliers", suppliers, configDirectory))
                .waivers(input("aibom.waivers", waivers, configDirectory, "waivers.yaml"))
                .limits(limits()).build()
                .withRegisterTimeout(Duration.ofSeconds(registerTimeoutSeconds)),
                checkFiles ? Optional.of(path(baseDirectory)) : Optional.empty(),
                who, xmlOut), log(), progress());
    }
}
