package dev.aibom.maven;

import dev.aibom.core.discovery.DiscoveryScanner;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Maps a Maven project to what the core's discovery looks at: resolved dependencies, resources, the artifact. */
final class Discovery {
    private Discovery() {
    }

    static DiscoveryScanner.Request of(MavenProject project, List<Path> more) {
        List<DiscoveryScanner.Dependency> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            List<String> trail = artifact.getDependencyTrail() == null ? List.of(artifact.getId())
                    : artifact.getDependencyTrail();
            dependencies.add(new DiscoveryScanner.Dependency(artifact.getGroupId(), artifact.getArtifactId(),
                    artifact.getBaseVersion(), trail));
        }
        List<Path> roots = new ArrayList<>();
        for (Resource resource : project.getResources()) {
            Path folder = new File(resource.getDirectory()).toPath();
            if (Files.isDirectory(folder)) {
                roots.add(folder);
            }
        }
        File artifact = project.getArtifact() == null ? null : project.getArtifact().getFile();
        if (artifact != null && artifact.isFile()) {
            roots.add(artifact.toPath());
        }
        roots.addAll(more);
        return new DiscoveryScanner.Request(dependencies, roots, project.getBasedir().toPath());
    }
}
