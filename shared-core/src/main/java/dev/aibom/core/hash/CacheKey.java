package dev.aibom.core.hash;

import dev.aibom.core.io.AtomicFiles;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The per-user secret that authenticates aibom's caches: 32 random bytes in {@code ~/.aibom/cache.key}, outside every
 * project, created on first use with mode 600 (its folder 700). A cache file in {@code target/}, restored by CI or
 * planted by anyone who can write the project, does not carry a valid code under this user's key and is ignored.
 * The folder is {@code ~/.aibom} unless the system property {@code aibom.home} names another (tests do).
 */
public final class CacheKey {
    public static final String FILE = "cache.key";
    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] secret;
    private final Path file;

    private CacheKey(byte[] secret, Path file) {
        this.secret = secret;
        this.file = file;
    }

    /** {@code ~/.aibom}, or the folder the system property {@code aibom.home} names. */
    public static Path home() {
        String configured = System.getProperty("aibom.home");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".aibom");
    }

    /** The key in {@link #home()}, created when there is none. */
    public static CacheKey load() throws IOException {
        return load(home().resolve(FILE));
    }

    /**
     * The key in {@code file}, created when there is none. A key that others may read or write (group or other
     * permissions) is refused: whoever can read it can forge a cache.
     *
     * @throws IOException with a sentence that says what is wrong with the file
     */
    public static CacheKey load(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            create(file);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the cache key " + file + " is not a regular file");
        }
        Optional<Set<PosixFilePermission>> permissions = permissions(file);
        if (permissions.isPresent() && !permissions.get().stream().allMatch(p -> p.name().startsWith("OWNER_"))) {
            throw new IOException("the cache key " + file + " may be read or written by others ("
                    + PosixFilePermissions.toString(permissions.get()) + "); make it private (chmod 600) or delete it");
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (!text.matches("[0-9a-f]{64}")) {
            throw new IOException("the cache key " + file + " is not 64 hex digits; delete it and aibom makes a new"
                    + " one");
        }
        return new CacheKey(HexFormat.of().parseHex(text), file);
    }

    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (permissions(folder).isPresent()) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        // written aside (mode 600), then linked into place: link fails when the file exists, so two builds that
        // start at once agree on one key (the loser uses the winner's)
        Path temp = file.resolveSibling(file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        AtomicFiles.writePrivate(temp, (HexFormat.of().formatHex(secret) + "\n").getBytes(StandardCharsets.US_ASCII));
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // another build made it at the same moment: use that one
        } catch (UnsupportedOperationException e) {
            Files.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Optional<Set<PosixFilePermission>> permissions(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return view == null ? Optional.empty() : Optional.of(view.readAttributes().permissions());
    }

    public Path file() {
        return file;
    }

    /** HMAC-SHA256 of {@code data}, hex. */
    public String mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code mac} is the code of {@code data}, compared in constant time. */
    public boolean verifies(byte[] data, String mac) {
        return mac != null && MessageDigest.isEqual(mac(data).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }
}
