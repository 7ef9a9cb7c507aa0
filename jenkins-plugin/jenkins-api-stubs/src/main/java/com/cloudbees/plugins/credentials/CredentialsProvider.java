// Compile-time stub: declares the members aibom uses with the signatures of credentials 1491.v6d6145e96e1c /
// plain-credentials 199.v9f8e1f741799 / jenkins-core 2.541.2. Never packaged; the jenkins-real profile compiles against
// the real artifacts.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import dev.aibom.jenkins.stubs.StubCredentials;
import hudson.model.Run;

import java.util.List;

/** Stub behaviour: looks the id up in {@link StubCredentials}, as the real one does in the build's context. */
public abstract class CredentialsProvider {
    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
                                                                 List<DomainRequirement> domainRequirements) {
        java.util.Objects.requireNonNull(id);
        java.util.Objects.requireNonNull(type);
        java.util.Objects.requireNonNull(run);
        Credentials found = StubCredentials.get(id);
        return type.isInstance(found) ? type.cast(found) : null;
    }

    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> C track(Run build, C credentials) {
        if (credentials != null) {
            StubCredentials.tracked(credentials);
        }
        return credentials;
    }
}
