package dev.aibom.jenkins.stubs;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import jenkins.model.ArtifactManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stub only: copies archived files into a folder of the build, as the standard artifact manager does. */
public final class StubArtifactManager extends ArtifactManager {
    private final Map<String, String> archived = new LinkedHashMap<>();
    private Path root;

    @Override
    public synchronized void archive(FilePath workspace, Launcher launcher, BuildListener listener,
                                     Map<String, String> artifacts) throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("stub-artifacts");
        }
        for (Map.Entry<String, String> entry : artifacts.entrySet()) {
            Path target = root.resolve(entry.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(workspace.getRemote(), entry.getValue()), target, StandardCopyOption.REPLACE_EXISTING);
            archived.put(entry.getKey(), entry.getValue());
        }
    }

    public synchronized Map<String, String> archived() {
        return Map.copyOf(archived);
    }

    public synchronized Path root() {
        return root;
    }
}
