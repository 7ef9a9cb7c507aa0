package dev.aibom.jenkins;

import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A channel to an agent that is a second JVM: its own class path (the plugin's runtime class path, given
 * explicitly), its own working folder, its own {@code aibom.home} and an environment without the controller's
 * variables. Each call serializes the callable into the agent's stdin and reads the serialized answer from its
 * stdout, as remoting does; the agent's stderr - where the build listener writes there - is copied into the
 * controller's build log as it arrives.
 */
final class ProcessChannel implements VirtualChannel {
    private final Path agentFolder;
    private final PrintStream buildLog;
    private final String classPath;
    int calls;

    ProcessChannel(Path agentFolder, PrintStream buildLog) {
        this.agentFolder = agentFolder;
        this.buildLog = buildLog;
        this.classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException {
        calls++;
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(request)) {
            out.writeObject(callable);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Daibom.home=" + agentFolder.resolve("home"), "-cp", classPath,
                AgentMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(agentFolder.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Process agent = builder.start();
        Thread log = new Thread(() -> copy(agent.getErrorStream(), buildLog), "agent-log");
        log.start();
        try (var in = agent.getOutputStream()) {
            in.write(request.toByteArray());
        }
        byte[] answer = agent.getInputStream().readAllBytes();
        if (!agent.waitFor(5, TimeUnit.MINUTES)) {
            agent.destroyForcibly();
            throw new IOException("the agent JVM did not finish");
        }
        log.join();
        AgentMain.Answer result;
        try (ObjectInputStream in = new ObjectInputStream(new java.io.ByteArrayInputStream(answer))) {
            result = (AgentMain.Answer) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
        if (result.failure() != null) {
            Throwable failure = result.failure();
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw (T) failure;
        }
        return (V) result.result();
    }

    private static void copy(InputStream from, PrintStream to) {
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(from, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                to.println(line);
            }
        } catch (IOException e) {
            to.println("(agent log lost: " + e + ")");
        }
    }

}
