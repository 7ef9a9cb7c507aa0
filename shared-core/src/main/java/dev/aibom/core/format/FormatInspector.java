package dev.aibom.core.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises a model file's format by its content and inspects the formats that can run code or reach outside their
 * folder: the callables a pickle imports (raw, inside a PyTorch zip checkpoint, in a joblib file) against an
 * allowlist; Keras {@code Lambda} layers; ONNX external-data paths that leave the model's folder; safetensors headers
 * that are malformed or point outside the file. Only headers and pickles are read - a multi-GB safetensors or ONNX file
 * is judged from its header and structure, never read whole.
 */
public final class FormatInspector {
    /** The largest pickle read (a raw pickle, or one inside a checkpoint): beyond it the file cannot be judged. */
    public static final long MAX_PICKLE_BYTES = 256L * 1024 * 1024;
    /** The largest safetensors header accepted (the format's own reference implementation allows 100 MB). */
    static final long MAX_SAFETENSORS_HEADER = 100L * 1024 * 1024;
    private static final int SNIFF = 4096;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Map<String, Integer> DTYPE_BYTES = Map.ofEntries(Map.entry("BOOL", 1), Map.entry("U8", 1),
            Map.entry("I8", 1), Map.entry("F8_E5M2", 1), Map.entry("F8_E4M3", 1), Map.entry("F8_E8M0", 1),
            Map.entry("I16", 2), Map.entry("U16", 2), Map.entry("F16", 2), Map.entry("BF16", 2), Map.entry("I32", 4),
            Map.entry("U32", 4), Map.entry("F32", 4), Map.entry("F64", 8), Map.entry("I64", 8), Map.entry("U64", 8),
            Map.entry("C64", 8));

    private final PickleAllowlist allowlist;

    public FormatInspector(PickleAllowlist allowlist) {
        this.allowlist = allowlist;
    }

    /**
     * @param file   the model file
     * @param folder the model's folder: ONNX external data must stay inside it
     */
    public Inspection inspect(Path file, Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(SNIFF, size));
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            ModelFormat format = detect(head, size, name, channel);
            if (format == ModelFormat.UNKNOWN && startsWith(head, 0, "PK\u0003\u0004")) {
                format = zip(file);
            }
            List<Inspection.Issue> issues = switch (format) {
                case PICKLE, JOBLIB -> pickleFile(file, head, size, format);
                case PYTORCH_ZIP -> zippedPickles(file);
                case KERAS -> kerasZip(file);
                case HDF5 -> hdf5(channel, size);
                case SAFETENSORS -> safetensors(channel, size);
                case ONNX -> onnx(channel, size, file, folder);
                default -> List.of();
            };
            return new Inspection(format, issues);
        }
    }

    // ------------------------------------------------------------------ detection

    static ModelFormat detect(byte[] head, long size, String name, FileChannel channel) throws IOException {
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
        if (startsWith(head, 0, "PK\u0003\u0004")) {
            return ModelFormat.UNKNOWN; // decided by the entries: see zip()
        }
        boolean joblibName = name.endsWith(".joblib") || name.endsWith(".jbl") || name.contains(".joblib.");
        if ((head[0] & 0xff) == 0x80 && head.length > 1 && (head[1] & 0xff) >= 2 && (head[1] & 0xff) <= 5) {
            return joblibName ? ModelFormat.JOBLIB : ModelFormat.PICKLE;
        }
        if (joblibName && (compressed(head) != null)) {
            return ModelFormat.JOBLIB;
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
        boolean pickleName = name.endsWith(".pkl") || name.endsWith(".pickle") || name.endsWith(".pt")
                || name.endsWith(".pth") || name.endsWith(".bin") || joblibName;
        if (pickleName && "(cdl]}NIKSV".indexOf((char) (head[0] & 0xff)) >= 0) {
            return joblibName ? ModelFormat.JOBLIB : ModelFormat.PICKLE; // protocols 0 and 1 have no header
        }
        return ModelFormat.UNKNOWN;
    }

    /** Zips are decided by what they hold. */
    private static ModelFormat zip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean keras = false;
            for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                String entry = it.next().getName();
                if (entry.equals("data.pkl") || entry.endsWith("/data.pkl")) {
                    return ModelFormat.PYTORCH_ZIP;
                }
                keras |= entry.equals("config.json") || entry.equals("model.weights.h5");
            }
            return keras ? ModelFormat.KERAS : ModelFormat.UNKNOWN;
        }
    }

    // ------------------------------------------------------------------ pickles

    private List<Inspection.Issue> pickleFile(Path file, byte[] head, long size, ModelFormat format)
            throws IOException {
        String compression = compressed(head);
        if (size > MAX_PICKLE_BYTES && compression == null) {
            return List.of(new Inspection.Issue("is a pickle of " + size + " bytes, larger than the "
                    + MAX_PICKLE_BYTES + " bytes aibom inspects, so its imports cannot be checked", "", ""));
        }
        byte[] bytes;
        try (InputStream raw = java.nio.file.Files.newInputStream(file)) {
            InputStream in = switch (compression == null ? "" : compression) {
                case "zlib" -> new InflaterInputStream(raw);
                case "gzip" -> new GZIPInputStream(raw);
                case "" -> raw;
                default -> null;
            };
            if (in == null) {
                return List.of(new Inspection.Issue("is compressed with " + compression + ", which aibom cannot"
                        + " decompress, so its imports cannot be checked", "", ""));
            }
            bytes = readBounded(in, MAX_PICKLE_BYTES);
            if (bytes == null) {
                return List.of(new Inspection.Issue("decompresses to more than " + MAX_PICKLE_BYTES + " bytes, so"
                        + " its imports cannot be checked", "", ""));
            }
        }
        return judge(PickleScanner.scan(bytes), compression == null ? "" : compression + "-decompressed ",
                format == ModelFormat.JOBLIB);
    }

    private List<Inspection.Issue> zippedPickles(Path file) throws IOException {
        List<Inspection.Issue> issues = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                ZipEntry entry = it.next();
                if (!entry.getName().endsWith(".pkl")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = readBounded(in, MAX_PICKLE_BYTES);
                }
                if (bytes == null) {
                    issues.add(new Inspection.Issue("holds a pickle larger than " + MAX_PICKLE_BYTES + " bytes, so"
                            + " its imports cannot be checked", entry.getName(), ""));
                    continue;
                }
                for (Inspection.Issue issue : judge(PickleScanner.scan(bytes), entry.getName() + " ", false)) {
                    issues.add(issue);
                }
            }
        }
        return issues;
    }

    /** Every import that is not on the allowlist, and a pickle that cannot be read to its end. */
    private List<Inspection.Issue> judge(PickleScanner.Result result, String where, boolean joblib) {
        List<Inspection.Issue> issues = new ArrayList<>();
        for (PickleScanner.Import imported : result.imports()) {
            if (joblib && imported.qualifiedName().equals("joblib.numpy_pickle.NumpyArrayWrapper")) {
                issues.add(new Inspection.Issue("holds numpy arrays written by joblib between the pickle's opcodes,"
                        + " which a reader cannot step over without running joblib, so what follows the first array"
                        + " cannot be checked", where + "byte " + imported.offset(), imported.qualifiedName()));
                return issues;
            }
            if (!allowlist.allows(imported.qualifiedName())) {
                issues.add(new Inspection.Issue("imports " + imported.qualifiedName() + " (" + imported.opcode()
                        + "), which is not on the allowlist of safe callables", where + "byte " + imported.offset(),
                        imported.qualifiedName()));
            }
        }
        if (!result.malformed().isEmpty()) {
            issues.add(new Inspection.Issue("cannot be read as a pickle: " + result.malformed(), where.trim(), ""));
        }
        return issues;
    }

    // ------------------------------------------------------------------ Keras and HDF5

    private static List<Inspection.Issue> kerasZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry config = zip.getEntry("config.json");
            if (config == null) {
                return List.of(new Inspection.Issue("is a Keras archive without config.json, so its layers cannot be"
                        + " checked", "", ""));
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(config)) {
                bytes = readBounded(in, 64L * 1024 * 1024);
            }
            if (bytes == null) {
                return List.of(new Inspection.Issue("has a config.json too large to check", "config.json", ""));
            }
            JsonNode tree;
            try {
                tree = JSON.readTree(bytes);
            } catch (IOException e) {
                return List.of(new Inspection.Issue("has a config.json that is not JSON, so its layers cannot be"
                        + " checked", "config.json", ""));
            }
            List<Inspection.Issue> issues = new ArrayList<>();
            lambdas(tree, "", issues);
            return issues;
        }
    }

    private static void lambdas(JsonNode node, String path, List<Inspection.Issue> issues) {
        if (node.isObject()) {
            if ("Lambda".equals(node.path("class_name").asText())) {
                issues.add(new Inspection.Issue("has a Lambda layer '" + node.path("config").path("name").asText("")
                        + "', whose Python code runs when the model is loaded", "config.json" + path, "Lambda"));
            }
            node.fields().forEachRemaining(e -> lambdas(e.getValue(), path + "/" + e.getKey(), issues));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                lambdas(node.get(i), path + "/" + i, issues);
            }
        }
    }

    /**
     * A legacy Keras HDF5 file keeps its architecture as JSON text in the {@code model_config} attribute, in the
     * file's first object headers: a {@code Lambda} layer there is found by its text in the first 16 MiB.
     */
    private static List<Inspection.Issue> hdf5(FileChannel channel, long size) throws IOException {
        int length = (int) Math.min(size, 16L * 1024 * 1024);
        String text = new String(read(channel, 0, length), StandardCharsets.ISO_8859_1);
        List<Inspection.Issue> issues = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"class_name\"\\s*:\\s*\"Lambda\"")
                .matcher(text);
        while (matcher.find()) {
            issues.add(new Inspection.Issue("has a Lambda layer in its model_config, whose Python code runs when the"
                    + " model is loaded", "byte " + matcher.start(), "Lambda"));
        }
        return issues;
    }

    // ------------------------------------------------------------------ safetensors

    /** The header: JSON, tensors with known dtypes whose byte ranges match their shapes, inside the file, apart. */
    static List<Inspection.Issue> safetensors(FileChannel channel, long size) throws IOException {
        long headerLength = ByteBuffer.wrap(read(channel, 0, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength < 2 || headerLength > size - 8 || headerLength > MAX_SAFETENSORS_HEADER) {
            return List.of(new Inspection.Issue("has a header length of " + headerLength + " bytes, which the file ("
                    + size + " bytes) cannot hold", "byte 0", ""));
        }
        JsonNode header;
        try (JsonParser parser = JSON.createParser(read(channel, 8, (int) headerLength))) {
            header = JSON.readTree(parser);
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage()
                    : String.valueOf(e.getMessage());
            return List.of(new Inspection.Issue("has a header that is not valid JSON: " + why, "byte 8", ""));
        }
        if (header == null || !header.isObject()) {
            return List.of(new Inspection.Issue("has a header that is not a JSON object", "byte 8", ""));
        }
        long data = size - 8 - headerLength;
        List<long[]> ranges = new ArrayList<>();
        List<Inspection.Issue> issues = new ArrayList<>();
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
                issues.add(new Inspection.Issue("tensor '" + tensor + "' has an unknown dtype '"
                        + spec.path("dtype").asText("") + "'", "header", ""));
                continue;
            }
            if (!offsets.isArray() || offsets.size() != 2 || !offsets.get(0).canConvertToLong()
                    || !offsets.get(1).canConvertToLong()) {
                issues.add(new Inspection.Issue("tensor '" + tensor + "' has no [begin, end] data_offsets", "header",
                        ""));
                continue;
            }
            long begin = offsets.get(0).asLong();
            long end = offsets.get(1).asLong();
            if (begin < 0 || end < begin || end > data) {
                issues.add(new Inspection.Issue("tensor '" + tensor + "' declares bytes " + begin + ".." + end
                        + ", outside the " + data + " bytes of data in the file", "header", ""));
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
                issues.add(new Inspection.Issue("tensor '" + tensor + "' has " + (end - begin) + " bytes, which its"
                        + " dtype and shape do not account for", "header", ""));
                continue;
            }
            ranges.add(new long[]{begin, end});
        }
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
                issues.add(new Inspection.Issue("two tensors share the bytes from " + ranges.get(i)[0], "header", ""));
            }
        }
        return issues;
    }

    // ------------------------------------------------------------------ ONNX

    private static List<Inspection.Issue> onnx(FileChannel channel, long size, Path file, Path folder)
            throws IOException {
        List<Inspection.Issue> issues = new ArrayList<>();
        for (OnnxWalker.ExternalData external : OnnxWalker.externalData(channel, size)) {
            String location = external.location();
            Path resolved = file.toAbsolutePath().getParent().resolve(location).normalize();
            boolean escapes = Path.of(location).isAbsolute() || location.startsWith("/") || location.contains("\\")
                    || !resolved.startsWith(folder.toAbsolutePath().normalize());
            if (escapes) {
                issues.add(new Inspection.Issue("tensor '" + external.tensor() + "' reads its data from '" + location
                        + "', outside the model's folder", "byte " + external.offset(), ""));
            }
        }
        return issues;
    }

    // ------------------------------------------------------------------ helpers

    /** zlib, gzip, lzma or xz by its magic bytes, or null. */
    private static String compressed(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x78 && ((head[0] & 0xff) << 8 | head[1] & 0xff) % 31 == 0) {
            return "zlib";
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return "gzip";
        }
        if (head.length >= 6 && (head[0] & 0xff) == 0xfd && startsWith(head, 1, "7zXZ")) {
            return "xz";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0x5d && head[1] == 0 && head[2] == 0) {
            return "lzma";
        }
        return null;
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
    private static byte[] readBounded(InputStream in, long limit) throws IOException {
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
            ModelFormat format = detect(head, size, file.getFileName().toString().toLowerCase(Locale.ROOT), channel);
            if (format == ModelFormat.UNKNOWN && startsWith(head, 0, "PK\u0003\u0004")) {
                return zip(file);
            }
            return format;
        }
    }

    /** The formats whose files are never read whole. */
    static final Set<ModelFormat> HEADER_ONLY = Set.of(ModelFormat.SAFETENSORS, ModelFormat.ONNX, ModelFormat.GGUF,
            ModelFormat.TFLITE);
}
