package dev.aibom.jenkins;

import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;

/**
 * The agent side of {@link ProcessChannel}: a JVM of its own, started in the agent's own folder, that reads one
 * serialized callable from stdin, runs it and writes the serialized result (or the exception) to stdout, as remoting
 * sends a callable to an agent and its answer back. Log lines go to stderr.
 */
public final class AgentMain {
    private AgentMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream answer = System.out;
        // nothing else may write to the answer stream
        System.setOut(System.err);
        Object outcome;
        try (ObjectInputStream in = new ObjectInputStream(System.in)) {
            hudson.remoting.Callable<?, ?> callable = (hudson.remoting.Callable<?, ?>) in.readObject();
            outcome = new Answer(callable.call(), null);
        } catch (Throwable failure) {
            outcome = new Answer(null, failure);
        }
        try (ObjectOutputStream out = new ObjectOutputStream(answer)) {
            out.writeObject(outcome);
        }
        System.err.flush();
    }

    /** What comes back: a result or a failure. */
    record Answer(Object result, Throwable failure) implements java.io.Serializable {
    }
}
