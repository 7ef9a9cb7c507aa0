package dev.aibom.core.format;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks an ONNX model's protobuf structure by field tags and lengths, reading only the few bytes of each tag: the
 * model's top-level fields, its graph's initializers, and their external-data entries. A multi-GB model is walked
 * without reading its weights. Hand-written: the ONNX Java bindings are a native runtime, and three message types of
 * the schema are all that is needed.
 */
final class OnnxWalker {
    /** ModelProto fields and their wire types: 1 ir_version, 2-6 strings, 7 graph, 8 opset_import ... */
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_SPARSE_INITIALIZER = 15;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_EXTERNAL_DATA = 13;
    private static final int MAX_FIELDS = 1_000_000;

    private OnnxWalker() {
    }

    /** An initializer whose bytes live in another file. */
    record ExternalData(String tensor, String location, long offset) {
    }

    /** Whether the file is a protobuf whose top-level fields are those of an ONNX ModelProto, graph included. */
    static boolean looksLikeModel(FileChannel channel, long size) {
        try {
            Reader reader = new Reader(channel, 0, size);
            boolean graph = false;
            int fields = 0;
            while (reader.more() && fields++ < 64) {
                long tag = reader.varint();
                int number = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                boolean expected = switch (number) {
                    case 1, 5 -> wire == 0;
                    case 2, 3, 4, 6, 7, 8, 14, 20, 25 -> wire == 2;
                    default -> false;
                };
                if (!expected) {
                    return false;
                }
                graph |= number == MODEL_GRAPH;
                reader.skip(wire);
            }
            return graph && !reader.more();
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** Every initializer (dense or sparse) stored outside the model file, with the location it names. */
    static List<ExternalData> externalData(FileChannel channel, long size) throws IOException {
        List<ExternalData> found = new ArrayList<>();
        Reader model = new Reader(channel, 0, size);
        while (model.more()) {
            long tag = model.varint();
            if ((int) (tag >>> 3) == MODEL_GRAPH && (tag & 7) == 2) {
                long length = model.varint();
                graph(channel, model.position(), model.position() + length, found);
                model.seek(model.position() + length);
            } else {
                model.skip((int) (tag & 7));
            }
        }
        return found;
    }

    private static void graph(FileChannel channel, long start, long end, List<ExternalData> found) throws IOException {
        Reader graph = new Reader(channel, start, end);
        int fields = 0;
        while (graph.more() && fields++ < MAX_FIELDS) {
            long tag = graph.varint();
            int number = (int) (tag >>> 3);
            if ((tag & 7) == 2 && (number == GRAPH_INITIALIZER || number == GRAPH_SPARSE_INITIALIZER)) {
                long length = graph.varint();
                long at = graph.position();
                if (number == GRAPH_INITIALIZER) {
                    tensor(channel, at, at + length, found);
                } else {
                    // SparseTensorProto: values (1) and indices (2) are TensorProtos
                    Reader sparse = new Reader(channel, at, at + length);
                    while (sparse.more()) {
                        long inner = sparse.varint();
                        if ((inner & 7) == 2 && ((inner >>> 3) == 1 || (inner >>> 3) == 2)) {
                            long innerLength = sparse.varint();
                            tensor(channel, sparse.position(), sparse.position() + innerLength, found);
                            sparse.seek(sparse.position() + innerLength);
                        } else {
                            sparse.skip((int) (inner & 7));
                        }
                    }
                }
                graph.seek(at + length);
            } else {
                graph.skip((int) (tag & 7));
            }
        }
    }

    private static void tensor(FileChannel channel, long start, long end, List<ExternalData> found)
            throws IOException {
        Reader tensor = new Reader(channel, start, end);
        String name = "";
        List<long[]> entries = new ArrayList<>();
        while (tensor.more()) {
            long tag = tensor.varint();
            int number = (int) (tag >>> 3);
            if ((tag & 7) == 2 && number == TENSOR_NAME) {
                name = tensor.string();
            } else if ((tag & 7) == 2 && number == TENSOR_EXTERNAL_DATA) {
                long length = tensor.varint();
                entries.add(new long[]{tensor.position(), tensor.position() + length});
                tensor.seek(tensor.position() + length);
            } else {
                tensor.skip((int) (tag & 7));
            }
        }
        for (long[] entry : entries) {
            Reader pair = new Reader(channel, entry[0], entry[1]);
            String key = "";
            String value = "";
            while (pair.more()) {
                long tag = pair.varint();
                if ((tag & 7) == 2 && (tag >>> 3) == 1) {
                    key = pair.string();
                } else if ((tag & 7) == 2 && (tag >>> 3) == 2) {
                    value = pair.string();
                } else {
                    pair.skip((int) (tag & 7));
                }
            }
            if (key.equals("location")) {
                found.add(new ExternalData(name, value, entry[0]));
            }
        }
    }

    /** Positional reads of varints and strings within [position, end). */
    private static final class Reader {
        private final FileChannel channel;
        private long position;
        private final long end;

        Reader(FileChannel channel, long position, long end) {
            this.channel = channel;
            this.position = position;
            this.end = end;
        }

        boolean more() {
            return position < end;
        }

        long position() {
            return position;
        }

        void seek(long to) {
            if (to > end || to < position) {
                throw new IllegalStateException("a field runs past its message");
            }
            position = to;
        }

        long varint() throws IOException {
            byte[] bytes = FormatInspector.read(channel, position, (int) Math.min(10, end - position));
            long value = 0;
            for (int i = 0; i < bytes.length; i++) {
                value |= (long) (bytes[i] & 0x7f) << (7 * i);
                if ((bytes[i] & 0x80) == 0) {
                    position += i + 1;
                    return value;
                }
            }
            throw new IllegalStateException("a varint runs past its message");
        }

        String string() throws IOException {
            long length = varint();
            if (length < 0 || length > 64 * 1024 || position + length > end) {
                throw new IllegalStateException("a string field is too long");
            }
            String text = new String(FormatInspector.read(channel, position, (int) length), StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        void skip(int wire) throws IOException {
            switch (wire) {
                case 0 -> varint();
                case 1 -> seek(position + 8);
                case 2 -> {
                    long length = varint();
                    if (length < 0) {
                        throw new IllegalStateException("a negative length");
                    }
                    seek(position + length);
                }
                case 5 -> seek(position + 4);
                default -> throw new IllegalStateException("wire type " + wire + " is not used by ONNX");
            }
        }
    }
}
