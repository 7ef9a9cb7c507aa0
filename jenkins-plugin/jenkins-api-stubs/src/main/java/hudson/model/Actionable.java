// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-api 1384.vdc05a_48f535f. Never packaged; the jenkins-real profile compiles against the real artifacts.
package hudson.model;

import java.util.ArrayList;
import java.util.List;

public abstract class Actionable {
    private final List<Action> actions = new ArrayList<>();

    public List<Action> getActions() {
        return actions;
    }

    public void addAction(Action a) {
        actions.add(a);
    }

    public boolean addOrReplaceAction(Action a) {
        actions.removeIf(existing -> existing.getClass() == a.getClass());
        actions.add(a);
        return true;
    }

    public <T extends Action> T getAction(Class<T> type) {
        for (Action action : actions) {
            if (type.isInstance(action)) {
                return type.cast(action);
            }
        }
        return null;
    }
}
