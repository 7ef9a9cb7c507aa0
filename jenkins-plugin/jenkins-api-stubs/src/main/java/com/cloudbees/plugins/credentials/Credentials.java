// Compile-time stub: declares the members aibom uses with the signatures of credentials 1491.v6d6145e96e1c /
// plain-credentials 199.v9f8e1f741799 / jenkins-core 2.541.2. Never packaged; the jenkins-real profile compiles against
// the real artifacts.
package com.cloudbees.plugins.credentials;

import java.io.Serializable;

public interface Credentials extends Serializable {
}
