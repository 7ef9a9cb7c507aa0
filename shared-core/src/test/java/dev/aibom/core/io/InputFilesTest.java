package dev.aibom.core.io;

import dev.aibom.core.InvalidInputException;
import dev.aibom.core.control.Policy;
import dev.aibom.core.control.ControlRegistry;
import dev.aibom.core.descriptor.DescriptorLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only regular files within their limits are read: a FIFO does not hang, a device does not run forever. */
class InputFilesTest {
    private static final InputFiles.Kind POLICY = new InputFiles.Kind("policy", "keep it small.");

    @TempDir
    Path temp;

    private Path fifo() throws Exception {
        Path fifo = temp.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        return fifo;
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = fifo();
        assertThatThrownBy(() -> InputFiles.read(fifo, 1024, POLICY)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid policy " + fifo + ":\n  - " + fifo + ": this is not a regular file but a FIFO,"
                        + " device or socket; aibom reads only regular files. Fix: point the policy setting at a"
                        + " regular file.");
        // through a real loader as well
        assertThatThrownBy(() -> Policy.load(fifo, ControlRegistry.builtIn()))
                .hasMessageContaining("this is not a regular file but a FIFO, device or socket");
    }

    @Test
    void aDeviceIsRefusedAlthoughItsSizeSaysZero() {
        Path zero = Path.of("/dev/zero");
        assertThat(zero).exists();
        assertThatThrownBy(() -> InputFiles.read(zero, 1024, POLICY))
                .hasMessageContaining("this is not a regular file but a FIFO, device or socket");
        assertThatThrownBy(() -> DescriptorLoader.load(zero, temp, Optional.empty()))
                .hasMessageContaining("this is not a regular file");
    }

    @Test
    void aFolderOrAMissingFileSaysSo() throws Exception {
        assertThatThrownBy(() -> InputFiles.read(temp, 1024, POLICY))
                .hasMessageContaining(": this is a folder, not a file. Fix: point the policy setting at the file"
                        + " itself.");
        assertThatThrownBy(() -> InputFiles.read(temp.resolve("none.yaml"), 1024, POLICY))
                .hasMessageContaining(": the file does not exist. Fix: create it, or point the policy setting at the"
                        + " right path.");
    }

    @Test
    void theSizeLimitIsCheckedBeforeReading() throws Exception {
        Path big = Files.write(temp.resolve("big.yaml"), new byte[2048]);
        assertThatThrownBy(() -> InputFiles.read(big, 1024, POLICY))
                .hasMessageContaining(": the file is 2048 bytes, more than the policy limit of 1024 bytes."
                        + " Fix: keep it small.");
        assertThat(InputFiles.read(big, 4096, POLICY)).hasSize(2048);
    }

    @Test
    void aSymbolicLinkLeavingTheBaseIsRefused() throws Exception {
        Path outside = Files.writeString(Files.createDirectories(temp.resolve("outside")).resolve("secret.txt"), "x");
        Path base = Files.createDirectories(temp.resolve("project"));
        Path link = Files.createSymbolicLink(base.resolve("model.bin"), outside);
        assertThatThrownBy(() -> InputFiles.read(link, 1024, POLICY, Optional.of(base)))
                .hasMessageContaining("the path leads to " + outside.toRealPath() + ", outside " + base.toRealPath()
                        + " (through a symbolic link).");
        assertThat(InputFiles.read(link, 1024, POLICY, Optional.of(temp))).hasSize(1);
    }

    @Test
    void aLongYamlScalarIsRefusedBeforeTheParserSeesIt() throws Exception {
        // SnakeYAML needs time that grows with the square of one scalar's length: the byte limit comes first
        Path yaml = temp.resolve("aibom.yaml");
        Files.writeString(yaml, "system:\n  name: " + "x".repeat(3 * 1024 * 1024) + "\n");
        assertThatThrownBy(() -> DescriptorLoader.load(yaml, temp, Optional.empty()))
                .hasMessageContaining("more than the AI-BOM descriptor limit of 1048576 bytes.");
    }

    @Test
    void aFileTooLargeToHoldIsRefusedByWhatHoldsIt() throws Exception {
        Path huge = temp.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(InputFiles.ARRAY_LIMIT + 1); // sparse: nothing is written
        }
        assertThatThrownBy(() -> InputFiles.read(huge, 4L * 1024 * 1024 * 1024, POLICY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid policy " + huge + ":\n  - " + huge + ": the file is " + (InputFiles.ARRAY_LIMIT + 1)
                        + " bytes; this operation holds the whole file, and Java cannot hold more than "
                        + InputFiles.ARRAY_LIMIT + " bytes at once. Fix: validate, verify and sign stream a BOM of"
                        + " any size; for this operation, split the BOM.");
    }
}
