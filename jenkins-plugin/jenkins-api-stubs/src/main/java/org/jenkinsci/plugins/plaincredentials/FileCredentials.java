// Compile-time stub: declares the members aibom uses with the signatures of credentials 1491.v6d6145e96e1c /
// plain-credentials 199.v9f8e1f741799 / jenkins-core 2.541.2. Never packaged; the jenkins-real profile compiles against
// the real artifacts.
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;

import java.io.IOException;
import java.io.InputStream;

public interface FileCredentials extends StandardCredentials {
    String getFileName();

    InputStream getContent() throws IOException;
}
