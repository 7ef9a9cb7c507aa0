package dev.aibom.core.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real files, made with Python's own pickle module and by hand (fixtures/make_fixtures.py says how). */
class FormatInspectorTest {
    private final FormatInspector inspector = new FormatInspector(PickleGlobals.defaults());

    @TempDir
    Path temp;

    static Path fixture(String name) {
        try {
            return Path.of(FormatInspectorTest.class.getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Inspection inspect(String name) throws Exception {
        Path file = fixture(name);
        return inspector.inspect(file, file.getParent());
    }

    private static List<String> lines(Inspection inspection) {
        return inspection.issues().stream().map(Inspection.Issue::line).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void aPickleThatCallsOsSystemIsUnsafeInEveryProtocol(int protocol) throws Exception {
        Inspection inspection = inspect("os-system.p" + protocol + ".pkl");
        assertThat(inspection.format()).isEqualTo(ModelFormat.PICKLE);
        assertThat(inspection.safe()).isFalse();
        assertThat(inspection.issues()).extracting(Inspection.Issue::name).containsExactly("posix.system");
        assertThat(inspection.issues()).extracting(Inspection.Issue::kind).containsExactly(Inspection.Kind.DENIED);
        assertThat(lines(inspection).get(0)).matches("imports posix\\.system \\((GLOBAL|STACK_GLOBAL)\\): known to run"
                + " code \\(runs programs, changes processes, or reaches the file system, the network or native code\\)"
                + " \\(byte \\d+\\)");
    }

    @Test
    void theOffsetIsTheOpcodeThatImports() throws Exception {
        // pickletools: protocol 0 GLOBAL 'posix system' at byte 0; protocol 4 STACK_GLOBAL at byte 28
        assertThat(inspect("os-system.p0.pkl").issues().get(0).location()).isEqualTo("byte 0");
        assertThat(inspect("os-system.p4.pkl").issues().get(0).location()).isEqualTo("byte 28");
    }

    @Test
    void otherWaysToRunCodeAreCaughtBecauseTheyAreNotAllowed() throws Exception {
        assertThat(inspect("builtins-eval.pkl").issues()).extracting(Inspection.Issue::name)
                .containsExactly("__builtin__.eval"); // protocol 2 writes Python 2 names
        assertThat(inspect("subprocess-popen.pkl").issues()).extracting(Inspection.Issue::name)
                .containsExactly("subprocess.Popen");
        assertThat(inspect("runpy.pkl").issues()).extracting(Inspection.Issue::name)
                .containsExactly("runpy.run_path");
    }

    /** Found by fuzzing: an object array whose header ends the file has nothing to judge, which is not a pass. */
    @Test
    void anObjectArrayWithoutItsDataCannotBeChecked() throws Exception {
        String header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
        header = header + " ".repeat(128 - 10 - header.length() - 1) + "\n";
        java.io.ByteArrayOutputStream npy = new java.io.ByteArrayOutputStream();
        npy.writeBytes(new byte[]{(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), 0});
        npy.writeBytes(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path file = java.nio.file.Files.write(temp.resolve("empty-objects.npy"), npy.toByteArray());
        Inspection inspection = inspector.inspect(file, temp);
        assertThat(inspection.safe()).isFalse();
        assertThat(inspection.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Inspection.Kind.UNREADABLE);
            assertThat(issue.line()).contains("holds no pickle where one should be (the data ends at byte 128)");
        });
    }

    /**
     * Found by fuzzing: a version 2 header whose length is near 2^31 made the bounds check overflow (start + length
     * turned negative) and the header read threw an internal error. Too long for the file: a header that cannot be read.
     */
    @Test
    void aHeaderLengthNearTwoToTheThirtyFirstIsUnreadableNotAnError() throws Exception {
        Path file = java.nio.file.Files.write(temp.resolve("huge-header.npy"), new byte[]{(byte) 0x93, 'N', 'U', 'M',
                'P', 'Y', 2, '+', (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f});
        Inspection inspection = inspector.inspect(file, temp);
        assertThat(inspection.safe()).isFalse();
        assertThat(inspection.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Inspection.Kind.UNREADABLE);
            assertThat(issue.line()).contains("has a numpy header that cannot be read");
        });
    }

    /**
     * Found by fuzzing (the slow seed of kerasHdf5): a 6 KB HDF5 file whose object header claims 2 GB made jHDF, reading
     * through the file channel, allocate a buffer of that size - the whole heap, and 16 s, before an
     * OutOfMemoryError. Read through a mapping, the claim is an error about the file, not an allocation.
     */
    @Test
    void anHdf5HeaderThatClaimsMoreThanTheFileIsUnreadableWithoutTakingTheHeap() throws Exception {
        Path seed = Path.of(FormatInspectorTest.class.getResource("/dev/aibom/core/fuzz/ParsersFuzzTestInputs/kerasHdf5/"
                + "slow-unit-c1ee15e717155167fbbff4ff9cb71be6c348886c").toURI());
        Path file = java.nio.file.Files.copy(seed, temp.resolve("claims-2gb.h5"));
        Inspection inspection = inspector.inspect(file, temp);
        assertThat(inspection.format()).isEqualTo(ModelFormat.HDF5);
        assertThat(inspection.safe()).isFalse();
        assertThat(inspection.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Inspection.Kind.UNREADABLE);
            assertThat(issue.line()).contains("cannot be read as HDF5 (").doesNotContain("OutOfMemoryError");
        });
    }

    @Test
    void nestedAndMemoisedImportsAreFound() throws Exception {
        // the second use of posix.system comes from the memo: still one import in the file
        assertThat(inspect("nested-memoised.p4.pkl").issues()).extracting(Inspection.Issue::name)
                .contains("posix.system").doesNotContain("collections.OrderedDict");
        assertThat(inspect("nested-memoised.p2.pkl").issues()).extracting(Inspection.Issue::name)
                .contains("posix.system");
    }

    @Test
    void containersTensorRebuildsAndNumpyArraysAreSafe() throws Exception {
        assertThat(inspect("ordered-dict.p2.pkl").safe()).isTrue();
        assertThat(inspect("ordered-dict.p0.pkl").safe()).isTrue();
        Inspection tensors = inspect("tensor-state-dict.p2.pkl");
        assertThat(tensors.format()).isEqualTo(ModelFormat.PICKLE);
        assertThat(lines(tensors)).isEmpty();
        Inspection array = inspect("numpy-array.joblib");
        assertThat(array.format()).isEqualTo(ModelFormat.PICKLE); // an uncompressed joblib file is a pickle
        assertThat(lines(array)).isEmpty();
    }

    @Test
    void picklesInsideCheckpointsAndCompressedJoblibFilesAreInspected() throws Exception {
        Inspection benign = inspect("checkpoint-benign.pt");
        assertThat(benign.format()).isEqualTo(ModelFormat.PYTORCH_ZIP);
        assertThat(benign.safe()).isTrue();
        Inspection bad = inspect("checkpoint-os-system.pt");
        assertThat(bad.format()).isEqualTo(ModelFormat.PYTORCH_ZIP);
        assertThat(bad.issues()).isNotEmpty().allSatisfy(issue -> assertThat(issue.location())
                .startsWith("archive/data.pkl byte "));
        Inspection compressed = inspect("os-system-zlib.joblib");
        assertThat(compressed.format()).isEqualTo(ModelFormat.JOBLIB);
        assertThat(compressed.issues()).extracting(Inspection.Issue::name).containsExactly("posix.system");
        assertThat(compressed.issues().get(0).location()).startsWith("zlib-decompressed byte ");
    }

    @Test
    void aGlobalOnNeitherListIsNotKnownToBeSafeAndThePolicyCanAllowItByName() throws Exception {
        Path file = ScannerCorpusTest.corpus().resolve("app-class.pkl");
        Inspection unknown = inspector.inspect(file, file.getParent());
        assertThat(unknown.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Inspection.Kind.UNKNOWN);
            assertThat(issue.line()).isEqualTo("imports myapp.model.Scorer (STACK_GLOBAL): not known to be safe (on"
                    + " neither the allowlist nor the denylist; allowedGlobals in the policy accepts it) (byte 34)");
        });
        FormatInspector trusting = new FormatInspector(PickleGlobals.withAllowed(List.of("myapp.model.Scorer")));
        assertThat(trusting.inspect(file, file.getParent()).safe()).isTrue();
        assertThat(new FormatInspector(PickleGlobals.withAllowed(List.of("myapp.model.*"))).inspect(file,
                file.getParent()).safe()).isTrue();
        // a denied global stays denied, whatever the policy says
        Path runpy = fixture("runpy.pkl");
        assertThat(trusting.inspect(runpy, runpy.getParent()).of(Inspection.Kind.DENIED)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"os.*", "os.system", "*", "importlib.*", "builtins.eval", "torch.*", "subprocess.Popen",
            "posix.*", "multiprocessing.*"})
    void noPolicyCanAllowWhatIsKnownToRunCode(String pattern) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PickleGlobals.withAllowed(List.of(pattern))))
                .as(pattern).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'" + pattern + "' ");
    }

    @Test
    void kerasLambdaLayersAreUnsafe() throws Exception {
        assertThat(inspect("dense.keras").format()).isEqualTo(ModelFormat.KERAS);
        assertThat(inspect("dense.keras").safe()).isTrue();
        Inspection lambda = inspect("lambda.keras");
        assertThat(lines(lambda)).singleElement().asString().startsWith("has a Lambda layer 'lambda_1', whose Python"
                + " code runs when the model is loaded (config.json/config/layers/1)");
        // the old fixture is not a real HDF5 file (the signature and a string): it cannot be read, so not judged
        Inspection h5 = inspect("lambda.h5");
        assertThat(h5.format()).isEqualTo(ModelFormat.HDF5);
        assertThat(h5.issues()).singleElement().satisfies(issue -> assertThat(issue.kind())
                .isEqualTo(Inspection.Kind.UNREADABLE));
        Path corpus = ScannerCorpusTest.corpus();
        Inspection real = inspector.inspect(corpus.resolve("keras-lambda-escaped.h5"), corpus);
        assertThat(lines(real)).singleElement().asString().matches("has a Lambda layer 'dense(_\\d+)?', whose Python"
                + " code runs when the model is loaded \\(model_config/config/layers/\\d\\)");
    }

    @Test
    void safetensorsHeadersAreChecked() throws Exception {
        Inspection good = inspect("good.safetensors");
        assertThat(good.format()).isEqualTo(ModelFormat.SAFETENSORS);
        assertThat(lines(good)).isEmpty();
        assertThat(lines(inspect("offsets-outside.safetensors"))).singleElement().asString()
                .startsWith("tensor 'w' declares bytes 0..4096, outside the 16 bytes of data in the file");
        assertThat(lines(inspect("overlapping.safetensors"))).singleElement().asString()
                .startsWith("two tensors share the bytes from 8");
        assertThat(lines(inspect("size-mismatch.safetensors"))).singleElement().asString()
                .startsWith("tensor 'w' has 16 bytes, which its dtype and shape do not account for");
        // a header length the file cannot hold is not even taken for safetensors
        assertThat(inspect("header-too-long.safetensors").format()).isEqualTo(ModelFormat.UNKNOWN);
        assertThat(lines(inspect("header-not-json.safetensors"))).singleElement().asString()
                .startsWith("has a header that is not valid JSON");
    }

    @Test
    void onnxExternalDataMustStayInTheModelsFolder() throws Exception {
        assertThat(inspect("inline.onnx").format()).isEqualTo(ModelFormat.ONNX);
        assertThat(inspect("inline.onnx").safe()).isTrue();
        assertThat(inspect("external-inside.onnx").safe()).isTrue();
        assertThat(lines(inspect("external-escapes.onnx"))).singleElement().asString()
                .startsWith("tensor 'w' (graph > initializer) reads its data from '../../secret.bin', outside the"
                        + " model's folder (byte ");
        assertThat(lines(inspect("external-absolute.onnx"))).singleElement().asString()
                .startsWith("tensor 'w' (graph > initializer) reads its data from '/etc/passwd', outside the model's"
                        + " folder");
        Path corpus = ScannerCorpusTest.corpus();
        assertThat(lines(inspector.inspect(corpus.resolve("onnx-external-in-subgraph.onnx"), corpus)))
                .allSatisfy(line -> assertThat(line).startsWith("tensor 'c' (graph > node '' attribute"));
        assertThat(lines(inspector.inspect(corpus.resolve("onnx-external-in-function.onnx"), corpus)))
                .singleElement().asString().startsWith("tensor 'k' (function 'F' > node '' attribute value)");
    }

    @Test
    void externalDataReachedThroughALinkInTheModelsFolderIsOutside() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("model"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.write(outside.resolve("w.bin"), new byte[16]);
        Files.createDirectories(folder.resolve("weights"));
        Files.copy(fixture("external-inside.onnx"), folder.resolve("model.onnx"));
        Files.write(folder.resolve("weights/w.bin"), new byte[16]);
        assertThat(inspector.inspect(folder.resolve("model.onnx"), folder).safe()).isTrue();
        Files.delete(folder.resolve("weights/w.bin"));
        Files.delete(folder.resolve("weights"));
        Files.createSymbolicLink(folder.resolve("weights"), outside);
        assertThat(lines(inspector.inspect(folder.resolve("model.onnx"), folder))).singleElement().asString()
                .startsWith("tensor 'w' (graph > initializer) reads its data from 'weights/w.bin', outside the"
                        + " model's folder (a symbolic link in the folder leads to " + outside.toRealPath()
                        .resolve("w.bin") + ")");
    }

    @Test
    void otherFormatsAreRecognisedByContentNotByName() throws Exception {
        assertThat(inspect("tiny.gguf").format()).isEqualTo(ModelFormat.GGUF);
        assertThat(inspect("tiny.tflite").format()).isEqualTo(ModelFormat.TFLITE);
        assertThat(inspect("model.pmml").format()).isEqualTo(ModelFormat.PMML);
        // a pickle called .safetensors is still a pickle
        Path disguised = Files.copy(fixture("os-system.p4.pkl"), temp.resolve("weights.safetensors"));
        Inspection inspection = inspector.inspect(disguised, temp);
        assertThat(inspection.format()).isEqualTo(ModelFormat.PICKLE);
        assertThat(inspection.safe()).isFalse();
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");
        assertThat(inspector.inspect(text, temp).format()).isEqualTo(ModelFormat.UNKNOWN);
    }

    @Test
    void aBigSafetensorsFileIsJudgedFromItsHeader() throws Exception {
        // 2 GB of (sparse) tensor data: classified and checked without reading it
        Path big = temp.resolve("big.safetensors");
        byte[] header = ("{\"w\":{\"dtype\":\"F32\",\"shape\":[536870912],\"data_offsets\":[0,2147483648]}}")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .putLong(header.length).flip());
            channel.write(java.nio.ByteBuffer.wrap(header));
            channel.position(8 + header.length + 2147483648L - 1).write(java.nio.ByteBuffer.wrap(new byte[1]));
        }
        assertThat(Files.size(big)).isGreaterThan(2_000_000_000L);
        Inspection inspection = inspector.inspect(big, temp);
        assertThat(inspection.format()).isEqualTo(ModelFormat.SAFETENSORS);
        assertThat(inspection.safe()).isTrue();
    }
}
