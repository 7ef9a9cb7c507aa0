package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.Input;
import dev.aibom.core.report.ReportFormats;
import dev.aibom.core.report.ReportOutput;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import dev.aibom.core.Errors;
import dev.aibom.core.Text;
import dev.aibom.core.hash.HashProgress;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.RealPaths;

/**
 * What every aibom goal shares: {@code aibom.skip}, the core's log lines on the Maven log, and turning core results
 * into Maven outcomes. An invalid input or configuration is a {@link MojoExecutionException} (the build is
 * misconfigured); violated controls and failed verifications are {@link MojoFailureException}s (the build did its
 * job and found a problem).
 */
public abstract class AbstractAibomMojo extends AbstractMojo {
    /** Skips the goal. */
    @Parameter(property = "aibom.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The largest BOM read or written, e.g. {@code 512M} or {@code 1G}. Not set: a sixteenth of the JVM's heap
     * ({@code MAVEN_OPTS=-Xmx...}), at most 256M.
     */
    @Parameter(property = "aibom.maxBomSize")
    protected String maxBomSize;

    private ReadLimits limits = ReadLimits.DEFAULT;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private SettingsDecrypter decrypter;

    /** What relative paths are relative to: the project's folder (the current folder without a project). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    protected File basedir;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aibom: skipped (aibom.skip)");
            return;
        }
        long started = System.nanoTime();
        try {
            limits = ReadLimits.of(maxBomSize == null || maxBomSize.isBlank() ? null
                    : ReadLimits.parseSize(maxBomSize));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("aibom.maxBomSize: " + e.getMessage() + ".");
        }
        try {
            run();
            getLog().debug("aibom: " + getClass().getSimpleName() + " took " + (System.nanoTime() - started) / 1_000_000
                    + " ms");
        } catch (AibomException e) {
            throw new MojoExecutionException(Text.printableLines(e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("aibom: " + Text.printableLines(
                    Errors.describe(e)), e);
        }
    }

    protected abstract void run() throws AibomException, IOException, MojoFailureException, MojoExecutionException;

    /**
     * The {@code settings.xml} server {@code id}, decrypted with Maven's master password when encrypted; none, or one
     * that cannot be decrypted, is an error naming {@code parameter} and saying what to add ({@code entries}, the
     * server's elements after its id).
     */
    protected Server server(String parameter, String id, String entries) throws AibomException {
        Server server = session.getSettings().getServer(id);
        if (server == null) {
            throw new AibomException(parameter + ": settings.xml has no server '" + id + "'. Add <server><id>" + id
                    + "</id>" + entries + "</server> to settings.xml.");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!decrypted.getProblems().isEmpty()) {
            throw new AibomException(parameter + ": cannot decrypt server '" + id + "' in settings.xml: "
                    + decrypted.getProblems().get(0).getMessage());
        }
        return decrypted.getServer();
    }

    /** The largest BOM read or written in this execution: {@code aibom.maxBomSize}, else this JVM's default. */
    protected ReadLimits limits() {
        return limits;
    }

    /** The core's lines on the Maven log, prefixed {@code aibom: } and made printable. */
    protected Log log() {
        return Log.of(line -> getLog().info("aibom: " + Text.printable(line)),
                line -> getLog().warn("aibom: " + Text.printable(line)),
                line -> getLog().error("aibom: " + Text.printable(line)));
    }

    /** Logs hashing of big files, so a multi-GB model does not look like a hung build. */
    protected HashListener progress() {
        return HashProgress.bigFiles(log());
    }

    /** Fails the build once, at the end, with the one-paragraph summary; an unstable result is a warning. */
    protected void conclude(EvaluationResult result) throws MojoFailureException {
        switch (result.outcome()) {
            case FAIL -> throw new MojoFailureException(result.summary());
            case UNSTABLE -> getLog().warn("aibom: " + result.summary());
            default -> { }
        }
    }

    /** A list parameter of files, which Maven leaves null when it is not configured. */
    protected List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(this::path).toList();
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

    /** The reports folder and the formats named in {@code aibom.formats}, else the default ones. */
    protected ReportOutput reports(File directory, String formats) throws AibomException {
        return formats == null ? ReportOutput.of(path(directory))
                : new ReportOutput(path(directory), ReportFormats.builtIn().parse("aibom.formats", formats));
    }

    /**
     * A path parameter, resolved once, here: absolute (relative to the project's folder), real (links resolved), so
     * that every spelling of one file or folder ({@code .}, {@code dir/..}, a trailing slash, a linked folder) is one
     * path.
     */
    protected Path path(File file) {
        Path base = basedir == null ? Path.of("") : basedir.toPath();
        return RealPaths.of(base, file.getPath());
    }

    /**
     * A file input: configured when the user set it (then it must exist), else the conventional default file in
     * {@code directory}, used when it exists.
     */
    protected Input input(String property, File configured, File directory, String defaultName) {
        if (configured != null) {
            return Input.configured(property, path(configured).toString());
        }
        return defaultName == null ? Input.none(property) : Input.byDefault(property, path(directory)
                .resolve(defaultName));
    }

    /** The register input: a file or an https URL. */
    protected Input register(String property, String configured, File directory) {
        if (configured != null && !configured.isBlank()) {
            boolean url = configured.startsWith("https://") || configured.startsWith("http://");
            return Input.configured(property, url ? configured : path(new File(configured.trim())).toString());
        }
        return Input.byDefault(property, path(directory).resolve("suppliers.yaml"));
    }
}
