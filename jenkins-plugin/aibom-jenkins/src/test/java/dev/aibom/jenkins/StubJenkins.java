package dev.aibom.jenkins;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A build, a log and a step context on top of the compile-time stubs. */
final class StubJenkins {
    private StubJenkins() {
    }

    static final class TestJob extends Job<TestJob, TestRun> {
    }

    static final class TestRun extends Run<TestJob, TestRun> {
        TestRun() throws IOException {
            super(new TestJob());
        }
    }

    /** A freestyle project and its build: what warnings-ng's recorder takes. */
    static final class TestProject extends hudson.model.AbstractProject<TestProject, TestBuild> {
    }

    static final class TestBuild extends hudson.model.AbstractBuild<TestProject, TestBuild> {
        TestBuild() throws IOException {
            super(new TestProject());
        }
    }

    static final class Listener implements TaskListener {
        private static final long serialVersionUID = 1L;
        final transient ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final transient PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        @Override
        public PrintStream getLogger() {
            return stream;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** As remoting does for a build listener: the agent gets a proxy that writes into the controller's log. */
        private Object writeReplace() {
            int id = System.identityHashCode(this);
            LIVE.put(id, this);
            return new Handle(id);
        }
    }

    private static final Map<Integer, Listener> LIVE = new java.util.concurrent.ConcurrentHashMap<>();

    private record Handle(int id) implements java.io.Serializable {
        private Object readResolve() {
            Listener live = LIVE.get(id);
            // in another JVM (an agent): write to its stderr, which the channel copies into the build log
            return live != null ? live : new AgentSideListener();
        }
    }

    /** The listener as an agent JVM sees it: its lines go back to the controller over the process's stderr. */
    static final class AgentSideListener implements TaskListener {
        private static final long serialVersionUID = 1L;

        @Override
        public PrintStream getLogger() {
            return System.err;
        }
    }

    /** The step's node in the flow graph, where a stage's warning is recorded. */
    static final class TestNode extends org.jenkinsci.plugins.workflow.graph.FlowNode {
    }

    static final class Context extends StepContext {
        private static final long serialVersionUID = 1L;
        final transient Map<Class<?>, Object> values = new HashMap<>();
        transient Object success;
        transient Throwable failure;

        final transient TestNode node = new TestNode();

        Context(TestRun run, Path workspace, Listener listener, EnvVars env) {
            values.put(org.jenkinsci.plugins.workflow.graph.FlowNode.class, node);
            values.put(Run.class, run);
            values.put(FilePath.class, new FilePath(workspace.toFile()));
            values.put(TaskListener.class, listener);
            values.put(EnvVars.class, env);
            values.put(hudson.Launcher.class, new hudson.Launcher() { });
        }

        @Override
        public <T> T get(Class<T> key) {
            return key.cast(values.get(key));
        }

        @Override
        public void onSuccess(Object result) {
            success = result;
        }

        @Override
        public void onFailure(Throwable t) {
            failure = t;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public com.google.common.util.concurrent.ListenableFuture<Void> saveState() {
            return com.google.common.util.concurrent.Futures.immediateFuture(null);
        }

        @Override
        public void setResult(hudson.model.Result r) {
            ((TestRun) values.get(Run.class)).setResult(r);
        }

        @Override
        public org.jenkinsci.plugins.workflow.steps.BodyInvoker newBodyInvoker() {
            throw new IllegalStateException("no body");
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
