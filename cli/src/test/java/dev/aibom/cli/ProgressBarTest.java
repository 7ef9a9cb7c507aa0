package dev.aibom.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void showsBytesRateAndTimeLeftThenClearsTheLine() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);
        Path model = Path.of("model.safetensors");
        bar.started(model, 4 * GIB);
        now.set(100_000_000L);
        bar.progress(model, GIB / 4, 4 * GIB);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).as("nothing in the first half second").isEmpty();
        now.set(2_000_000_000L);
        bar.progress(model, GIB, 4 * GIB);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\raibom: hashing [######                  ] 25%"
                + " 1.0 GiB of 4.0 GiB, 512.0 MiB/s, 6.0 s left\033[K");
        now.set(2_050_000_000L);
        bar.progress(model, GIB + 1, 4 * GIB);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).as("at most ten redraws a second").endsWith("left\033[K")
                .doesNotContain("1.0 GiB of 4.0 GiB, 499");
        now.set(8_000_000_000L);
        bar.finished(model, 4 * GIB, Duration.ofSeconds(8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("100% 4.0 GiB of 4.0 GiB, 512.0 MiB/s, 0.0 s left"
                + "\033[K\r\033[K");
    }
}
