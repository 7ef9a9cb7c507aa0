package dev.aibom.core.bench;

import dev.aibom.core.hash.FileHasher;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.hash.HashListener;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hashing throughput of {@link FileHasher} next to {@code openssl dgst -sha256} on the same files (the machine's SHA
 * limit). Not a unit test: run it with {@code bench/hash-throughput.sh}. Files are written once and read from the page
 * cache by both tools, so the figures compare hashing, not the disk. Best of N runs is reported.
 */
public final class HashThroughputBenchmark {
    private static final long GIB = 1024L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(ensureFile(dir.resolve("model-" + i + ".bin"), GIB, i));
        }
        FileHasher oneThread = new FileHasher(Set.of(HashAlgorithm.SHA_256), 1, HashListener.NONE);
        FileHasher allCores = new FileHasher(Set.of(HashAlgorithm.SHA_256), 0, HashListener.NONE);

        oneThread.hash(files.get(0)); // warm-up: JIT and page cache
        openssl(files.subList(0, 1));

        double openssl1 = best(runs, () -> openssl(files.subList(0, 1)));
        double aibom1 = best(runs, () -> oneThread.hashAll(files.subList(0, 1)));
        double aibom4 = best(runs, () -> allCores.hashAll(files));
        double openssl4Sequential = best(Math.max(1, runs / 2), () -> openssl(files));

        double mbOne = GIB / 1e6;
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("openssl dgst -sha256, 1 x 1 GiB:        %7.0f MB/s%n", mbOne / openssl1);
        System.out.printf("openssl dgst -sha256, 4 x 1 GiB (1 core): %7.0f MB/s%n", 4 * mbOne / openssl4Sequential);
        System.out.printf("aibom FileHasher,     1 x 1 GiB:        %7.0f MB/s  = %.2f x openssl%n",
                mbOne / aibom1, openssl1 / aibom1);
        System.out.printf("aibom FileHasher,     4 x 1 GiB, all cores: %7.0f MB/s  = %.2f x openssl on one file%n",
                4 * mbOne / aibom4, 4 * openssl1 / aibom4);
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double best(int runs, Run run) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static void openssl(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl", "dgst", "-sha256"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IOException("openssl failed: " + command);
        }
    }

    private static Path ensureFile(Path file, long size, int seed) throws IOException {
        if (Files.exists(file) && Files.size(file) == size) {
            return file;
        }
        byte[] block = new byte[8 * 1024 * 1024];
        Random random = new Random(seed);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        return file;
    }
}
