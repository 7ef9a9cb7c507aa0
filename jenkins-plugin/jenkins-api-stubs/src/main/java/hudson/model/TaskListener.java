// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-step-api 710.v3e456cc85233. Never packaged; the jenkins-real profile compiles against the real artifacts.
package hudson.model;

import java.io.PrintStream;
import java.io.PrintWriter;

public interface TaskListener extends jenkins.security.SerializableOnlyOverRemoting {
    PrintStream getLogger();

    default PrintWriter error(String msg) {
        getLogger().println("ERROR: " + msg);
        return new PrintWriter(getLogger(), true);
    }
}
