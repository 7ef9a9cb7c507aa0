package dev.aibom.cli;

import dev.aibom.core.job.Input;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The organisation's configuration a build's BOM is judged by, for check and declare: the policy and the register. */
final class ConfigurationOptions {
    @Option(names = "--policy", paramLabel = "FILE",
            description = "the policy (aibom-policy.yaml); default: the built-in build policy (docs/controls.md)")
    Path policy;

    @Option(names = "--suppliers", paramLabel = "FILE|URL",
            description = "procurement's supplier register (a file or an https URL); needed by the supplier controls")
    String suppliers;

    Input policy() {
        return EvaluationOptions.policy(policy);
    }

    /** The register, a file resolved against the working folder or an https URL as given; none when not set. */
    Input register(JobCommand command) {
        return suppliers == null ? Input.none("--suppliers")
                : Input.configured("--suppliers", command.context().location(suppliers));
    }
}
