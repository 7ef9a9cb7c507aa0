package dev.aibom.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.job.GenerateJob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Benchmark inputs: a BOM of N components made from the credit-risk-scorer example's first model (a model with its
 * model card, hashes and licence, about 2.3 KB of JSON), on one line as such BOMs are stored. The example's folder
 * is {@code -Daibom.bench.example} (default {@code examples/credit-risk-scorer}, relative to where the benchmark runs).
 */
final class Fixtures {
    private Fixtures() {
    }

    static Path example() {
        return Path.of(System.getProperty("aibom.bench.example", "examples/credit-risk-scorer")).toAbsolutePath()
                .normalize();
    }

    static byte[] bom(int components) throws Exception {
        Path project = example();
        Path out = Files.createTempFile("aibom-bench", ".json");
        try {
            ObjectNode tree = (ObjectNode) GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"),
                    project, out, Optional.empty(), BomOptions.at(Instant.EPOCH))).bom().tree().deepCopy();
            ArrayNode list = (ArrayNode) tree.get("components");
            ObjectNode template = (ObjectNode) list.get(0);
            list.removeAll();
            for (int i = 0; i < components; i++) {
                ObjectNode copy = template.deepCopy();
                copy.put("bom-ref", "model:m" + i);
                copy.put("name", "m" + i);
                if (copy.get("components") instanceof ArrayNode nested) {
                    for (int j = 0; j < nested.size(); j++) {
                        ((ObjectNode) nested.get(j)).put("bom-ref", "model:m" + i + ":f" + j);
                    }
                }
                list.add(copy);
            }
            tree.remove("dependencies");
            return BomJson.MAPPER.writeValueAsBytes(tree);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static Path write(byte[] bytes, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "aibom-bench"));
        return Files.write(dir.resolve(name), bytes);
    }
}
