package dev.aibom.core.bench;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.Jcs;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;
import dev.aibom.core.sign.VerificationPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign and verify time for a 10,000-component BOM, and RFC 8785 canonicalization next to Jackson's own parse+write
 * of the same document. Run with {@code bench/signature.sh}; best of N after warm-up.
 */
public final class SignatureBenchmark {
    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createDirectories(Path.of("target/bench"));
        byte[] bom = bigBom(dir, components);
        Files.write(dir.resolve("big-bom.json"), bom);
        ObjectMapper mapper = new ObjectMapper();

        double jackson = best(runs, () -> mapper.writeValueAsBytes(mapper.readTree(bom)));
        double jcs = best(runs, () -> Jcs.canonicalize(mapper.readTree(bom)));
        JsonNode tree = mapper.readTree(bom);
        double jacksonWrite = best(runs, () -> mapper.writeValueAsBytes(tree));
        double jcsWrite = best(runs, () -> Jcs.canonicalize(tree));

        var pair = KeyPairs.generate(KeyPairs.Type.EC_P256);
        SigningKey key = new SigningKey(pair.getPrivate(), pair.getPublic(), List.of());
        LoadedBom loaded = new BomReader(ReadLimits.DEFAULT).read(dir.resolve("big-bom.json"));
        double read = best(Math.max(3, runs / 3), () -> new BomReader(ReadLimits.DEFAULT).read(dir.resolve("big-bom.json")));
        double sign = best(Math.max(3, runs / 3), () -> BomSignatures.sign(loaded, key, SignOptions.defaults()));
        Path signedFile = dir.resolve("big-bom.signed.json");
        Files.write(signedFile, BomJson.pretty(BomSignatures.sign(loaded, key, SignOptions.defaults())));
        LoadedBom signed = new BomReader(ReadLimits.DEFAULT).read(signedFile);
        VerificationPolicy policy = VerificationPolicy.trusting(List.of(key.publicKey()));
        double verify = best(Math.max(3, runs / 3), () -> {
            if (!BomSignatures.verify(signed, policy).passed()) {
                throw new IllegalStateException("verification failed");
            }
        });

        System.out.printf("BOM: %d components, %.1f MB%n", components, bom.length / 1e6);
        System.out.printf("Jackson readTree+write:      %7.1f ms%n", jackson * 1e3);
        System.out.printf("Jackson readTree+JCS:        %7.1f ms  = %.2f x Jackson%n", jcs * 1e3, jcs / jackson);
        System.out.printf("Jackson write (tree only):   %7.1f ms%n", jacksonWrite * 1e3);
        System.out.printf("JCS canonicalize (tree only):%7.1f ms  = %.2f x Jackson write%n", jcsWrite * 1e3,
                jcsWrite / jacksonWrite);
        System.out.printf("strict read + schema check:  %7.1f ms%n", read * 1e3);
        System.out.printf("sign (ES256, + schema check):%7.1f ms%n", sign * 1e3);
        System.out.printf("verify (root + nested walk): %7.1f ms%n", verify * 1e3);
    }

    /** The example's BOM with its first model repeated until it has {@code count} components. */
    static byte[] bigBom(Path dir, int count) throws Exception {
        Path project = Path.of("..", "examples", "credit-risk-scorer").toAbsolutePath().normalize();
        Path out = dir.resolve("example.json");
        ObjectNode tree = (ObjectNode) GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"),
                project, out, Optional.empty(), BomOptions.at(Instant.EPOCH))).bom().tree().deepCopy();
        ArrayNode components = (ArrayNode) tree.get("components");
        ObjectNode template = (ObjectNode) components.get(0);
        components.removeAll();
        for (int i = 0; i < count; i++) {
            ObjectNode copy = template.deepCopy();
            copy.put("bom-ref", "model:m" + i);
            copy.put("name", "m" + i);
            components.add(copy);
        }
        tree.remove("dependencies");
        return BomJson.pretty(tree);
    }

    interface Run {
        void run() throws Exception;
    }

    static double best(int runs, Run run) throws Exception {
        for (int i = 0; i < runs; i++) {
            run.run(); // warm-up
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
