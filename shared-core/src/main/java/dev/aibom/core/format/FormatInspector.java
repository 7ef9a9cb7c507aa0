package dev.aibom.core.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.apache.commons.compress.compressors.lzma.LZMACompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import dev.aibom.core.io.RealPaths;

/**
 * Recognises a model file's format by its content, never by its name, and inspects what can run code or reach outside
 * its folder: every pickle of a file, one after another (raw, legacy {@code torch.save}, inside PyTorch zips, joblib
 * files with any of joblib's compressors and numpy arrays between the opcodes, numpy {@code .npy}/{@code .npz}
 * object arrays), each global judged in three answers ({@link PickleGlobals}); Keras configurations parsed as JSON
 * and judged object by object ({@link KerasObjects}), in {@code .keras} zips and in HDF5 files wherever HDF5 stores
 * the attribute; every ONNX tensor's external data, whose real path (links resolved) must stay in the model's folder;
 * safetensors headers. Only headers and pickles are read: a multi-GB safetensors, ONNX or legacy PyTorch file is
 * judged from its header and structure, never read whole.
 */
public final class FormatInspector {
    /** The largest pickle stream read (raw, decompressed, or inside a checkpoint): beyond it a file cannot be judged. */
    public static final long MAX_PICKLE_BYTES = 256L * 1024 * 1024;
    /** The largest safetensors header accepted (the format's own reference implementation allows 100 MB). */
    static final long MAX_SAFETENSORS_HEADER = 100L * 1024 * 1024;
    /** The largest Keras configuration read. */
    static final long MAX_CONFIG_BYTES = 64L * 1024 * 1024;
    /** A file that starts like a protocol 0 or 1 pickle is read whole to tell, up to this size. */
    static final long MAX_TEXT_PICKLE_SNIFF = 16L * 1024 * 1024;
    private static final int SNIFF = 4096;
    private static final byte[] TORCH_MAGIC = new java.math.BigInteger("1950a86a20f9469cfc6c", 16).toByteArray();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Map<String, Integer> DTYPE_BYTES = Map.ofEntries(Map.entry("BOOL", 1), Map.entry("U8", 1),
            Map.entry("I8", 1), Map.entry("F8_E5M2", 1), Map.entry("F8_E4M3", 1), Map.entry("F8_E8M0", 1),
            Map.entry("I16", 2), Map.entry("U16", 2), Map.entry("F16", 2), Map.entry("BF16", 2), Map.entry("I32", 4),
            Map.entry("U32", 4), Map.entry("F32", 4), Map.entry("F64", 8), Map.entry("I64", 8), Map.entry("U64", 8),
            Map.entry("C64", 8));
    /** Bytes per element of PyTorch's typed storages, for the storage data after a legacy checkpoint's pickles. */
    private static final Map<String, Integer> STORAGE_BYTES = Map.ofEntries(Map.entry("Float", 4),
            Map.entry("Double", 8), Map.entry("Half", 2), Map.entry("BFloat16", 2), Map.entry("Long", 8),
            Map.entry("Int", 4), Map.entry("Short", 2), Map.entry("Char", 1), Map.entry("Byte", 1),
            Map.entry("Bool", 1), Map.entry("ComplexFloat", 8), Map.entry("ComplexDouble", 16),
            Map.entry("QInt8", 1), Map.entry("QUInt8", 1), Map.entry("QInt32", 4), Map.entry("Untyped", 1));

    private final PickleGlobals globals;

    public FormatInspector(PickleGlobals globals) {
        this.globals = globals;
    }

    /**
     * @param file   the model file
     * @param folder the model's folder: ONNX external data must stay inside it
     */
    public Inspection inspect(Path file, Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(SNIFF, size));
            ModelFormat format = detect(head, size, channel);
            if (format == ModelFormat.UNKNOWN && zip(head)) {
                format = zip(file);
            }
            List<Inspection.Issue> issues = new ArrayList<>();
            switch (format) {
                case PICKLE -> pickleFile(channel, size, issues);
                case JOBLIB -> joblibFile(file, head, issues);
                case PYTORCH_ZIP -> zippedPickles(file, issues);
                case NUMPY -> numpyFile(channel, size, "", issues);
                case NUMPY_ZIP -> numpyZip(file, issues);
                case KERAS -> kerasZip(file, issues);
                case HDF5 -> hdf5(file, issues);
                case SAFETENSORS -> issues.addAll(safetensors(channel, size));
                case ONNX -> onnx(channel, size, file, folder, issues);
                default -> { }
            }
            return new Inspection(format, issues);
        }
    }

    // ------------------------------------------------------------------ detection, by content

    static ModelFormat detect(byte[] head, long size, FileChannel channel) throws IOException {
        if (size < 4) {
            return ModelFormat.UNKNOWN;
        }
        if (startsWith(head, 0, "GGUF")) {
            return ModelFormat.GGUF;
        }
        if (head.length >= 8 && startsWith(head, 4, "TFL3")) {
            return ModelFormat.TFLITE;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && startsWith(head, 1, "HDF\r\n\u001a\n")) {
            return ModelFormat.HDF5;
        }
        if (head.length >= 6 && (head[0] & 0xff) == 0x93 && startsWith(head, 1, "NUMPY")) {
            return ModelFormat.NUMPY;
        }
        if (zip(head)) {
            return ModelFormat.UNKNOWN; // decided by the entries: see zip()
        }
        if ((head[0] & 0xff) == 0x80 && head.length > 1 && (head[1] & 0xff) >= 2 && (head[1] & 0xff) <= 5) {
            return ModelFormat.PICKLE; // a joblib file is a pickle too; its arrays are stepped over either way
        }
        Optional<String> compression = compression(head);
        if (compression.isPresent()) {
            // a compressed pickle is a joblib file: decided by what the stream starts with
            byte[] start = decompressedHead(channel, compression.get());
            return start.length > 1 && (start[0] & 0xff) == 0x80 && (start[1] & 0xff) >= 2 && (start[1] & 0xff) <= 5
                    ? ModelFormat.JOBLIB : ModelFormat.UNKNOWN;
        }
        if (size >= 10 && head.length >= 9 && head[8] == '{') {
            long headerLength = ByteBuffer.wrap(head, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (headerLength >= 2 && headerLength <= size - 8) {
                return ModelFormat.SAFETENSORS;
            }
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.contains("<PMML")) {
            return ModelFormat.PMML;
        }
        if ((head[0] & 0xff) == 0x08 && OnnxWalker.looksLikeModel(channel, size)) {
            return ModelFormat.ONNX;
        }
        // protocols 0 and 1 have no header: a file that starts with one of their opcodes and reads as a pickle to STOP
        if ("(cdl]}NIKSVJFGLU".indexOf((char) (head[0] & 0xff)) >= 0 && size <= MAX_TEXT_PICKLE_SNIFF) {
            byte[] all = read(channel, 0, (int) size);
            PickleScanner.Result first = PickleScanner.scan(all);
            if (first.complete() && (!first.imports().isEmpty() || first.end() == size)) {
                return ModelFormat.PICKLE;
            }
        }
        return ModelFormat.UNKNOWN;
    }

    private static boolean zip(byte[] head) {
        return startsWith(head, 0, "PK\u0003\u0004");
    }

    /** Zips are decided by what they hold. */
    private static ModelFormat zip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean keras = false;
            boolean numpy = false;
            boolean other = false;
            for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                ZipEntry entry = it.next();
                String name = entry.getName();
                if (name.equals("data.pkl") || name.endsWith("/data.pkl")) {
                    return ModelFormat.PYTORCH_ZIP;
                }
                keras |= name.equals("config.json") || name.equals("model.weights.h5");
                if (name.endsWith(".npy")) {
                    numpy = true;
                } else if (!entry.isDirectory()) {
                    other = true;
                }
            }
            return keras ? ModelFormat.KERAS : numpy && !other ? ModelFormat.NUMPY_ZIP : ModelFormat.UNKNOWN;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // a damaged zip (its end record cut short: EOFException) holds no model aibom can name
            return ModelFormat.UNKNOWN;
        }
    }

    // ------------------------------------------------------------------ pickles

    /** A raw pickle file: pickle after pickle, or a legacy torch.save file (several pickles, then storage bytes). */
    private void pickleFile(FileChannel channel, long size, List<Inspection.Issue> issues) throws IOException {
        boolean legacyTorch = legacyTorch(channel, size);
        if (size > MAX_PICKLE_BYTES && !legacyTorch) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "is a pickle of " + size + " bytes, larger"
                    + " than the " + MAX_PICKLE_BYTES + " bytes aibom reads, so its imports cannot be checked", "",
                    ""));
            return;
        }
        byte[] data = read(channel, 0, (int) Math.min(size, MAX_PICKLE_BYTES));
        List<PickleScanner.Result> results = PickleScanner.scanAll(data, 0, true);
        if (results.isEmpty()) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "is empty where a pickle should be", "", ""));
            return;
        }
        judge(results, "", issues);
        PickleScanner.Result last = results.get(results.size() - 1);
        if (last.complete() || results.size() == 1) {
            if (!last.complete()) {
                issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "cannot be read as a pickle: "
                        + last.malformed(), "", ""));
            }
            return;
        }
        long trailerAt = last.start();
        long storagesEnd = legacyTorch && results.size() == 6 ? legacyTrailer(channel, size, results) : -1;
        if (storagesEnd == size) {
            return; // magic, protocol, system info, the main pickle, the storage keys; then the storages' bytes
        }
        if (storagesEnd > 0 && size - storagesEnd <= MAX_PICKLE_BYTES) {
            // more after the storages: read as pickles too, whatever torch.load makes of them
            byte[] rest = read(channel, storagesEnd, (int) (size - storagesEnd));
            List<PickleScanner.Result> appended = PickleScanner.scanAll(rest, 0, false);
            judge(appended, "", storagesEnd, issues);
            trailerAt = storagesEnd;
        }
        issues.add(new Inspection.Issue(Inspection.Kind.UNKNOWN, (size - trailerAt) + " bytes after the last "
                + (storagesEnd > 0 ? "storage" : "pickle") + " are neither a pickle nor a known trailer"
                + (storagesEnd > 0 ? "" : " (" + last.malformed() + ")") + ": not known to be safe", "byte "
                + trailerAt, ""));
    }

    /** Whether the file starts with the pickle of PyTorch's legacy magic number. */
    private static boolean legacyTorch(FileChannel channel, long size) throws IOException {
        byte[] start = read(channel, 0, (int) Math.min(16, size));
        byte[] magic = new byte[TORCH_MAGIC.length];
        for (int i = 0; i < magic.length; i++) {
            magic[i] = TORCH_MAGIC[TORCH_MAGIC.length - 1 - i]; // LONG1 is little-endian
        }
        return start.length >= 15 && (start[0] & 0xff) == 0x80 && (start[2] & 0xff) == 0x8a
                && (start[3] & 0xff) == magic.length && java.util.Arrays.equals(start, 4, 4 + magic.length, magic, 0,
                magic.length) && start[4 + magic.length] == '.';
    }

    /**
     * The storages of a legacy checkpoint follow its last pickle (the sorted storage keys): for each key, its number
     * of elements (8 bytes, little-endian) and that many elements of its type. Returns where they end (the file
     * should end there too), or -1 when they are not what the pickles say.
     */
    private static long legacyTrailer(FileChannel channel, long size, List<PickleScanner.Result> results)
            throws IOException {
        if (!(results.get(4).value() instanceof PickleScanner.Seq keys) || !keys.whole()) {
            return -1;
        }
        Map<String, String> types = new HashMap<>();
        results.get(3).storages().forEach(s -> types.put(s.key(), s.type()));
        long position = results.get(4).end();
        for (PickleScanner.Value key : keys.items) {
            if (!(key instanceof PickleScanner.Text text) || !types.containsKey(text.value())) {
                return -1;
            }
            String type = types.get(text.value());
            String kind = type.substring(type.lastIndexOf('.') + 1).replace("Storage", "");
            Integer bytes = STORAGE_BYTES.get(kind);
            if (bytes == null || position + 8 > size) {
                return -1;
            }
            long elements = ByteBuffer.wrap(read(channel, position, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (elements < 0 || elements > (size - position - 8) / bytes) {
                return -1;
            }
            position += 8 + elements * bytes;
        }
        return position;
    }

    /** A joblib file: one pickle with its numpy arrays inline, possibly compressed with any of joblib's compressors. */
    private void joblibFile(Path file, byte[] head, List<Inspection.Issue> issues) throws IOException {
        String compression = compression(head).orElse("");
        byte[] data;
        try (InputStream in = decompressing(Files.newInputStream(file), compression)) {
            data = readBounded(in, MAX_PICKLE_BYTES);
        } catch (IOException e) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "cannot be decompressed (" + compression
                    + "): " + e.getMessage(), "", ""));
            return;
        }
        if (data == null) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "decompresses to more than "
                    + MAX_PICKLE_BYTES + " bytes, so its imports cannot be checked", "", ""));
            return;
        }
        List<PickleScanner.Result> results = PickleScanner.scanAll(data, 0, true);
        String where = compression + "-decompressed ";
        if (results.isEmpty()) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "decompresses to nothing where a pickle should"
                    + " be", where.trim(), ""));
            return;
        }
        judge(results, where, issues);
        PickleScanner.Result last = results.get(results.size() - 1);
        if (!last.complete()) {
            if (results.size() == 1) {
                issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "cannot be read as a pickle: "
                        + last.firstMalformed(), where.trim(), ""));
            } else {
                issues.add(new Inspection.Issue(Inspection.Kind.UNKNOWN, (data.length - last.start()) + " bytes"
                        + " after the last pickle are not a pickle (" + last.malformed() + "): not known to be safe",
                        where + "byte " + last.start(), ""));
            }
        }
    }

    /** Every pickle of a PyTorch zip checkpoint (data.pkl, and any other .pkl entry). */
    private void zippedPickles(Path file, List<Inspection.Issue> issues) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                ZipEntry entry = it.next();
                String name = entry.getName();
                if (name.endsWith("/code/") || name.contains("/code/") && name.endsWith(".py")) {
                    issues.add(new Inspection.Issue(Inspection.Kind.UNKNOWN, "holds TorchScript code, which"
                            + " torch.jit.load compiles and runs: not known to be safe", name, ""));
                    continue;
                }
                if (!name.endsWith(".pkl")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = readBounded(in, MAX_PICKLE_BYTES);
                }
                if (bytes == null) {
                    issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "holds a pickle larger than "
                            + MAX_PICKLE_BYTES + " bytes, so its imports cannot be checked", name, ""));
                    continue;
                }
                pickles(bytes, 0, name + " ", issues);
            }
        }
    }

    /** Pickle after pickle from {@code start}; what follows the last one is a finding. */
    private void pickles(byte[] bytes, int start, String where, List<Inspection.Issue> issues) {
        List<PickleScanner.Result> results = PickleScanner.scanAll(bytes, start, false);
        if (results.isEmpty()) {
            // an object array whose data is missing, an empty .pkl entry: nothing to judge is not a pass
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "holds no pickle where one should be (the"
                    + " data ends at byte " + start + ")", where.trim(), ""));
            return;
        }
        judge(results, where, issues);
        PickleScanner.Result last = results.get(results.size() - 1);
        if (!last.complete()) {
            if (results.size() == 1) {
                issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "cannot be read as a pickle: "
                        + last.firstMalformed(), where.trim(), ""));
            } else {
                issues.add(new Inspection.Issue(Inspection.Kind.UNKNOWN, (bytes.length - last.start()) + " bytes"
                        + " after the last pickle are not a pickle (" + last.malformed() + "): not known to be safe",
                        where + "byte " + last.start(), ""));
            }
        }
    }

    /** Each import in three answers, each attack construct, of every pickle and the pickles inside them. */
    private void judge(List<PickleScanner.Result> results, String where, List<Inspection.Issue> issues) {
        judge(results, where, 0, issues);
    }

    /** @param base where the scanned bytes start in the file (offsets are reported in the file) */
    private void judge(List<PickleScanner.Result> results, String where, long base, List<Inspection.Issue> issues) {
        for (PickleScanner.Result result : results) {
            for (PickleScanner.Import imported : result.allImports()) {
                PickleGlobals.Judgement judgement = globals.judge(imported.module(), imported.name());
                switch (judgement.verdict()) {
                    case DENIED -> issues.add(new Inspection.Issue(Inspection.Kind.DENIED, "imports "
                            + imported.qualifiedName() + " (" + imported.opcode() + "): known to run code ("
                            + judgement.reason() + ")", where + "byte " + (base + imported.offset()),
                            imported.qualifiedName()));
                    case UNKNOWN -> issues.add(new Inspection.Issue(Inspection.Kind.UNKNOWN, "imports "
                            + imported.qualifiedName() + " (" + imported.opcode() + "): not known to be safe ("
                            + judgement.reason() + "; allowedGlobals in the policy accepts it)", where + "byte "
                            + (base + imported.offset()), imported.qualifiedName()));
                    default -> { }
                }
            }
            for (PickleScanner.Construct construct : result.allConstructs()) {
                issues.add(new Inspection.Issue(Inspection.Kind.DENIED, construct.what() + " (" + construct.opcode()
                        + ")", where + "byte " + (base + construct.offset()), ""));
            }
            for (PickleScanner.Result inner : result.nested()) {
                if (!inner.complete()) {
                    issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "holds an object array whose pickle"
                            + " cannot be read: " + inner.malformed(), where.trim(), ""));
                }
            }
        }
    }

    // ------------------------------------------------------------------ numpy

    /** A .npy file (or entry): its header, and the pickle after it when the array holds objects. */
    private void numpyFile(FileChannel channel, long size, String where, List<Inspection.Issue> issues)
            throws IOException {
        byte[] head = read(channel, 0, (int) Math.min(size, 65_536 + 12));
        numpyBytes(head, size, () -> read(channel, 0, (int) Math.min(size, MAX_PICKLE_BYTES + 1)), where, issues);
    }

    @FunctionalInterface
    private interface Bytes {
        byte[] get() throws IOException;
    }

    private void numpyBytes(byte[] head, long size, Bytes whole, String where, List<Inspection.Issue> issues)
            throws IOException {
        Optional<NumpyHeader> header = NumpyHeader.parse(head);
        if (header.isEmpty()) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "has a numpy header that cannot be read", where,
                    ""));
            return;
        }
        if (!header.get().objects()) {
            return; // numbers only: numpy.load reads them without unpickling
        }
        if (size > MAX_PICKLE_BYTES) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "holds an object array of " + size
                    + " bytes, larger than the " + MAX_PICKLE_BYTES + " bytes aibom reads", where, ""));
            return;
        }
        pickles(whole.get(), header.get().dataStart(), where.isEmpty() ? "object array " : where + " object array ",
                issues);
    }

    /** A .npz file: every .npy entry, as numpy.load reads them. */
    private void numpyZip(Path file, List<Inspection.Issue> issues) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                ZipEntry entry = it.next();
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = readBounded(in, MAX_PICKLE_BYTES);
                }
                if (bytes == null) {
                    issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "holds an entry larger than "
                            + MAX_PICKLE_BYTES + " bytes, so it cannot be checked", entry.getName(), ""));
                    continue;
                }
                if (bytes.length >= 6 && (bytes[0] & 0xff) == 0x93 && startsWith(bytes, 1, "NUMPY")) {
                    numpyBytes(bytes, bytes.length, () -> bytes, entry.getName(), issues);
                }
            }
        }
    }

    // ------------------------------------------------------------------ Keras and HDF5

    private void kerasZip(Path file, List<Inspection.Issue> issues) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry config = zip.getEntry("config.json");
            if (config == null) {
                issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "is a Keras archive without config.json,"
                        + " so its layers cannot be checked", "", ""));
                return;
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(config)) {
                bytes = readBounded(in, MAX_CONFIG_BYTES);
            }
            if (bytes == null) {
                issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "has a config.json too large to check",
                        "config.json", ""));
                return;
            }
            kerasConfig(bytes, "config.json", issues);
        }
    }

    private void kerasConfig(byte[] bytes, String where, List<Inspection.Issue> issues) {
        JsonNode tree;
        try (JsonParser parser = JSON.createParser(bytes)) {
            tree = JSON.readTree(parser);
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? json.getOriginalMessage() : String.valueOf(e.getMessage());
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "has a " + where + " that is not JSON ("
                    + why + "), so its layers cannot be checked", where, ""));
            return;
        }
        if (tree == null) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "has an empty " + where, where, ""));
            return;
        }
        KerasObjects.judge(tree, where, globals, issues);
    }

    /**
     * HDF5 (a legacy Keras {@code .h5}): the {@code model_config} and {@code training_config} attributes of the root
     * group, read with jHDF wherever the file keeps them (compact or dense attribute storage, fixed or variable-length
     * strings), parsed as JSON and judged as Keras configurations. A file without them holds only weights.
     */
    private void hdf5(Path file, List<Inspection.Issue> issues) throws IOException {
        try (HdfFile hdf = openHdf5(file)) {
            Map<String, Attribute> attributes = hdf.getAttributes();
            for (String name : List.of("model_config", "training_config")) {
                Attribute attribute = attributes.get(name);
                if (attribute == null) {
                    continue;
                }
                Optional<byte[]> text = attributeText(attribute.getData());
                if (text.isEmpty()) {
                    issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "has a " + name + " attribute that"
                            + " is not text, so its layers cannot be checked", name, ""));
                    continue;
                }
                kerasConfig(text.get(), name, issues);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "cannot be read as HDF5 ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "), so"
                    + " its model configuration cannot be checked", "", ""));
        }
    }

    /**
     * The HDF5 file through a read-only mapping when it fits one (2 GiB): jHDF then reads its structures as slices of
     * the mapping, so a header that claims more bytes than the file holds is an error, not a buffer of that size
     * (a 6 KB file whose object header claimed 2 GB took the whole heap and 16 s through the file channel). Larger
     * files are read through the channel, as before.
     */
    private static HdfFile openHdf5(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= Integer.MAX_VALUE) {
                return HdfFile.fromByteBuffer(channel.map(FileChannel.MapMode.READ_ONLY, 0, size));
            }
        }
        return new HdfFile(file);
    }

    private static Optional<byte[]> attributeText(Object data) {
        if (data instanceof String text) {
            return Optional.of(text.getBytes(StandardCharsets.UTF_8));
        }
        if (data instanceof String[] texts && texts.length == 1) {
            return Optional.of(texts[0].getBytes(StandardCharsets.UTF_8));
        }
        if (data instanceof byte[] bytes) {
            return Optional.of(bytes);
        }
        if (data instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return Optional.of(bytes);
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ safetensors

    /** The header: JSON, tensors with known dtypes whose byte ranges match their shapes, inside the file, apart. */
    static List<Inspection.Issue> safetensors(FileChannel channel, long size) throws IOException {
        long headerLength = ByteBuffer.wrap(read(channel, 0, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength < 2 || headerLength > size - 8 || headerLength > MAX_SAFETENSORS_HEADER) {
            return List.of(unsafe("has a header length of " + headerLength + " bytes, which the file (" + size
                    + " bytes) cannot hold", "byte 0"));
        }
        JsonNode header;
        try (JsonParser parser = JSON.createParser(read(channel, 8, (int) headerLength))) {
            header = JSON.readTree(parser);
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage()
                    : String.valueOf(e.getMessage());
            return List.of(unsafe("has a header that is not valid JSON: " + why, "byte 8"));
        }
        if (header == null || !header.isObject()) {
            return List.of(unsafe("has a header that is not a JSON object", "byte 8"));
        }
        long data = size - 8 - headerLength;
        List<Inspection.Issue> issues = new ArrayList<>();
        List<long[]> ranges = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String tensor = entry.getKey();
            if (tensor.equals("__metadata__")) {
                continue;
            }
            JsonNode spec = entry.getValue();
            JsonNode offsets = spec.path("data_offsets");
            Integer bytes = DTYPE_BYTES.get(spec.path("dtype").asText(""));
            if (bytes == null) {
                issues.add(unsafe("tensor '" + tensor + "' has an unknown dtype '" + spec.path("dtype").asText("")
                        + "'", "header"));
                continue;
            }
            if (!offsets.isArray() || offsets.size() != 2 || !offsets.get(0).canConvertToLong()
                    || !offsets.get(1).canConvertToLong()) {
                issues.add(unsafe("tensor '" + tensor + "' has no [begin, end] data_offsets", "header"));
                continue;
            }
            long begin = offsets.get(0).asLong();
            long end = offsets.get(1).asLong();
            if (begin < 0 || end < begin || end > data) {
                issues.add(unsafe("tensor '" + tensor + "' declares bytes " + begin + ".." + end + ", outside the "
                        + data + " bytes of data in the file", "header"));
                continue;
            }
            long elements = 1;
            boolean shapeOk = spec.path("shape").isArray();
            for (JsonNode dimension : spec.path("shape")) {
                if (!dimension.canConvertToLong() || dimension.asLong() < 0) {
                    shapeOk = false;
                    break;
                }
                try {
                    elements = Math.multiplyExact(elements, dimension.asLong());
                } catch (ArithmeticException overflow) {
                    shapeOk = false;
                    break;
                }
            }
            if (!shapeOk || elements > Long.MAX_VALUE / bytes || elements * bytes != end - begin) {
                issues.add(unsafe("tensor '" + tensor + "' has " + (end - begin) + " bytes, which its dtype and"
                        + " shape do not account for", "header"));
                continue;
            }
            ranges.add(new long[]{begin, end});
        }
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
                issues.add(unsafe("two tensors share the bytes from " + ranges.get(i)[0], "header"));
            }
        }
        return issues;
    }

    private static Inspection.Issue unsafe(String what, String location) {
        return new Inspection.Issue(Inspection.Kind.UNSAFE, what, location, "");
    }

    // ------------------------------------------------------------------ ONNX

    /**
     * Every tensor with external data: the file it names, with symbolic links resolved, must be inside the model's
     * folder (also resolved): a link in the folder that leads out of it is outside.
     */
    private static void onnx(FileChannel channel, long size, Path file, Path folder, List<Inspection.Issue> issues)
            throws IOException {
        List<OnnxWalker.ExternalData> external;
        try {
            external = OnnxWalker.externalData(channel, size);
        } catch (IllegalStateException e) {
            issues.add(new Inspection.Issue(Inspection.Kind.UNREADABLE, "cannot be read as an ONNX model ("
                    + e.getMessage() + "), so its external data cannot be checked", "", ""));
            return;
        }
        Path realFolder = RealPaths.of(folder);
        Path base = RealPaths.of(file).getParent();
        for (OnnxWalker.ExternalData data : external) {
            String location = data.location();
            boolean escapes;
            String why = "";
            if (location.isEmpty() || location.contains("\\") || location.contains("\u0000")
                    || location.startsWith("/") || Path.of(location).isAbsolute()) {
                escapes = true;
            } else {
                Path target = RealPaths.of(base, location);
                escapes = !target.startsWith(realFolder);
                if (escapes && base.resolve(location).normalize().startsWith(realFolder)) {
                    why = " (a symbolic link in the folder leads to " + target + ")";
                }
            }
            if (escapes) {
                issues.add(unsafe("tensor '" + data.tensor() + "' (" + data.where() + ") reads its data from '"
                        + location + "', outside the model's folder" + why, "byte " + data.offset()));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** zlib, gzip, bzip2, xz, lzma or LZ4 (frame) by its magic bytes: joblib's compressors. */
    static Optional<String> compression(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x78 && ((head[0] & 0xff) << 8 | head[1] & 0xff) % 31 == 0) {
            return Optional.of("zlib");
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Optional.of("gzip");
        }
        if (head.length >= 4 && startsWith(head, 0, "BZh") && head[3] >= '1' && head[3] <= '9') {
            return Optional.of("bz2");
        }
        if (head.length >= 6 && (head[0] & 0xff) == 0xfd && startsWith(head, 1, "7zXZ")) {
            return Optional.of("xz");
        }
        if (head.length >= 13 && (head[0] & 0xff) == 0x5d && head[1] == 0 && head[2] == 0) {
            return Optional.of("lzma");
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x04 && (head[1] & 0xff) == 0x22 && (head[2] & 0xff) == 0x4d
                && (head[3] & 0xff) == 0x18) {
            return Optional.of("lz4");
        }
        return Optional.empty();
    }

    static InputStream decompressing(InputStream raw, String compression) throws IOException {
        return switch (compression) {
            case "zlib" -> new InflaterInputStream(raw);
            case "gzip" -> new GZIPInputStream(raw);
            case "bz2" -> new BZip2CompressorInputStream(raw, true);
            case "xz" -> new XZCompressorInputStream(raw, true);
            case "lzma" -> new LZMACompressorInputStream(raw);
            case "lz4" -> new FramedLZ4CompressorInputStream(raw, true);
            default -> raw;
        };
    }

    private static byte[] decompressedHead(FileChannel channel, String compression) {
        try (InputStream in = decompressing(new ByteArrayInputStream(read(channel, 0,
                (int) Math.min(channel.size(), 1 << 20))), compression)) {
            return in.readNBytes(16);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        if (bytes.length < offset + prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[offset + i] & 0xff) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** At most {@code limit} bytes, or null when there are more. */
    static byte[] readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Zips and everything else: the format, decided by content. */
    public static ModelFormat format(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(SNIFF, size));
            ModelFormat format = detect(head, size, channel);
            if (format == ModelFormat.UNKNOWN && zip(head)) {
                return zip(file);
            }
            return format;
        }
    }

    /** The formats whose files are never read whole. */
    static final Set<ModelFormat> HEADER_ONLY = Set.of(ModelFormat.SAFETENSORS, ModelFormat.ONNX, ModelFormat.GGUF,
            ModelFormat.TFLITE);
}
