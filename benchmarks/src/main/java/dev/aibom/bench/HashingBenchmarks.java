package dev.aibom.bench;

import dev.aibom.core.hash.ArtifactDigest;
import dev.aibom.core.hash.FileHasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of a {@code mib}-MiB file (in the page cache after the first read): aibom's {@link FileHasher} next to
 * the plain JDK loop with a heap buffer and with a direct buffer of the same 1 MiB, and the digest alone over bytes
 * already in memory - the ceiling the JDK's SHA-256 intrinsic (SHA-NI where the CPU has it) allows. Throughput in
 * MiB/s is {@code mib / score}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class HashingBenchmarks {
    @Param({"256"})
    int mib;

    Path file;
    byte[] memory;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        memory = new byte[mib * 1024 * 1024];
        new Random(42).nextBytes(memory);
        file = Files.createTempFile("aibom-bench-hash", ".bin");
        Files.write(file, memory);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public ArtifactDigest fileHasher() throws Exception {
        return FileHasher.sha256().hash(file);
    }

    @Benchmark
    public byte[] jdkHeapBuffer() throws Exception {
        return loop(ByteBuffer.allocate(1024 * 1024));
    }

    @Benchmark
    public byte[] jdkDirectBuffer() throws Exception {
        return loop(ByteBuffer.allocateDirect(1024 * 1024));
    }

    @Benchmark
    public byte[] digestInMemory() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(memory);
    }

    private byte[] loop(ByteBuffer buffer) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer.clear()) >= 0) {
                digest.update(buffer.flip());
            }
        }
        return digest.digest();
    }
}
