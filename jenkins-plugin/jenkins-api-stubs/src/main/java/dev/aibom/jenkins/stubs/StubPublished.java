package dev.aibom.jenkins.stubs;

import java.util.ArrayList;
import java.util.List;

/** Stub only: what the stub junit and warnings-ng publishers were asked to publish, for the tests to read. */
public final class StubPublished {
    /** One publisher call: which plugin, for which build, the file pattern, and the settings it was given. */
    public record Call(String plugin, Object build, String pattern, String settings) {
    }

    private static final List<Call> CALLS = new ArrayList<>();

    private StubPublished() {
    }

    public static void record(Call call) {
        synchronized (CALLS) {
            CALLS.add(call);
        }
    }

    public static List<Call> calls() {
        synchronized (CALLS) {
            return List.copyOf(CALLS);
        }
    }

    public static void clear() {
        synchronized (CALLS) {
            CALLS.clear();
        }
    }
}
