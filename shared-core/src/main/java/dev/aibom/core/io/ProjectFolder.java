package dev.aibom.core.io;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder a BOM's or a descriptor's relative paths are relative to, made real once, and the one place that says
 * where a recorded path leads: to a file inside the folder, outside it (lexically or through a symbolic link), or to
 * nothing. Every control and check that looks for a recorded file asks here, so that no spelling of the folder or of
 * the recorded path changes the answer.
 *
 * @param real the folder, absolute, symbolic links resolved
 */
public record ProjectFolder(Path real) {
    public ProjectFolder {
        Objects.requireNonNull(real, "real");
        real = RealPaths.of(real);
    }

    /** The folder however it was spelled. */
    public static ProjectFolder of(Path spelled) {
        return new ProjectFolder(spelled);
    }

    /** Where a recorded path leads. */
    public sealed interface Located permits Inside, Outside, Missing {
        /** The path as the BOM records it. */
        String recorded();
    }

    /**
     * An existing file or folder inside the project.
     *
     * @param path  where it really is
     * @param shown relative to the project folder, with forward slashes
     */
    public record Inside(String recorded, Path path, String shown) implements Located {
        public boolean regularFile() {
            return Files.isRegularFile(path);
        }

        public boolean directory() {
            return Files.isDirectory(path);
        }
    }

    /** A path that leads out of the project, with why: it names a place outside, or a link there. */
    public record Outside(String recorded, String why) implements Located {
    }

    /** Nothing is there (or a link that leads nowhere). */
    public record Missing(String recorded, Path path, String why) implements Located {
    }

    /** Where {@code recorded} (relative to this folder, or absolute) leads. */
    public Located locate(String recorded) {
        Path spelled;
        try {
            spelled = real.resolve(recorded);
        } catch (InvalidPathException e) {
            return new Missing(recorded, real, "'" + recorded + "' is not a valid path: " + e.getReason());
        }
        if (!spelled.normalize().startsWith(real)) {
            return new Outside(recorded, "the recorded path leaves " + real);
        }
        Path resolved = RealPaths.of(spelled);
        if (!resolved.startsWith(real)) {
            return new Outside(recorded, "it is a symbolic link to " + resolved + ", outside " + real);
        }
        if (!Files.exists(resolved)) {
            boolean dangling = Files.exists(resolved, LinkOption.NOFOLLOW_LINKS);
            return new Missing(recorded, resolved, dangling ? "it is a symbolic link that leads nowhere"
                    : "the BOM records it, the disk does not have it");
        }
        return new Inside(recorded, resolved, real.relativize(resolved).toString().replace('\\', '/'));
    }

    /** {@code file} relative to this folder when it is inside, else absolute; for messages. */
    public String shown(Path file) {
        return RealPaths.shown(file, real);
    }
}
