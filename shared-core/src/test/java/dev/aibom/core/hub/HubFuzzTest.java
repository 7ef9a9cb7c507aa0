package dev.aibom.core.hub;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.descriptor.HuggingFaceRef;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.StrictJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the Hugging Face Hub answers (or a proxy or mirror in its place), and the Hub cache a project commits, are
 * someone else's bytes: whatever they hold, only {@link AibomException} (a message naming the repository and what is
 * wrong) escapes.
 */
class HubFuzzTest {
    private static final StrictJson JSON = new StrictJson(new ReadLimits(16L * 1024 * 1024, 64),
            "Hugging Face Hub answer", "Hub answer", "the Hub's JSON", "the Hub");
    private static final String COMMIT = "c9745ed1d9f207416be6d2e6f8de32d1f16199bf";
    private static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        folder = Files.createTempDirectory("aibom-hub-fuzz");
    }

    @AfterAll
    static void clean() throws IOException {
        dev.aibom.core.TestFiles.deleteTree(folder);
    }

    /** The Hub's answer to a model's revision: about the repository it names, so that the checks past the name run. */
    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hubAnswer(byte[] data) {
        JsonNode tree;
        try {
            tree = JSON.parse(Path.of("answer.json"), data);
        } catch (AibomException expected) {
            return;
        }
        HuggingFaceRef ref;
        try {
            ref = HuggingFaceRef.parse("hf://" + tree.path("id").asText("acme/model") + "@main");
        } catch (IllegalArgumentException notARepository) {
            ref = HuggingFaceRef.parse("hf://acme/model@main");
        }
        HubClient client = new HubClient(HubOptions.offline(folder.resolve("cache")), Log.NONE);
        try {
            client.parseHubAnswer(ref, tree, URI.create("https://huggingface.co/api/models/x"));
        } catch (AibomException expected) {
            // a message naming the repository and what is wrong
        }
    }

    /** A project's committed Hub cache entry, read offline (as a build without the network reads it). */
    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hubCache(byte[] data) throws IOException {
        HuggingFaceRef ref = HuggingFaceRef.parse("hf://sentence-transformers/all-MiniLM-L6-v2@" + COMMIT);
        Path project = folder.resolve("project-cache");
        Path entry = HubClient.cacheFile(project, ref);
        Files.createDirectories(entry.getParent());
        Files.write(entry, data);
        HubOptions offline = new HubOptions(URI.create("https://unreachable.invalid"), "default", Optional.empty(),
                "HF_TOKEN", folder.resolve("empty-cache"), "configured", true, Duration.ofSeconds(5));
        try {
            new HubClient(offline, Log.NONE).resolve(ref, Optional.of(project));
        } catch (AibomException expected) {
            // damaged: delete it, and aibom fetches the metadata again
        }
    }
}
