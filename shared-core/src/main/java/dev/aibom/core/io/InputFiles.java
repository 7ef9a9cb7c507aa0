package dev.aibom.core.io;

import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import dev.aibom.core.AibomException;

/**
 * The one way aibom reads a file a user or a BOM named: only a regular file (a FIFO would hang the build, a device
 * such as {@code /dev/zero} would never end, and its size says 0), inside its base folder when there is one (symbolic
 * links are resolved first), no larger than a limit that is checked before reading, and read with a bound, so that a
 * file that grows while it is read cannot get past the limit either.
 */
public final class InputFiles {
    /** Files people write (descriptor, policy, waivers, supplier register, approval records): at most 1 MiB. */
    public static final long CONFIG_LIMIT = 1024L * 1024;
    /** Keys, certificates, passphrase files, keystores: at most 1 MiB. */
    public static final long KEY_LIMIT = 1024L * 1024;
    /** Certificate revocation lists: at most 64 MiB (a large CA's list is tens of MB). */
    public static final long CRL_LIMIT = 64L * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * What a file is for messages and how to fix a problem with it.
     *
     * @param what       "descriptor", "supplier register" ...
     * @param limitFix   what to do when the file is too large ("descriptors are small: ...")
     */
    public record Kind(String what, String limitFix) {
    }

    /** The most bytes one Java array holds. */
    static final long ARRAY_LIMIT = Integer.MAX_VALUE - 8;

    /** The file's bytes, or a {@link Problem} naming it: missing, not a regular file, outside the base, too large. */
    public static byte[] read(Path file, long limit, Kind kind) throws InvalidInputException {
        return read(file, limit, kind, Optional.empty());
    }

    /** @param base the folder the file must stay inside once symbolic links are resolved, if any */
    public static byte[] read(Path file, long limit, Kind kind, Optional<Path> base) throws InvalidInputException {
        try (InputStream in = open(file, limit, kind, base)) {
            long size = Files.size(file);
            if (size > ARRAY_LIMIT) {
                throw InvalidInputException.of(kind.what(), new Problem(file, 0, 0, "", "the file is " + size
                        + " bytes; this operation holds the whole file, and Java cannot hold more than " + ARRAY_LIMIT
                        + " bytes at once.", "validate, verify and sign stream a BOM of any size; for this operation,"
                        + " split the BOM."));
            }
            return in.readAllBytes();
        } catch (LimitExceeded e) {
            throw e.problem();
        } catch (IOException e) {
            throw cannotRead(file, kind, e);
        }
    }

    /** The first {@code n} bytes of the file (fewer if it is shorter), checked as {@link #open} checks it. */
    public static byte[] head(Path file, long limit, Kind kind, int n) throws InvalidInputException {
        try (InputStream in = open(file, limit, kind)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw cannotRead(file, kind, e);
        }
    }

    /**
     * A file too large for its limit, found while it was streamed: an {@link IOException} so that it passes through a
     * parser, carrying the problem to report.
     */
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException problem;

        LimitExceeded(InvalidInputException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }

        public InvalidInputException problem() {
            return problem;
        }
    }

    /**
     * The file as a stream, for a reader that does not need its bytes whole (a parser): checked as {@link #read}
     * checks before it is opened, and bounded as it is read - past the limit, the stream throws {@link LimitExceeded}.
     */
    public static InputStream open(Path file, long limit, Kind kind) throws InvalidInputException {
        return open(file, limit, kind, Optional.empty());
    }

    private static InputStream open(Path file, long limit, Kind kind, Optional<Path> base)
            throws InvalidInputException {
        checked(file, limit, kind, base);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw cannotRead(file, kind, e);
        }
        return new java.io.FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) throws LimitExceeded {
                count += n;
                if (count > limit) {
                    throw new LimitExceeded(problem(file, kind, "the file grew past the " + kind.what()
                            + " limit of " + limit + " bytes while it was read.", kind.limitFix()));
                }
            }
        };
    }

    /**
     * {@link #read}, with a problem as one sentence ({@code Key file /x/k.pem: the file does not exist. Create it, or
     * ...}) for files that are named inside another message (a key in a supplier register).
     */
    public static byte[] readOrFail(Path file, long limit, Kind kind) throws AibomException {
        try {
            return read(file, limit, kind);
        } catch (InvalidInputException e) {
            Problem problem = e.problems().get(0);
            String what = kind.what();
            throw new AibomException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " "
                    + file + ": " + problem.message() + (problem.fix().isEmpty() ? "" : " "
                    + Character.toUpperCase(problem.fix().charAt(0)) + problem.fix().substring(1)));
        }
    }

    /**
     * Checks what {@link #read} checks, without reading: for files that a library opens itself (a keystore). Returns
     * the size.
     */
    public static long checked(Path file, long limit, Kind kind, Optional<Path> base) throws InvalidInputException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw problem(file, kind, "the file does not exist.", "create it, or point the " + kind.what()
                    + " setting at the right path.");
        } catch (AccessDeniedException e) {
            throw problem(file, kind, "the file cannot be read (permission denied).",
                    "check that the build may read it.");
        } catch (IOException e) {
            throw problem(file, kind, "cannot read the file: " + e.getMessage() + ".",
                    "check that the path is a readable file.");
        }
        if (attributes.isDirectory()) {
            throw problem(file, kind, "this is a folder, not a file.", "point the " + kind.what()
                    + " setting at the file itself.");
        }
        if (!attributes.isRegularFile()) {
            throw problem(file, kind, "this is not a regular file but a " + special(attributes) + "; aibom reads"
                    + " only regular files.", "point the " + kind.what() + " setting at a regular file.");
        }
        if (base.isPresent()) {
            Path real;
            Path realBase;
            try {
                real = file.toRealPath();
                realBase = base.get().toRealPath();
            } catch (IOException e) {
                throw problem(file, kind, "cannot resolve the path: " + e.getMessage() + ".", "check the path.");
            }
            if (!real.startsWith(realBase)) {
                throw problem(file, kind, "the path leads to " + real + ", outside " + realBase + " (through a"
                        + " symbolic link).", "keep the files inside the project folder.");
            }
        }
        if (attributes.size() > limit) {
            throw problem(file, kind, "the file is " + attributes.size() + " bytes, more than the " + kind.what()
                    + " limit of " + limit + " bytes.", kind.limitFix());
        }
        return attributes.size();
    }

    private static String special(BasicFileAttributes attributes) {
        return attributes.isOther() ? "FIFO, device or socket" : "special file";
    }

    private static InvalidInputException cannotRead(Path file, Kind kind, IOException e) {
        return e instanceof NoSuchFileException ? problem(file, kind, "the file does not exist (it was removed while"
                + " it was read).", "check the path.") : problem(file, kind, "cannot read the file: " + e.getMessage()
                + ".", "check that the path is a readable file.");
    }

    private static InvalidInputException problem(Path file, Kind kind, String message, String fix) {
        return InvalidInputException.of(kind.what(), new Problem(file, 0, 0, "", message, fix));
    }
}
