package dev.aibom.bench;

import dev.aibom.core.format.FormatInspector;
import dev.aibom.core.format.Inspection;
import dev.aibom.core.format.PickleGlobals;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Scan time per file in one process, for benchmarks/scan-vs-picklescan.sh: each file inspected {@code rounds} times
 * (the first round warms the JVM, as a long-running build's scanner is warm by its second file), one line per file:
 * {@code file<TAB>format<TAB>answer<TAB>median ms of rounds 2..n<TAB>first-round ms}.
 * Usage: java -cp benchmarks.jar dev.aibom.bench.ScanTimes ROUNDS FILE...
 */
public final class ScanTimes {
    private ScanTimes() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        FormatInspector inspector = new FormatInspector(PickleGlobals.defaults());
        for (String name : Arrays.copyOfRange(args, 1, args.length)) {
            Path file = Path.of(name);
            double[] millis = new double[rounds];
            Inspection last = null;
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                last = inspector.inspect(file, file.toAbsolutePath().getParent());
                millis[r] = (System.nanoTime() - start) / 1e6;
            }
            double[] warm = rounds > 1 ? Arrays.copyOfRange(millis, 1, rounds) : millis;
            Arrays.sort(warm);
            double median = warm.length % 2 == 1 ? warm[warm.length / 2]
                    : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
            String answer = last.issues().stream().map(i -> i.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .sorted().findFirst().orElse("clean");
            System.out.printf(java.util.Locale.ROOT, "%s\t%s\t%s\t%.2f\t%.2f%n", file.getFileName(),
                    last.format().value(), answer, median, millis[0]);
        }
    }
}
