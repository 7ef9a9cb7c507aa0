// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2. Never packaged;
// the jenkins-real profile compiles against the real artifacts.
package hudson.tasks;

import hudson.model.Describable;
import hudson.model.Descriptor;

public abstract class Publisher extends BuildStepCompatibilityLayer implements Describable<Publisher> {
    @Override
    public Descriptor<Publisher> getDescriptor() {
        throw new UnsupportedOperationException("stub: descriptors come from a running Jenkins");
    }
}
