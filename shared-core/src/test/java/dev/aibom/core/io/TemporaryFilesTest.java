package dev.aibom.core.io;

import dev.aibom.core.Errors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The temporary files check, review, sign and verify keep a large BOM's parts in: nothing named is left behind, and a
 * folder that cannot take them is said as such (a fault of the machine), with the folder and what to do.
 */
class TemporaryFilesTest {
    private static final String WHY = "That folder holds parts of a large BOM while aibom works (about the size of the"
            + " BOM, and check's and review's findings); point java.io.tmpdir at a writable folder with room, for"
            + " example -Djava.io.tmpdir=<folder> in JAVA_OPTS (command line), MAVEN_OPTS (Maven) or the agent's JVM"
            + " options (Jenkins).";

    @TempDir
    Path temp;

    @Test
    void anUnnamedFileLeavesNothingInItsFolderAndWritesAndReadsBack() throws IOException {
        try (FileChannel channel = TemporaryFiles.unnamed(temp, "aibom-test-")) {
            try (java.util.stream.Stream<Path> files = Files.list(temp)) {
                assertThat(files.count()).isZero();
            }
            OutputStream out = TemporaryFiles.output(channel);
            out.write("spooled".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            ByteBuffer back = ByteBuffer.allocate(7);
            channel.read(back, 0);
            assertThat(new String(back.array(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("spooled");
        }
    }

    @Test
    void aFolderThatDoesNotExistIsNamedWithWhatToDo() {
        Path missing = temp.resolve("no-such-folder");
        TemporaryStorageException e = catchThrowableOfType(() -> TemporaryFiles.unnamed(missing, "aibom-test-"),
                TemporaryStorageException.class);
        assertThat(e).hasMessage("cannot create a temporary file in " + missing + " (java.io.tmpdir): the folder"
                + " does not exist. " + WHY);
        // as every front end words it: the message, not a bug, even wrapped on its way out of a stream
        assertThat(Errors.describe(new UncheckedIOException(e))).isEqualTo(e.getMessage());
        assertThat(Errors.isBug(new UncheckedIOException(e))).isFalse();
    }

    @Test
    void aWriteThatFailsIsTheTemporaryFoldersFault() throws IOException {
        FileChannel channel = TemporaryFiles.unnamed(temp, "aibom-test-");
        OutputStream out = TemporaryFiles.output(channel);
        channel.close();
        out.write(new byte[10]);
        TemporaryStorageException e = catchThrowableOfType(out::flush, TemporaryStorageException.class);
        assertThat(e).hasMessage("cannot write to a temporary file in " + TemporaryStorageException.folder()
                + " (java.io.tmpdir): ClosedChannelException. Is that folder full? " + WHY);
    }
}
