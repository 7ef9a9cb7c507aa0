package dev.aibom.core.discovery;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Discovery looks into what the build ships (zip, jar, war, tar, gzip, nested): a file's bytes are the builder's
 * dependencies' or anyone's. Whatever they hold, what cannot be read is named as not looked into - so that the
 * controls that depend on it could not be evaluated - and nothing escapes, not even an {@link IOException}: the disk
 * did not fail. Bounds as in {@link DiscoveryTest}, small, so that a zip bomb costs a fuzz run little.
 */
class DiscoveryFuzzTest {
    private static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        folder = Files.createTempDirectory("aibom-discovery-fuzz");
    }

    @AfterAll
    static void clean() throws IOException {
        dev.aibom.core.TestFiles.deleteTree(folder);
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void discovery(byte[] data) throws IOException {
        Path shipped = Files.createDirectories(folder.resolve("shipped"));
        Files.write(shipped.resolve("app.jar"), data);
        Discovery found = DiscoveryScanner.scan(List.of(), List.of(shipped), folder, 1 << 20, 4);
        for (String line : found.incomplete()) {
            if (!line.startsWith("shipped/app.jar")) {
                throw new IllegalStateException("not looked into, but not named: " + line);
            }
        }
        for (Discovery.FoundModelFile file : found.files()) {
            if (!file.path().startsWith("shipped/app.jar")) {
                throw new IllegalStateException("a model file found where there is none: " + file.path());
            }
        }
    }
}
