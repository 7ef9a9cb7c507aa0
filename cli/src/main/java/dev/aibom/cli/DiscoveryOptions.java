package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.discovery.DependencyList;
import dev.aibom.core.discovery.DiscoveryScanner;
import picocli.CommandLine.Option;

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
        List<DiscoveryScanner.Dependency> found = dependencies == null ? List.of()
                : DependencyList.read(dependencies);
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
