package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.discovery.DiscoveryScanner;
import dev.aibom.core.io.InputFiles;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What to look into for AI libraries and model files: {@code --scan}, {@code --dependencies}. */
final class DiscoveryOptions {
    @Option(names = "--scan", paramLabel = "PATH",
            description = "a folder or archive (jar, war, zip) to look into for model files, recognised by content;"
                    + " repeatable")
    List<Path> scan = new ArrayList<>();

    @Option(names = "--dependencies", paramLabel = "FILE",
            description = "the build's dependencies, one per line as group:artifact:version (or the output of mvn"
                    + " dependency:list), to look for AI libraries and SDKs")
    Path dependencies;

    boolean any() {
        return !scan.isEmpty() || dependencies != null;
    }

    /**
     * @param base the folder found paths are shown relative to (the check's {@code --base}), else the current folder
     */
    Optional<DiscoveryScanner.Request> request(Path base, Path workingDirectory) throws AibomException {
        if (!any()) {
            return Optional.empty();
        }
        List<DiscoveryScanner.Dependency> found = new ArrayList<>();
        if (dependencies != null) {
            String text = new String(InputFiles.read(dependencies, InputFiles.CONFIG_LIMIT,
                    new InputFiles.Kind("dependency list", "a dependency list has one line per dependency; check"
                            + " that this is the right file.")), StandardCharsets.UTF_8);
            for (String line : text.lines().toList()) {
                String[] parts = line.replace("[INFO]", "").trim().split(":");
                if (parts.length == 3) {
                    found.add(new DiscoveryScanner.Dependency(parts[0], parts[1], parts[2], List.of(line.trim())));
                } else if (parts.length >= 5) {
                    // mvn dependency:list: group:artifact:type[:classifier]:version:scope
                    String version = parts[parts.length - 2];
                    found.add(new DiscoveryScanner.Dependency(parts[0], parts[1], version.split(" ")[0],
                            List.of(parts[0] + ":" + parts[1] + ":" + version.split(" ")[0])));
                }
            }
        }
        for (Path path : scan) {
            if (!java.nio.file.Files.exists(path)) {
                throw new AibomException("--scan: " + path + " does not exist. Point --scan at a folder or archive"
                        + " the build ships.");
            }
        }
        return Optional.of(new DiscoveryScanner.Request(found, scan,
                base == null ? workingDirectory : base));
    }
}
