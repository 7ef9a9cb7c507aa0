package dev.aibom.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.control.BomView;
import dev.aibom.core.control.ControlEngine;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Policy;
import dev.aibom.core.control.SupplierRegister;
import dev.aibom.core.control.Waivers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Evaluates a 10,000-component BOM against the default policy with the example's supplier register, warm.
 * Run with {@code bench/controls.sh}; best of N after warm-up.
 */
public final class ControlsBenchmark {
    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createDirectories(Path.of("target/bench"));
        byte[] bytes = SignatureBenchmark.bigBom(dir, components);
        JsonNode tree = BomJson.MAPPER.readTree(bytes);
        SupplierRegister register = SupplierRegister.load(Path.of("..", "examples", "credit-risk-scorer",
                "suppliers.yaml").toString(), Duration.ofSeconds(5));
        Policy policy = Policy.defaults(dev.aibom.core.control.ControlRegistry.builtIn());
        LocalDate today = LocalDate.parse("2026-11-23");
        EvaluationResult[] last = new EvaluationResult[1];
        double best = SignatureBenchmark.best(runs, () -> {
            EvaluationContext context = new EvaluationContext(new BomView(tree), Optional.of(register),
                    Optional.empty(), Optional.empty(), false, today);
            last[0] = ControlEngine.evaluate("big-bom.json", context, policy, Waivers.none());
        });
        System.out.printf("BOM: %d components; default policy: %d controls; %d findings%n", components,
                policy.controls().size(), last[0].findings().size());
        System.out.printf("evaluation (warm, best of %d): %.1f ms%n", runs, best * 1e3);

        // one expression control over every model (10,000 components, half of them models)
        Path celPolicy = Files.writeString(dir.resolve("cel-policy.yaml"), """
                includeDefaults: false
                controls:
                  bench-no-gpl:
                    expression: '!component.licenses.exists(l, l.startsWith("GPL")) && component.name != ""'
                    appliesTo: model
                    title: No GPL models
                    annexA: [A.10.3]
                    message: '{name} is GPL'
                """);
        Policy cel = Policy.load(celPolicy, dev.aibom.core.control.ControlRegistry.builtIn());
        double celBest = SignatureBenchmark.best(runs, () -> {
            EvaluationContext context = new EvaluationContext(new BomView(tree), Optional.of(register),
                    Optional.empty(), Optional.empty(), false, today);
            last[0] = ControlEngine.evaluate("big-bom.json", context, cel, Waivers.none());
        });
        System.out.printf("one CEL control over every model (%d findings, warm, best of %d): %.1f ms%n",
                last[0].findings().size(), runs, celBest * 1e3);
    }
}
