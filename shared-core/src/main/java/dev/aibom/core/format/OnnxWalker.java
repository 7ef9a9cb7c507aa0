package dev.aibom.core.format;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks an ONNX model's protobuf structure by field tags and lengths, reading only the few bytes of each tag, and
 * finds every tensor that can carry external data: graph initializers and sparse initializers, node attributes
 * (a tensor, tensor lists, sparse tensors and their lists), the subgraphs of If, Loop and Scan at any depth (attribute
 * graphs), functions, and training graphs. A multi-GB model is walked without reading its weights. Hand-written: the
 * ONNX Java bindings are a native runtime, and the message types needed are few (field numbers from onnx.proto).
 */
final class OnnxWalker {
    // ModelProto
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_TRAINING_INFO = 20;
    private static final int MODEL_FUNCTIONS = 25;
    // GraphProto
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_SPARSE_INITIALIZER = 15;
    // NodeProto
    private static final int NODE_ATTRIBUTE = 5;
    // AttributeProto
    private static final int ATTRIBUTE_T = 5;
    private static final int ATTRIBUTE_G = 6;
    private static final int ATTRIBUTE_TENSORS = 10;
    private static final int ATTRIBUTE_GRAPHS = 11;
    private static final int ATTRIBUTE_SPARSE_TENSOR = 22;
    private static final int ATTRIBUTE_SPARSE_TENSORS = 23;
    // FunctionProto
    private static final int FUNCTION_NODE = 7;
    private static final int FUNCTION_ATTRIBUTE_PROTO = 11;
    // TrainingInfoProto
    private static final int TRAINING_INITIALIZATION = 1;
    private static final int TRAINING_ALGORITHM = 2;
    // SparseTensorProto
    private static final int SPARSE_VALUES = 1;
    private static final int SPARSE_INDICES = 2;
    // TensorProto
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_EXTERNAL_DATA = 13;
    /** Nesting deeper than this (subgraphs in subgraphs) is refused: no real model comes near. */
    private static final int MAX_DEPTH = 64;
    private static final int MAX_FIELDS = 10_000_000;

    private OnnxWalker() {
    }

    /**
     * A tensor whose bytes live in another file.
     *
     * @param where in words: {@code initializer}, {@code node 'If_0' attribute then_branch > initializer}
     */
    record ExternalData(String tensor, String location, long offset, String where) {
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
                    case 2, 3, 4, 6, 7, 8, 14, 20, 25, 26 -> wire == 2;
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

    /** Every tensor stored outside the model file, with the location it names and where in the model it is. */
    static List<ExternalData> externalData(FileChannel channel, long size) throws IOException {
        Walk walk = new Walk(channel);
        Reader model = new Reader(channel, 0, size);
        while (model.more()) {
            long tag = model.varint();
            int number = (int) (tag >>> 3);
            if ((tag & 7) == 2 && (number == MODEL_GRAPH || number == MODEL_TRAINING_INFO
                    || number == MODEL_FUNCTIONS)) {
                long length = model.varint();
                long at = model.position();
                model.seek(at + length);
                switch (number) {
                    case MODEL_GRAPH -> walk.graph(at, at + length, "graph", 0);
                    case MODEL_TRAINING_INFO -> walk.training(at, at + length, 0);
                    default -> walk.function(at, at + length, 0);
                }
            } else {
                model.skip((int) (tag & 7));
            }
        }
        return walk.found;
    }

    private static final class Walk {
        private final FileChannel channel;
        private final List<ExternalData> found = new ArrayList<>();
        private long fields;

        Walk(FileChannel channel) {
            this.channel = channel;
        }

        /** Calls {@code each} for every length-delimited field of the message in [start, end). */
        private void fields(long start, long end, int depth, FieldVisitor each) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IllegalStateException("subgraphs nest more than " + MAX_DEPTH + " deep");
            }
            Reader reader = new Reader(channel, start, end);
            while (reader.more()) {
                if (++fields > MAX_FIELDS) {
                    throw new IllegalStateException("more than " + MAX_FIELDS + " fields");
                }
                long tag = reader.varint();
                if ((tag & 7) == 2) {
                    long length = reader.varint();
                    long at = reader.position();
                    reader.seek(at + length);
                    each.visit((int) (tag >>> 3), at, at + length);
                } else {
                    reader.skip((int) (tag & 7));
                }
            }
        }

        void graph(long start, long end, String where, int depth) throws IOException {
            fields(start, end, depth, (number, at, stop) -> {
                switch (number) {
                    case GRAPH_INITIALIZER -> tensor(at, stop, where + " > initializer");
                    case GRAPH_SPARSE_INITIALIZER -> sparse(at, stop, where + " > sparse initializer", depth);
                    case GRAPH_NODE -> node(at, stop, where, depth);
                    default -> { }
                }
            });
        }

        void node(long start, long end, String where, int depth) throws IOException {
            String name = field(start, end, 3);
            fields(start, end, depth, (number, at, stop) -> {
                if (number == NODE_ATTRIBUTE) {
                    attribute(at, stop, where + " > node '" + name + "'", depth);
                }
            });
        }

        void attribute(long start, long end, String where, int depth) throws IOException {
            String name = field(start, end, 1);
            String here = where + " attribute " + name;
            fields(start, end, depth, (number, at, stop) -> {
                switch (number) {
                    case ATTRIBUTE_T, ATTRIBUTE_TENSORS -> tensor(at, stop, here);
                    case ATTRIBUTE_SPARSE_TENSOR, ATTRIBUTE_SPARSE_TENSORS -> sparse(at, stop, here, depth);
                    case ATTRIBUTE_G, ATTRIBUTE_GRAPHS -> graph(at, stop, here, depth + 1);
                    default -> { }
                }
            });
        }

        void sparse(long start, long end, String where, int depth) throws IOException {
            fields(start, end, depth, (number, at, stop) -> {
                if (number == SPARSE_VALUES || number == SPARSE_INDICES) {
                    tensor(at, stop, where + (number == SPARSE_VALUES ? " values" : " indices"));
                }
            });
        }

        void function(long start, long end, int depth) throws IOException {
            String name = field(start, end, 1);
            String where = "function '" + name + "'";
            fields(start, end, depth, (number, at, stop) -> {
                if (number == FUNCTION_NODE) {
                    node(at, stop, where, depth + 1);
                } else if (number == FUNCTION_ATTRIBUTE_PROTO) {
                    attribute(at, stop, where, depth + 1);
                }
            });
        }

        void training(long start, long end, int depth) throws IOException {
            fields(start, end, depth, (number, at, stop) -> {
                if (number == TRAINING_INITIALIZATION) {
                    graph(at, stop, "training initialization", depth + 1);
                } else if (number == TRAINING_ALGORITHM) {
                    graph(at, stop, "training algorithm", depth + 1);
                }
            });
        }

        void tensor(long start, long end, String where) throws IOException {
            String name = field(start, end, TENSOR_NAME);
            List<long[]> entries = new ArrayList<>();
            fields(start, end, 0, (number, at, stop) -> {
                if (number == TENSOR_EXTERNAL_DATA) {
                    entries.add(new long[]{at, stop});
                }
            });
            for (long[] entry : entries) {
                String key = field(entry[0], entry[1], 1);
                if (key.equals("location")) {
                    found.add(new ExternalData(name, field(entry[0], entry[1], 2), entry[0], where));
                }
            }
        }

        /** The last string field {@code wanted} of the message, or empty. */
        private String field(long start, long end, int wanted) throws IOException {
            Reader reader = new Reader(channel, start, end);
            String value = "";
            while (reader.more()) {
                long tag = reader.varint();
                if ((tag & 7) == 2 && (tag >>> 3) == wanted) {
                    value = reader.string();
                } else {
                    reader.skip((int) (tag & 7));
                }
            }
            return value;
        }
    }

    @FunctionalInterface
    private interface FieldVisitor {
        void visit(int number, long start, long end) throws IOException;
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
