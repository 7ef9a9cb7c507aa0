package dev.aibom.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A path as the operating system opens it: absolute, with every symbolic link of the part that exists resolved, and
 * {@code .} and {@code ..} of the part that does not exist yet taken away. {@code .}, {@code ./}, {@code dir/..}, a
 * trailing slash, a relative or an absolute spelling and a folder reached through a symbolic link all become one
 * path, so that two spellings of one folder give one verdict. Every front end resolves the paths a user gives once,
 * here, at the edge; nothing downstream compares raw paths.
 *
 * <p>{@code dir/..} is resolved as the system resolves it (physically): where {@code dir} is a link, {@code ..} is the
 * parent of the link's target, not of the link.
 */
public final class RealPaths {
    private RealPaths() {
    }

    /** {@code spelled}, relative to {@code base} unless absolute, made real. */
    public static Path of(Path base, String spelled) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(spelled, "spelled");
        Path path;
        try {
            path = Path.of(spelled.isEmpty() ? "." : spelled);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + spelled + "' is not a valid path: " + e.getReason(), e);
        }
        return of(base.resolve(path));
    }

    /** {@code path} (relative to the working folder unless absolute), made real. */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath();
        // the longest prefix that exists is resolved by the system (links, ".." after links); the rest is lexical
        Path existing = absolute;
        int missing = 0;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
            missing++;
        }
        if (existing == null) {
            return absolute.normalize();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            // a dangling link or an unreadable folder: what the system would reach cannot be said; keep the spelling
            return absolute.normalize();
        }
        if (missing == 0) {
            return real;
        }
        Path rest = existing.relativize(absolute);
        Path joined = real.resolve(rest).normalize();
        return joined;
    }

    /** Whether {@code file} is {@code folder} or inside it, both made real. */
    public static boolean inside(Path file, Path folder) {
        return of(file).startsWith(of(folder));
    }

    /**
     * {@code file} relative to {@code base} with forward slashes, when it is inside; else the absolute path. For
     * messages and BOM paths.
     */
    public static String shown(Path file, Path base) {
        Path real = of(file);
        Path realBase = of(base);
        return real.startsWith(realBase) ? realBase.relativize(real).toString().replace('\\', '/') : real.toString();
    }
}
