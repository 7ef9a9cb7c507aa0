// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-api 1384.vdc05a_48f535f. Never packaged; the jenkins-real profile compiles against the real artifacts.
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

public interface PersistentAction extends Action {
}
