// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-step-api 710.v3e456cc85233. Never packaged; the jenkins-real profile compiles against the real artifacts.
package org.jenkinsci.plugins.workflow.steps;

/** Stub behaviour: runs synchronously on the calling thread (the real one uses a thread pool). */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;

    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        try {
            getContext().onSuccess(run());
        } catch (Throwable x) {
            getContext().onFailure(x);
        }
        return false;
    }
}
