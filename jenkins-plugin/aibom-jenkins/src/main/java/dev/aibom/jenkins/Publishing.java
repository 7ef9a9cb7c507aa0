package dev.aibom.jenkins;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.Run;
import hudson.model.TaskListener;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Publishes the reports where Jenkins users look, through the plugins that own those pages, when they are installed
 * (optional dependencies): the JUnit XML as the build's test results (junit plugin), the SARIF file as the build's
 * issues (warnings-ng, in freestyle builds: its recorder takes a freestyle build only; a Pipeline records it with
 * {@code recordIssues}, and the log says the line to add). Neither changes the build result: the verdict does.
 * Publishing is not a gate: when a publisher fails, the log says so and the verdict stands.
 */
final class Publishing {
    /** warnings-ng's id for aibom's SARIF: its page is {@code <build>/aibom-sarif/}, apart from other SARIF tools. */
    static final String SARIF_ID = "aibom-sarif";
    static final String JUNIT_CLASS = "hudson.tasks.junit.JUnitResultArchiver";
    static final String WARNINGS_CLASS = "io.jenkins.plugins.analysis.core.steps.IssuesRecorder";

    private Publishing() {
    }

    /** @return what was published ({@code junit}, {@code sarif}); the build page links their pages */
    static List<String> publish(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
                                Map<String, String> reports, boolean enabled) throws InterruptedException {
        return publish(run, workspace, launcher, listener, reports, enabled, Publishing::installed);
    }

    /** @param installed whether a plugin's class is visible to this plugin (the plugin is installed and enabled) */
    static List<String> publish(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
                                Map<String, String> reports, boolean enabled, Predicate<String> installed)
            throws InterruptedException {
        List<String> published = new ArrayList<>();
        if (!enabled || launcher == null) {
            return published;
        }
        PrintStream log = listener.getLogger();
        String junit = reports.get("junit");
        if (junit != null && usable(junit, "JUnit XML", log)) {
            if (!installed.test(JUNIT_CLASS)) {
                log.println("aibom: the junit plugin is not installed: " + junit + " is not published as test"
                        + " results");
            } else {
                try {
                    JUnitPublisher.publish(run, workspace, launcher, listener, junit);
                    log.println("aibom: published " + junit + " as the build's test results (junit plugin)");
                    published.add("junit");
                } catch (IOException | RuntimeException e) {
                    log.println("aibom: WARNING the junit plugin could not publish " + junit + ": " + e.getMessage()
                            + " (the verdict stands)");
                }
            }
        }
        String sarif = reports.get("sarif");
        if (sarif != null && usable(sarif, "SARIF report", log)) {
            if (!installed.test(WARNINGS_CLASS)) {
                log.println("aibom: the warnings-ng plugin is not installed: " + sarif + " is not recorded as"
                        + " issues");
            } else if (!(run instanceof AbstractBuild<?, ?> build)) {
                log.println("aibom: to see " + sarif + " as issues, add to the Pipeline: recordIssues(tools: [sarif("
                        + "id: '" + SARIF_ID + "', name: 'aibom', pattern: '" + sarif + "')])");
            } else {
                try {
                    SarifPublisher.publish(build, launcher, listener, sarif);
                    log.println("aibom: recorded " + sarif + " as the build's issues (warnings-ng, id "
                            + SARIF_ID + ")");
                    published.add("sarif");
                } catch (IOException | RuntimeException e) {
                    log.println("aibom: WARNING warnings-ng could not record " + sarif + ": " + e.getMessage()
                            + " (the verdict stands)");
                }
            }
        }
        return published;
    }

    /** Both plugins take an Ant pattern relative to the workspace: a path that is not one is named, not guessed at. */
    private static boolean usable(String path, String what, PrintStream log) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.startsWith("../") || p.contains("/../") || p.matches("^[A-Za-z]:.*")
                || p.matches(".*[*?,\\[\\]{}].*")) {
            log.println("aibom: the " + what + " " + path + " is outside the workspace or its name holds a pattern"
                    + " character (* ? , [ ] { }): not published; write the reports inside the workspace");
            return false;
        }
        return true;
    }

    static boolean installed(String className) {
        try {
            Class.forName(className, false, Publishing.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
