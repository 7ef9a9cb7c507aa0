package dev.aibom.maven;

import org.apache.maven.model.Model;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a goal as Maven would, without Maven: parameters set on the mojo's fields as the plugin descriptor binds them
 * (a File parameter is made absolute against the project's folder, as Maven's configurator does), the log captured
 * line by line ({@code [INFO] aibom: ...}). For the parameter-handling tests of every goal.
 */
final class Mojos {
    private Mojos() {
    }

    /** The lines a goal logged, as Maven prints them. */
    static final class Lines implements Log {
        final List<String> lines = new ArrayList<>();

        private void add(String level, CharSequence content) {
            lines.add("[" + level + "] " + content);
        }

        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(CharSequence c) { }
        @Override public void debug(CharSequence c, Throwable e) { }
        @Override public void debug(Throwable e) { }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence c) { add("INFO", c); }
        @Override public void info(CharSequence c, Throwable e) { add("INFO", c); }
        @Override public void info(Throwable e) { add("INFO", e.toString()); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence c) { add("WARNING", c); }
        @Override public void warn(CharSequence c, Throwable e) { add("WARNING", c); }
        @Override public void warn(Throwable e) { add("WARNING", e.toString()); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence c) { add("ERROR", c); }
        @Override public void error(CharSequence c, Throwable e) { add("ERROR", c); }
        @Override public void error(Throwable e) { add("ERROR", e.toString()); }
    }

    /** A project in {@code basedir} (no dependencies, no resources unless added). */
    static MavenProject project(Path basedir) {
        Model model = new Model();
        model.setGroupId("it.aibom");
        model.setArtifactId("p");
        model.setVersion("1.0");
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        return project;
    }

    /** Sets {@code name} on the mojo (or a superclass) as the plugin descriptor would. */
    static <M extends AbstractMojo> M set(M mojo, String name, Object value) {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return mojo;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(mojo.getClass().getSimpleName() + " has no parameter " + name);
    }

    /** A File parameter as Maven binds {@code spelled} in a project in {@code basedir}: absolute, not normalised. */
    static File file(Path basedir, String spelled) {
        File file = new File(spelled);
        return file.isAbsolute() ? file : new File(basedir.toFile(), spelled);
    }

    static Lines log(AbstractMojo mojo) {
        Lines lines = new Lines();
        mojo.setLog(lines);
        return lines;
    }

    /**
     * aibom:generate of the project in {@code project} as its POM binds it: {@code aibom.yaml} to
     * {@code target/aibom/aibom.cdx.json}, a fixed timestamp, offline, no hash cache, no {@code -D} properties,
     * CycloneDX 1.6. A test sets what it varies afterwards.
     */
    static GenerateMojo generate(Path project, MavenProject maven) {
        GenerateMojo mojo = new GenerateMojo();
        log(mojo);
        set(mojo, "basedir", project.toFile());
        set(mojo, "project", maven);
        set(mojo, "descriptor", project.resolve("aibom.yaml").toFile());
        set(mojo, "baseDirectory", project.toFile());
        set(mojo, "bom", project.resolve("target/aibom/aibom.cdx.json").toFile());
        set(mojo, "outputTimestamp", "2026-01-01T00:00:00Z");
        set(mojo, "offline", "true");
        set(mojo, "hashCache", "none");
        set(mojo, "userProperties", new java.util.Properties());
        set(mojo, "specVersion", "1.6");
        return mojo;
    }

    /**
     * aibom:check of the BOM {@link #generate} wrote: policy, register and waivers from the project's folder, its
     * files checked, the reports in {@code target/aibom}, judged on 2026-11-23. A test sets what it varies afterwards.
     */
    static CheckMojo check(Path project, MavenProject maven) {
        CheckMojo mojo = new CheckMojo();
        log(mojo);
        set(mojo, "basedir", project.toFile());
        set(mojo, "project", maven);
        set(mojo, "bom", project.resolve("target/aibom/aibom.cdx.json").toFile());
        set(mojo, "configDirectory", project.toFile());
        set(mojo, "baseDirectory", project.toFile());
        set(mojo, "checkFiles", true);
        set(mojo, "reportsDirectory", project.resolve("target/aibom").toFile());
        set(mojo, "today", "2026-11-23");
        set(mojo, "registerTimeoutSeconds", "20");
        return mojo;
    }
}
