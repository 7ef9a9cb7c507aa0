package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.hash.HashListener;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every aibom goal shares: {@code aibom.skip}, and turning core errors into Maven outcomes. An invalid input or
 * configuration is a {@link MojoExecutionException} (the build is misconfigured); violated controls and failed
 * verifications are {@link MojoFailureException}s (the build did its job and found a problem).
 */
public abstract class AbstractAibomMojo extends AbstractMojo {
    /** Skips the goal. */
    @Parameter(property = "aibom.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aibom: skipped (aibom.skip)");
            return;
        }
        long started = System.nanoTime();
        try {
            run();
            getLog().debug("aibom: " + getClass().getSimpleName() + " took " + (System.nanoTime() - started) / 1_000_000
                    + " ms");
        } catch (AibomException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("aibom: I/O error: " + e.getMessage(), e);
        }
    }

    protected abstract void run() throws AibomException, IOException, MojoFailureException, MojoExecutionException;

    /** Logs hashing of big files, so a multi-GB model does not look like a hung build. */
    protected HashListener progress() {
        long big = 256L * 1024 * 1024;
        return new HashListener() {
            @Override
            public void started(Path file, long size) {
                if (size >= big) {
                    getLog().info("aibom: hashing " + file.getFileName() + " (" + size / (1024 * 1024) + " MiB)");
                }
            }

            @Override
            public void progress(Path file, long hashedBytes, long size) {
                getLog().info("aibom:   " + file.getFileName() + " " + hashedBytes * 100 / Math.max(1, size) + "%");
            }

            @Override
            public void finished(Path file, long size, Duration took) {
                if (size >= big) {
                    getLog().info("aibom: hashed " + file.getFileName() + " in " + took.toMillis() + " ms");
                }
            }
        };
    }

    /** The public keys in PEM files (keys or certificates); none for an unset list. */
    protected static java.util.List<java.security.PublicKey> publicKeys(java.util.List<File> files)
            throws AibomException {
        return dev.aibom.core.sign.KeyLoader.publicKeys(paths(files));
    }

    /** A list parameter of files, which Maven leaves null when it is not configured. */
    protected static java.util.List<Path> paths(java.util.List<File> files) {
        return files == null ? java.util.List.of() : files.stream().map(AbstractAibomMojo::path).toList();
    }

    /** {@code aibom.failOn}, when set. */
    protected static java.util.Optional<dev.aibom.core.control.FailOn> failOn(String value) throws AibomException {
        try {
            return java.util.Optional.ofNullable(value).filter(s -> !s.isBlank())
                    .map(dev.aibom.core.control.FailOn::parse);
        } catch (IllegalArgumentException e) {
            throw new AibomException("aibom.failOn: " + e.getMessage() + ".");
        }
    }

    /** {@code aibom.today} (YYYY-MM-DD), else today in UTC. */
    protected static java.time.LocalDate today(String value) throws AibomException {
        try {
            return value == null || value.isBlank() ? java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                    : java.time.LocalDate.parse(value);
        } catch (java.time.DateTimeException e) {
            throw new AibomException("aibom.today: '" + value + "' is not a date; write YYYY-MM-DD.");
        }
    }

    protected static Path path(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }

    /** A file parameter that may be left unset or point at a file that does not exist (then it is not used). */
    protected static java.util.Optional<Path> ifExists(File file) {
        return file != null && file.exists() ? java.util.Optional.of(path(file)) : java.util.Optional.empty();
    }
}
