// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-step-api 710.v3e456cc85233. Never packaged; the jenkins-real profile compiles against the real artifacts.
package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;

import java.io.PrintStream;

public final class BuildListenerAdapter implements BuildListener {
    private final TaskListener delegate;

    public BuildListenerAdapter(TaskListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public PrintStream getLogger() {
        return delegate.getLogger();
    }

    public static BuildListener wrap(TaskListener l) {
        return l instanceof BuildListener b ? b : new BuildListenerAdapter(l);
    }
}
