package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.InitJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Write a starting aibom.yaml from what the build ships: the model files found (by content) in"
                + " --scan, the providers of the AI SDKs in --dependencies as suppliers and services, with TODO where"
                + " a person must decide. Never overwrites an existing file.")
final class InitCommand extends JobCommand {
    @Option(names = "--name", paramLabel = "NAME", required = true, description = "the AI system's name")
    String name;

    @Option(names = "--system-version", paramLabel = "VERSION", required = true,
            description = "the AI system's version")
    String version;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "aibom.yaml",
            description = "where the descriptor goes; default: aibom.yaml")
    Path output;

    @Mixin
    DiscoveryOptions discovery;

    @Override
    public Integer call() throws AibomException, IOException {
        if (!discovery.any()) {
            discovery.scan = List.of(Path.of("."));
            log(Format.text).info("scan: the current folder (no --scan or --dependencies)");
        }
        InitJob.run(new InitJob.Request(output, name, version, discovery.request(output.getParent(),
                context().workingDirectory()).orElseThrow()), log(Format.text));
        return ExitCodes.OK;
    }
}
