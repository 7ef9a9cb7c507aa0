package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 8785 conformance on the vectors in ../shared/conformance/jcs (cyberphone/json-canonicalization, the RFC). */
@dev.aibom.core.NeedsConformance
class JcsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TestFactory
    Stream<DynamicTest> everyInputCanonicalizesToTheExpectedBytes() throws Exception {
        Path dir = TestFiles.conformance().resolve("jcs/testdata");
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir.resolve("input"))) {
            inputs = files.sorted().toList();
        }
        assertThat(inputs).hasSize(6);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            byte[] expected = Files.readAllBytes(dir.resolve("output").resolve(input.getFileName()));
            assertThat(Jcs.canonicalize(MAPPER.readTree(Files.readString(input))))
                    .asString(StandardCharsets.UTF_8).isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(Jcs.canonicalize(MAPPER.readTree(Files.readString(input)))).isEqualTo(expected);
        }));
    }

    @Test
    void tenThousandNumberSamples() throws Exception {
        List<String> lines = Files.readAllLines(TestFiles.conformance().resolve("jcs/es6testfile_10000.txt"));
        assertThat(lines).hasSize(10_000);
        for (String line : lines) {
            int comma = line.indexOf(',');
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
            assertThat(Jcs.number(value)).as(line).isEqualTo(line.substring(comma + 1));
        }
    }

    @Test
    void rfcAppendixBNumberTable() throws Exception {
        Path csv = TestFiles.conformance().resolve("jcs/rfc8785-extracts/extracted/rfc8785-appendixB-number-samples.csv");
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        int checked = 0;
        for (String line : lines) {
            String[] parts = line.split(",", -1);
            if (!parts[0].trim().matches("[0-9a-fA-F]{16}")) {
                continue; // header
            }
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0].trim(), 16));
            String expected = parts[1].trim();
            if (expected.startsWith("\"")) {
                expected = expected.substring(1, expected.length() - 1);
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue; // the RFC lists these as errors
            }
            assertThat(Jcs.number(value)).as(line).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void rfcSection324Example() throws Exception {
        Path dir = TestFiles.conformance().resolve("jcs/rfc8785-extracts/extracted");
        JsonNode input = MAPPER.readTree(Files.readString(dir.resolve("rfc8785-sec3.2.2-input.json")));
        assertThat(Jcs.canonicalize(input)).isEqualTo(Files.readAllBytes(dir.resolve("rfc8785-sec3.2.4-expected-canonical.bin")));
    }

    @Test
    void loneSurrogatesAndNonFiniteNumbersAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jcs.canonicalize(MAPPER.getNodeFactory()
                .textNode("\uD800"))).hasMessageContaining("lone surrogate");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jcs.number(Double.NaN))
                .hasMessageContaining("no representation");
    }
}
