package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import dev.aibom.core.job.PipelineResult;
import dev.aibom.core.job.ReviewRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What travels from the agent to the controller does not grow with the BOM: the review of a 10,000-component BOM
 * sends back about what the review of a 1-component BOM does (counts, the signature line and the findings that need
 * attention), measured as Java serialization, which is what remoting uses.
 */
class PayloadSizeTest {
    @TempDir
    Path temp;

    static int serialized(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }

    private PipelineResult review(Path workspace) throws Exception {
        ReviewRequest request = ReviewRequest.builder(".", "bom.json", LocalDate.parse("2026-11-23"))
                .suppliers("suppliers.yaml").outputDirectory("reports").build();
        return new AibomRunner.OnAgent<>(new AibomRunner.Review(request), null, new StubJenkins.Listener(), List.of())
                .invoke(workspace.toFile(), null);
    }

    @Test
    void theResultOfA10000ComponentReviewIsAboutAsSmallAsOfOne() throws Exception {
        Path review = TestFiles.example("supplier-review");
        String template = Files.readString(review.resolve("acme-fraud-scoring.cdx.json"));
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                dev.aibom.core.bom.BomJson.MAPPER.readTree(template);
        tree.remove("signature");
        com.fasterxml.jackson.databind.node.ArrayNode components = (com.fasterxml.jackson.databind.node.ArrayNode)
                tree.get("components");
        com.fasterxml.jackson.databind.node.ObjectNode model = (com.fasterxml.jackson.databind.node.ObjectNode)
                components.get(0).deepCopy();
        int[] sizes = new int[2];
        int[] counts = {1, 10_000};
        for (int k = 0; k < 2; k++) {
            Path workspace = TestFiles.copyTree(review, temp.resolve("ws" + k));
            components.removeAll();
            for (int i = 0; i < counts[k]; i++) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = model.deepCopy();
                copy.put("bom-ref", "model-" + i);
                copy.put("name", "model-" + i);
                components.add(copy);
            }
            tree.remove("dependencies");
            Files.write(workspace.resolve("bom.json"), dev.aibom.core.bom.BomJson.MAPPER.writeValueAsBytes(tree));
            PipelineResult result = review(workspace);
            sizes[k] = serialized(result);
            System.out.printf("payload: %d components, BOM %d bytes -> %d bytes serialized, %d findings shown%n",
                    counts[k], Files.size(workspace.resolve("bom.json")), sizes[k], result.findings().size());
        }
        assertThat(sizes[1]).isLessThan(16 * 1024).isLessThan(sizes[0] * 2);
    }
}
