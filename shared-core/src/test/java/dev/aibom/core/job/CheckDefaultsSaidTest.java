package dev.aibom.core.job;

import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.TestJobs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check given no folder of the BOM's files reads none, and one given nothing to look into runs no discovery (its
 * defaults): the console says so, since its verdict then rests on what the BOM records; given them, no such line.
 */
class CheckDefaultsSaidTest {
    private static final String LINE = "files: not checked against the BOM's hashes (no folder of its files was"
            + " given): the controls judge what the BOM records";

    private List<String> check(Optional<Path> files) throws Exception {
        Path example = TestFiles.example("supplier-review");
        List<String> lines = new ArrayList<>();
        TestJobs.check(example.resolve("acme-fraud-scoring.cdx.json"), Optional.empty(),
                Optional.of(example.resolve("suppliers.yaml")), Optional.empty(), List.of(), files,
                LocalDate.parse("2026-11-23"), Log.of(lines::add));
        return lines;
    }

    @Test
    void theConsoleSaysWhenNoFileWasChecked() throws Exception {
        List<String> without = check(Optional.empty());
        assertThat(without).contains(LINE);
        assertThat(without.indexOf(LINE)).isEqualTo(without.indexOf(without.stream()
                .filter(l -> l.startsWith("signature: ")).findFirst().orElseThrow()) + 1);
        assertThat(check(Optional.of(TestFiles.example("supplier-review")))).doesNotContain(LINE);
        assertThat(without).first().isEqualTo("discovery: not run (nothing the build ships was named to look"
                + " into): the controls that compare the BOM with what the build ships are not applicable");
    }
}
