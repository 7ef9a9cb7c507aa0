// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-step-api 710.v3e456cc85233. Never packaged; the jenkins-real profile compiles against the real artifacts.
package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {
    private static final long serialVersionUID = 1L;
}
