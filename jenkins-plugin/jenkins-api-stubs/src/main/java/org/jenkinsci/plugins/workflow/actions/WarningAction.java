// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-api 1384.vdc05a_48f535f. Never packaged; the jenkins-real profile compiles against the real artifacts.
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

public class WarningAction implements PersistentAction {
    private final Result result;
    private String message;

    public WarningAction(Result result) {
        this.result = result;
    }

    public WarningAction withMessage(String message) {
        this.message = message;
        return this;
    }

    public String getMessage() {
        return message;
    }

    public Result getResult() {
        return result;
    }

    @Override
    public String getDisplayName() {
        return "Warning" + (message != null ? ": " + message : "");
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
