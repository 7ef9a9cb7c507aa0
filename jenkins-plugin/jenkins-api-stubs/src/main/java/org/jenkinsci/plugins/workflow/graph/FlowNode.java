// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-api 1384.vdc05a_48f535f. Never packaged; the jenkins-real profile compiles against the real artifacts.
package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;

public abstract class FlowNode extends Actionable {
}
