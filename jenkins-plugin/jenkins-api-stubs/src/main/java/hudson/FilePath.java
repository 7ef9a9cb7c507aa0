// Compile-time stub: declares the members aibom uses with the signatures of jenkins-core 2.541.2 /
// workflow-step-api 710.v3e456cc85233. Never packaged; the jenkins-real profile compiles against the real artifacts.
package hudson;

import hudson.remoting.VirtualChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

/**
 * Stub behaviour: a local folder; act(...) serializes the callable, runs it in-process and serializes its result,
 * as remoting does for an agent, so that non-serializable state is caught by tests.
 */
public final class FilePath implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String remote;
    private final transient VirtualChannel channel;

    public FilePath(File localPath) {
        this.remote = localPath.getPath();
        this.channel = null;
    }

    /** A path on an agent: {@link #act} sends the callable over the channel, as remoting does. */
    public FilePath(VirtualChannel channel, String remote) {
        this.remote = remote;
        this.channel = channel;
    }

    public FilePath(FilePath base, String rel) {
        this.remote = new File(base.remote, rel).getPath();
        this.channel = base.channel;
    }

    public VirtualChannel getChannel() {
        return channel;
    }

    public String getRemote() {
        return remote;
    }

    public FilePath child(String relOrAbsolute) {
        return new FilePath(this, relOrAbsolute);
    }

    public boolean exists() throws IOException, InterruptedException {
        return new File(remote).exists();
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        if (channel != null) {
            return channel.call(new FileCallableWrapper<>(callable, remote));
        }
        FileCallable<T> copy = roundTrip(callable);
        T result = copy.invoke(new File(remote), null);
        return result instanceof Serializable ? roundTrip(result) : result;
    }

    @SuppressWarnings("unchecked")
    private static <X> X roundTrip(X value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (X) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    @Override
    public String toString() {
        return remote;
    }

    /** Runs a file callable on the other side of a channel, on the path there (as the real FilePath does). */
    private static final class FileCallableWrapper<T> implements hudson.remoting.Callable<T, IOException> {
        private static final long serialVersionUID = 1L;
        private final FileCallable<T> callable;
        private final String remote;

        FileCallableWrapper(FileCallable<T> callable, String remote) {
            this.callable = callable;
            this.remote = remote;
        }

        @Override
        public T call() throws IOException {
            try {
                return callable.invoke(new File(remote), null);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void checkRoles(org.jenkinsci.remoting.RoleChecker checker) {
            callable.checkRoles(checker);
        }
    }

    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
