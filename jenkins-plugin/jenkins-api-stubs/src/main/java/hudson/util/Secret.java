// Compile-time stub: declares the members aibom uses with the signatures of credentials 1491.v6d6145e96e1c /
// plain-credentials 199.v9f8e1f741799 / jenkins-core 2.541.2. Never packaged; the jenkins-real profile compiles against
// the real artifacts.
package hudson.util;

import java.io.Serializable;

/** Stub behaviour: holds the value in memory (the real one keeps it encrypted at rest). */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public String getPlainText() {
        return value;
    }

    public static Secret fromString(String data) {
        return new Secret(data == null ? "" : data);
    }

    @Override
    public String toString() {
        return value;
    }
}
