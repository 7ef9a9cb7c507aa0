package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import hudson.EnvVars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jenkins steps give one verdict for every spelling of a path relative to the workspace - {@code ./x},
 * {@code dir/../x}, absolute, through a linked folder, a trailing slash on a folder - as the command line and the
 * Maven goals do: aibom (descriptor, register, scan paths) and aibomVerify (the BOM, the register, the keys).
 */
class PathSpellingsStepTest {
    @TempDir
    Path temp;
    Path workspace;
    Path link;

    @BeforeEach
    void workspace() throws Exception {
        workspace = TestFiles.copyTree(TestFiles.example("failing-support-assistant"), temp.resolve("ws"));
        link = Files.createSymbolicLink(temp.resolve("linked"), workspace);
    }

    /** The failure and the build log of one aibom step run. */
    private String aibom(String descriptor, String suppliers, String scan) throws Exception {
        AibomStep step = new AibomStep();
        step.setDescriptorFile(descriptor);
        step.setSuppliers(suppliers);
        step.setScanPaths(scan);
        StubJenkins.Listener listener = new StubJenkins.Listener();
        StubJenkins.Context context = new StubJenkins.Context(new StubJenkins.TestRun(), workspace, listener,
                new EnvVars(Map.of("HF_HUB_OFFLINE", "1")));
        step.start(context).start();
        return String.valueOf(context.failure == null ? null : context.failure.getMessage()) + "\n"
                // each run is its own build, whose start time is the BOM's timestamp, and so its serial number
                + listener.text().replaceAll("serialNumber urn:uuid:[0-9a-f-]+", "serialNumber");
    }

    private String review(String bom, String keys, String suppliers) throws Exception {
        AibomVerifyStep step = new AibomVerifyStep(bom);
        step.setTrustedKeys(keys);
        step.setSuppliers(suppliers);
        StubJenkins.Listener listener = new StubJenkins.Listener();
        StubJenkins.Context context = new StubJenkins.Context(new StubJenkins.TestRun(), workspace, listener,
                new EnvVars());
        step.start(context).start();
        return String.valueOf(context.failure == null ? null : context.failure.getMessage()) + "\n"
                + listener.text();
    }

    @Test
    void everySpellingOfAWorkspacePathGivesOneVerdict() throws Exception {
        String expected = aibom("aibom.yaml", "suppliers.yaml", "src/main/resources");
        assertThat(expected).startsWith("aibom: ").contains("imports posix.system", "shipped-models-declared");
        Map<String, String> wrong = new LinkedHashMap<>();
        for (List<String> spelling : List.of(
                List.of("./aibom.yaml", "./suppliers.yaml", "./src/main/resources/"),
                List.of("models/../aibom.yaml", "data/../suppliers.yaml", "src/main/../main/resources"),
                List.of(workspace + "/aibom.yaml", workspace + "/suppliers.yaml", workspace + "/src/main/resources/."),
                List.of(link + "/aibom.yaml", link + "/./suppliers.yaml", link + "/src/main/resources/"))) {
            String got = aibom(spelling.get(0), spelling.get(1), spelling.get(2));
            if (!got.equals(expected)) {
                wrong.put(spelling.toString(), got);
            }
        }
        wrong.forEach((spelling, got) -> assertThat(got).as(spelling).isEqualTo(expected));
    }

    @Test
    void everySpellingOfTheReviewedBomGivesOneVerdict() throws Exception {
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), workspace.resolve("review"));
        String expected = review("review/acme-fraud-scoring.cdx.json", "review/keys/", "review/suppliers.yaml");
        assertThat(expected).startsWith("null\n").contains("signed by ACME ML GmbH's registered key");
        for (List<String> spelling : List.of(
                List.of("./review/acme-fraud-scoring.cdx.json", "review/keys", "./review/suppliers.yaml"),
                List.of("review/keys/../acme-fraud-scoring.cdx.json", "review/./keys/", "review/keys/../suppliers.yaml"),
                List.of(link + "/review/acme-fraud-scoring.cdx.json", link + "/review/keys", review + "/suppliers.yaml"))) {
            assertThat(review(spelling.get(0), spelling.get(1), spelling.get(2))).as(spelling.toString())
                    .isEqualTo(expected);
        }
    }
}
