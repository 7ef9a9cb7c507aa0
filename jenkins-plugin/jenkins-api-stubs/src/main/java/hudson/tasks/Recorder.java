// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2. Never packaged;
// the jenkins-real profile compiles against the real artifacts.
package hudson.tasks;

import hudson.ExtensionPoint;

public abstract class Recorder extends Publisher implements ExtensionPoint {
}
