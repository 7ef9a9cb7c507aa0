package dev.aibom.core.bench;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.discovery.DiscoveryScanner;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.hub.HubOptions;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.Trust;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What discovery and model-format inspection add to the example build's aibom work (generate with XML, sign, verify,
 * check: the four goals of its build), warm,
 * in interleaved runs: <b>without</b> = no discovery and the three controls that need it or inspect formats
 * (shipped-models-declared, ai-sdks-declared, model-format-safe) disabled; <b>with</b> = the example build as it is,
 * discovery over its models folder, a 25 MB application jar holding them, and 150 resolved dependencies. Prints the
 * median of each and the overhead. Run with {@code shared-core/bench/discovery.sh [rounds]}.
 */
public final class DiscoveryOverheadBenchmark {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path work = Files.createDirectories(Path.of("target/bench/discovery"));
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), Files.createTempDirectory(work,
                "example"));
        Path jar = applicationJar(project);
        List<DiscoveryScanner.Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            dependencies.add(new DiscoveryScanner.Dependency("org.example.lib" + i, "lib-" + i, "1." + i,
                    List.of("dev.example:credit-risk-scorer:1.4.0", "org.example.lib" + i + ":lib-" + i + ":1." + i)));
        }
        dependencies.add(new DiscoveryScanner.Dependency("dev.langchain4j", "langchain4j-open-ai", "1.0.0",
                List.of("dev.example:credit-risk-scorer:1.4.0", "dev.langchain4j:langchain4j-open-ai:1.0.0")));
        Path baselinePolicy = Files.writeString(project.resolve("baseline-policy.yaml"),
                Files.readString(project.resolve("aibom-policy.yaml")) + """
                          shipped-models-declared: { enabled: false }
                          ai-sdks-declared: { enabled: false }
                          model-format-safe: { enabled: false }
                        """);
        DiscoveryScanner.Request discover = new DiscoveryScanner.Request(dependencies,
                List.of(project.resolve("models"), jar), project);

        SignatureBenchmark.Run without = () -> run(project, baselinePolicy, Optional.empty());
        SignatureBenchmark.Run with = () -> run(project, project.resolve("aibom-policy.yaml"), Optional.of(discover));
        for (int i = 0; i < 50; i++) { // warm-up of both paths (the JIT compiles both)
            without.run();
            with.run();
        }
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        for (int i = 0; i < rounds; i++) { // interleaved, alternating which goes first
            if (i % 2 == 0) {
                a[i] = time(without);
                b[i] = time(with);
            } else {
                b[i] = time(with);
                a[i] = time(without);
            }
        }
        double medianWithout = median(a);
        double medianWith = median(b);
        System.out.printf("example build's aibom work (generate, sign, verify, check), warm, median of %d interleaved rounds:%n",
                rounds);
        System.out.printf("  without discovery and format inspection: %.1f ms%n", medianWithout * 1e3);
        System.out.printf("  with discovery (models/, a %d MB jar, %d dependencies) and format inspection: %.1f ms%n",
                Files.size(jar) / 1_000_000, dependencies.size(), medianWith * 1e3);
        System.out.printf("  overhead: %+.1f %%%n", (medianWith / medianWithout - 1) * 100);
    }

    /** The example build's four goals: generate (JSON and XML), sign, verify (signature and files), check. */
    private static void run(Path project, Path policy, Optional<DiscoveryScanner.Request> discover) throws Exception {
        Path bom = project.resolve("target/aibom/aibom.cdx.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom,
                Optional.of(project.resolve("target/aibom/aibom.cdx.xml")), BomOptions.at(Instant.parse(
                "2026-11-01T00:00:00Z")).withHub(HubOptions.offline(project.resolve("target/no-hub-cache")))),
                Log.NONE);
        Path key = project.resolve("target/keys/k.pem");
        Path pub = project.resolve("target/keys/k.pub.pem");
        if (!Files.exists(key)) {
            dev.aibom.core.sign.KeyPairs.write(dev.aibom.core.sign.KeyPairs.Type.EC_P256, key, pub, Optional.empty());
        }
        dev.aibom.core.job.SignJob.run(new dev.aibom.core.job.SignJob.Request(bom, bom,
                dev.aibom.core.job.KeySpec.file(key), dev.aibom.core.sign.SignOptions.defaults(), "key",
                java.util.Map.of(), ReadLimits.DEFAULT), Log.NONE);
        dev.aibom.core.job.VerifyJob.run(new dev.aibom.core.job.VerifyJob.Request(bom, Trust.keys(List.of(pub)),
                true, Optional.of(project), "--base", ReadLimits.DEFAULT), Log.NONE, HashListener.NONE);
        CheckJob.Request request = new CheckJob.Request(bom, Judging.builder(LocalDate.parse("2026-11-23"))
                .policy(Input.configured("policy", policy.toString()))
                .register(Input.configured("suppliers", project.resolve("suppliers.yaml").toString()))
                .waivers(Input.configured("waivers", project.resolve("waivers.yaml").toString()))
                .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.of(project));
        CheckJob.run(discover.map(request::discovering).orElse(request), Log.NONE, HashListener.NONE);
    }

    /** A jar like the scorer's: 2,000 class files (25 MB in all) and its model files as resources. */
    private static Path applicationJar(Path project) throws Exception {
        Path jar = project.resolve("target/credit-risk-scorer-1.4.0.jar");
        Files.createDirectories(jar.getParent());
        java.util.Random random = new java.util.Random(42);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < 2000; i++) {
                zip.putNextEntry(new ZipEntry("dev/example/scorer/C" + i + ".class"));
                byte[] bytes = new byte[12_500];
                random.nextBytes(bytes);
                zip.write(bytes);
                zip.closeEntry();
            }
            for (String model : List.of("models/credit-pd-logreg.pmml", "models/loan-purpose-centroids.safetensors")) {
                zip.putNextEntry(new ZipEntry(model));
                Files.copy(project.resolve(model), zip);
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static double time(SignatureBenchmark.Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
