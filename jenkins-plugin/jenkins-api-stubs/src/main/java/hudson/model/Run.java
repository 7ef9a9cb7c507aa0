// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-step-api 710.v3e456cc85233. Never packaged; the jenkins-real profile compiles against the real artifacts.
package hudson.model;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stub behaviour: keeps actions and the result in memory. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    private final transient List<Action> actions = new CopyOnWriteArrayList<>();
    private volatile Result result;
    private final transient dev.aibom.jenkins.stubs.StubArtifactManager artifacts =
            new dev.aibom.jenkins.stubs.StubArtifactManager();

    protected Run(JobT job) throws IOException {
    }

    public void addAction(Action a) {
        actions.add(a);
    }

    public List<? extends Action> getAllActions() {
        return List.copyOf(actions);
    }

    public <T extends Action> T getAction(Class<T> type) {
        for (Action action : actions) {
            if (type.isInstance(action)) {
                return type.cast(action);
            }
        }
        return null;
    }

    public Result getResult() {
        return result;
    }

    public void setResult(Result r) {
        if (result == null || r.isWorseThan(result)) {
            result = r;
        }
    }

    public final jenkins.model.ArtifactManager pickArtifactManager() throws IOException {
        return artifacts;
    }

    public String getUrl() {
        return "job/stub/1/";
    }
}
