package dev.aibom.jenkins.stubs;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.common.IdCredentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stub only: the credentials the stub {@code CredentialsProvider} finds, as a test sets them up. */
public final class StubCredentials {
    private static final Map<String, Credentials> STORE = new ConcurrentHashMap<>();
    private static final List<Credentials> TRACKED = new ArrayList<>();

    private StubCredentials() {
    }

    public static void put(IdCredentials credentials) {
        STORE.put(credentials.getId(), credentials);
    }

    public static Credentials get(String id) {
        return STORE.get(id);
    }

    public static void clear() {
        STORE.clear();
        synchronized (TRACKED) {
            TRACKED.clear();
        }
    }

    public static void tracked(Credentials credentials) {
        synchronized (TRACKED) {
            TRACKED.add(credentials);
        }
    }

    public static List<Credentials> tracked() {
        synchronized (TRACKED) {
            return List.copyOf(TRACKED);
        }
    }
}
