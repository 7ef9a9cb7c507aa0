package dev.aibom.core.discovery;

import dev.aibom.core.format.FormatInspector;
import dev.aibom.core.format.ModelFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds what a build ships: its dependencies that the {@link Catalogue} knows, and model files - recognised by content,
 * not by name - in folders (a project's resources) and archives (the jar, war or zip it builds, one level deep).
 */
public final class DiscoveryScanner {
    /** Files and entries that cannot be models, by name: skipped without reading. */
    private static final Set<String> NOT_MODELS = Set.of(".class", ".java", ".properties", ".md", ".txt", ".html",
            ".css", ".js", ".mf", ".sf", ".rsa", ".dsa", ".kt", ".groovy", ".yaml", ".yml", ".sql");

    private DiscoveryScanner() {
    }

    /** A resolved dependency as a build tool sees it. */
    public record Dependency(String groupId, String artifactId, String version, List<String> trail) {
        public Dependency {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
            trail = List.copyOf(trail);
        }
    }

    /**
     * What to look at.
     *
     * @param dependencies the build's resolved dependencies (direct and transitive)
     * @param roots        folders and archives to look into
     * @param displayBase  paths under it are shown relative to it
     */
    public record Request(List<Dependency> dependencies, List<Path> roots, Path displayBase) {
        public Request {
            dependencies = List.copyOf(dependencies);
            roots = List.copyOf(roots);
            Objects.requireNonNull(displayBase, "displayBase");
        }
    }

    public static Discovery scan(Request request) throws IOException {
        return scan(request.dependencies(), request.roots(), request.displayBase());
    }

    /**
     * @param dependencies the build's resolved dependencies (direct and transitive)
     * @param roots        folders and archives to look into
     * @param displayBase  paths under it are shown relative to it
     */
    public static Discovery scan(List<Dependency> dependencies, List<Path> roots, Path displayBase)
            throws IOException {
        List<Discovery.FoundLibrary> libraries = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            Optional<Catalogue.Library> library = Catalogue.of(dependency.groupId(), dependency.artifactId());
            library.ifPresent(l -> libraries.add(new Discovery.FoundLibrary(dependency.groupId() + ":"
                    + dependency.artifactId() + ":" + dependency.version(), dependency.trail(), l)));
        }
        List<Discovery.FoundModelFile> files = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        if (!dependencies.isEmpty()) {
            scanned.add(dependencies.size() + (dependencies.size() == 1 ? " dependency" : " dependencies"));
        }
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                scanned.add(shown(root, displayBase));
                folder(root, displayBase, files);
            } else if (Files.isRegularFile(root)) {
                scanned.add(shown(root, displayBase));
                if (archive(root)) {
                    archive(root, displayBase, files);
                } else {
                    file(root, shown(root, displayBase), files);
                }
            } else {
                // a path the user named: missing or special (a FIFO, a device) is an error, not an empty scan
                throw Files.exists(root) ? new java.nio.file.FileSystemException(root.toString(), null,
                        "not a folder, an archive or a regular file, so there is nothing to look into for models")
                        : new java.nio.file.NoSuchFileException(root.toString(), null, "named to be looked into"
                        + " for models");
            }
        }
        files.sort(Comparator.comparing(Discovery.FoundModelFile::path));
        return new Discovery(libraries, files, scanned);
    }

    private static void folder(Path root, Path displayBase, List<Discovery.FoundModelFile> files) throws IOException {
        List<Path> candidates;
        try (Stream<Path> walk = Files.walk(root)) {
            candidates = walk.filter(Files::isRegularFile).filter(p -> candidate(p.getFileName().toString()))
                    .sorted().toList();
        }
        for (Path file : candidates) {
            if (archive(file)) {
                archive(file, displayBase, files);
            } else {
                file(file, shown(file, displayBase), files);
            }
        }
    }

    private static void file(Path file, String shown, List<Discovery.FoundModelFile> files) throws IOException {
        ModelFormat format = FormatInspector.format(file);
        if (format != ModelFormat.UNKNOWN) {
            try (InputStream in = Files.newInputStream(file)) {
                files.add(new Discovery.FoundModelFile(shown, format, sha256(in), Files.size(file)));
            }
        }
    }

    /** Entries of a jar, war or zip: each candidate is copied aside, recognised, and hashed. */
    private static void archive(Path archive, Path displayBase, List<Discovery.FoundModelFile> files)
            throws IOException {
        // a model zip (a PyTorch checkpoint, a .keras file) is a model, not an archive of models
        ModelFormat asModel = FormatInspector.format(archive);
        if (asModel != ModelFormat.UNKNOWN) {
            file(archive, shown(archive, displayBase), files);
            return;
        }
        Path scratch = Files.createTempFile("aibom-discovery", ".entry");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                ZipEntry entry = it.next();
                if (entry.isDirectory() || !candidate(entry.getName())) {
                    continue;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                Path copy = scratch.resolveSibling(scratch.getFileName() + "-" + name);
                String digest;
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(copy)) {
                    MessageDigest sha = newSha256();
                    new DigestInputStream(in, sha).transferTo(out);
                    digest = HexFormat.of().formatHex(sha.digest());
                }
                try {
                    ModelFormat format = FormatInspector.format(copy);
                    if (format != ModelFormat.UNKNOWN) {
                        files.add(new Discovery.FoundModelFile(shown(archive, displayBase) + "!/" + entry.getName(),
                                format, digest, Files.size(copy)));
                    }
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static boolean candidate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NOT_MODELS.stream().noneMatch(lower::endsWith) && !lower.endsWith("/");
    }

    private static boolean archive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".ear") || name.endsWith(".zip");
    }

    private static String shown(Path path, Path base) {
        return dev.aibom.core.io.RealPaths.shown(path, base);
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest sha = newSha256();
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
