// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-step-api 710.v3e456cc85233. Never packaged; the jenkins-real profile compiles against the real artifacts.
package jenkins.security;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {
}
