package dev.aibom.core.format;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Python pickles' opcodes (protocols 0 to 5) without executing anything: pickle after pickle until the end of
 * the data, and lists every global a pickle imports ({@code GLOBAL}, {@code INST}, {@code STACK_GLOBAL}, extension
 * codes), every {@code BUILD} that sets attributes of an imported object rather than of one the pickle made, and every
 * name that reaches a dunder attribute. What unpickling would call through {@code REDUCE}, {@code OBJ},
 * {@code NEWOBJ} or {@code BUILD} is always an imported global, so judging the globals judges the pickle.
 *
 * <p>A small stack machine models the values a pickle pushes - strings, integers, tuples, lists, dicts, imported
 * globals and the objects made from them - through the memo, bounded (a container keeps its first
 * {@value #MAX_ITEMS} items, a string its first {@value #MAX_TEXT} characters), so that a {@code STACK_GLOBAL} whose
 * names come from the memo is resolved, PyTorch's persistent ids (storages) are seen, and joblib's numpy arrays,
 * whose raw bytes sit between the opcodes right after the wrapper's {@code BUILD}, can be stepped over by their
 * header.
 *
 * <p>Hand-written: no Java library reads pickles without running them, and the opcode table is short and fixed
 * (Python's {@code pickletools} documents it).
 */
public final class PickleScanner {
    static final int MAX_ITEMS = 1 << 16;
    static final int MAX_TEXT = 4096;
    private static final String JOBLIB_WRAPPER = "joblib.numpy_pickle.NumpyArrayWrapper";

    private PickleScanner() {
    }

    // ------------------------------------------------------------------ the values a pickle pushes

    /** A value on the stack or in the memo. */
    sealed interface Value permits Text, Int, Bool, None, Seq, Dict, Global, Obj, Opaque, Mark {
    }

    /** A string (text or bytes read as Latin-1), cut at {@value #MAX_TEXT} characters. */
    record Text(String value, boolean cut) implements Value {
    }

    record Int(BigInteger value) implements Value {
    }

    record Bool(boolean value) implements Value {
    }

    enum None implements Value { NONE }

    /** A tuple, list, set or frozenset: items in order, the first {@value #MAX_ITEMS} kept. */
    static final class Seq implements Value {
        final boolean tuple;
        final List<Value> items = new ArrayList<>();
        long size;

        Seq(boolean tuple) {
            this.tuple = tuple;
        }

        void add(Value value) {
            if (items.size() < MAX_ITEMS) {
                items.add(value);
            }
            size++;
        }

        boolean whole() {
            return size == items.size();
        }
    }

    /** A dict: entries in order, the first {@value #MAX_ITEMS} kept. */
    static final class Dict implements Value {
        final List<Value[]> entries = new ArrayList<>();

        void put(Value key, Value value) {
            if (entries.size() < MAX_ITEMS) {
                entries.add(new Value[]{key, value});
            }
        }

        Optional<Value> get(String key) {
            for (Value[] entry : entries) {
                if (entry[0] instanceof Text t && t.value().equals(key)) {
                    return Optional.of(entry[1]);
                }
            }
            return Optional.empty();
        }
    }

    /** An imported global. */
    record Global(String module, String name, long offset) implements Value {
        String qualifiedName() {
            return module + "." + name;
        }
    }

    /** An object made by calling or instantiating {@code made}: its arguments, and the state a BUILD gave it. */
    static final class Obj implements Value {
        final Value made;
        final Value args;
        Value state;

        Obj(Value made, Value args) {
            this.made = made;
            this.args = args;
        }

        Optional<String> madeBy() {
            return made instanceof Global g ? Optional.of(g.qualifiedName()) : Optional.empty();
        }
    }

    /** Anything else: floats, bytes, buffers, results of persistent loads. */
    enum Opaque implements Value { VALUE }

    enum Mark implements Value { MARK }

    // ------------------------------------------------------------------ what a scan finds

    /** One imported global. */
    public record Import(String module, String name, long offset, String opcode) {
        public String qualifiedName() {
            return module + "." + name;
        }
    }

    /**
     * A construct that is an attack whatever the globals are.
     *
     * @param what in words
     */
    public record Construct(String what, long offset, String opcode) {
    }

    /** A PyTorch persistent id: a storage the pickle refers to by key (legacy {@code torch.save} and zip files). */
    public record Storage(String key, String type, long elements) {
    }

    /**
     * One pickle's scan.
     *
     * @param imports    every import, in order
     * @param constructs every construct that is an attack whatever it imports
     * @param malformed  why the pickle could not be read to its end, or empty: a pickle that cannot be read cannot be
     *                   judged
     * @param start      the offset of the pickle's first opcode
     * @param end        the offset after STOP
     * @param value      what the pickle unpickles to, as far as it is modelled
     * @param storages   the storages its persistent ids name
     * @param nested     pickles found inside this one (joblib's object arrays), already scanned
     */
    public record Result(List<Import> imports, List<Construct> constructs, String malformed, long start, long end,
                         Value value, List<Storage> storages, List<Result> nested) {
        public Result {
            imports = List.copyOf(imports);
            constructs = List.copyOf(constructs);
            storages = List.copyOf(storages);
            nested = List.copyOf(nested);
        }

        public boolean complete() {
            return malformed.isEmpty();
        }

        /** This result's imports and those of the pickles inside it. */
        public List<Import> allImports() {
            List<Import> all = new ArrayList<>(imports);
            nested.forEach(n -> all.addAll(n.allImports()));
            return all;
        }

        /** This result's constructs and those of the pickles inside it. */
        public List<Construct> allConstructs() {
            List<Construct> all = new ArrayList<>(constructs);
            nested.forEach(n -> all.addAll(n.allConstructs()));
            return all;
        }

        /** The first problem of this or a nested pickle, or empty. */
        public String firstMalformed() {
            if (!malformed.isEmpty()) {
                return malformed;
            }
            return nested.stream().map(Result::firstMalformed).filter(m -> !m.isEmpty()).findFirst().orElse("");
        }
    }

    /** One pickle from the start of {@code data}. */
    public static Result scan(byte[] data) {
        return scan(data, 0, false);
    }

    /**
     * Pickle after pickle from {@code start} to the end of {@code data} (a legacy {@code torch.save} file is several;
     * anyone can append one): each result in order; the last one is incomplete when the bytes that follow are not a
     * pickle (then it says where they start).
     */
    public static List<Result> scanAll(byte[] data, int start, boolean joblib) {
        List<Result> results = new ArrayList<>();
        int position = start;
        while (position < data.length && results.size() < 10_000) {
            Result result = scan(data, position, joblib);
            results.add(result);
            if (!result.complete()) {
                break;
            }
            position = (int) result.end();
        }
        return results;
    }

    /**
     * One pickle starting at {@code start}.
     *
     * @param joblib whether joblib's numpy arrays follow their wrappers' BUILD inline (a joblib file)
     */
    public static Result scan(byte[] data, int start, boolean joblib) {
        return new Scanner(data, start, joblib, 0).run();
    }

    // ------------------------------------------------------------------ the machine

    private static final class Scanner {
        private final byte[] data;
        private final int begin;
        private final boolean joblib;
        private final int depth;
        private int at;
        /** As CPython's unpickler: the values since the last MARK; the stacks before each MARK wait in marks. */
        private Deque<Value> stack = new ArrayDeque<>();
        private final Deque<Deque<Value>> marks = new ArrayDeque<>();
        private final Map<Long, Value> memo = new HashMap<>();
        private final List<Import> imports = new ArrayList<>();
        private final List<Construct> constructs = new ArrayList<>();
        private final List<Storage> storages = new ArrayList<>();
        private final List<Result> nested = new ArrayList<>();

        Scanner(byte[] data, int start, boolean joblib, int depth) {
            this.data = data;
            this.begin = start;
            this.at = start;
            this.joblib = joblib;
            this.depth = depth;
        }

        Result run() {
            try {
                while (true) {
                    if (at >= data.length) {
                        return fail("the pickle ends without STOP");
                    }
                    int opcodeAt = at;
                    int op = data[at++] & 0xff;
                    if (op == '.') {
                        Value value = stack.isEmpty() ? Opaque.VALUE : stack.peek();
                        return new Result(imports, constructs, "", begin, at, value, storages, nested);
                    }
                    step(op, opcodeAt);
                }
            } catch (Malformed e) {
                return fail(e.getMessage());
            } catch (StackOverflowError e) {
                return fail("values nest too deeply");
            }
        }

        private Result fail(String why) {
            return new Result(imports, constructs, why + " (byte " + at + ")", begin, at, Opaque.VALUE, storages,
                    nested);
        }

        private void step(int op, int opcodeAt) {
            switch (op) {
                // ---- push a string
                case 'S' -> push(quoted(line()));
                case 'V' -> push(text(line()));
                case 'T' -> push(bytesText(int4(), false));
                case 'U' -> push(bytesText(uint1(), false));
                case 0x8c -> push(bytesText(uint1(), true)); // SHORT_BINUNICODE
                case 'X' -> push(bytesText(uint4(), true)); // BINUNICODE
                case 0x8d -> push(bytesText(uint8(), true)); // BINUNICODE8
                // ---- push a number or another value
                case 'I' -> push(intLine(line()));
                case 'L' -> push(intLine(line().replaceFirst("L$", "")));
                case 'F' -> {
                    line();
                    push(Opaque.VALUE);
                }
                case 'P' -> { // PERSID: a persistent id as a line
                    line();
                    push(Opaque.VALUE);
                }
                case 'K' -> push(new Int(BigInteger.valueOf(uint1())));
                case 'M' -> push(new Int(BigInteger.valueOf(uint2())));
                case 'J' -> push(new Int(BigInteger.valueOf(int4())));
                case 'G' -> skipPush(8);
                case 0x8a -> push(longBytes(uint1())); // LONG1
                case 0x8b -> push(longBytes(int4())); // LONG4
                case 'C' -> push(bytesText(uint1(), false)); // SHORT_BINBYTES
                case 'B' -> push(bytesText(uint4(), false)); // BINBYTES
                case 0x8e, 0x96 -> skipPush(uint8()); // BINBYTES8, BYTEARRAY8
                case 'N' -> push(None.NONE);
                case 0x88 -> push(new Bool(true));
                case 0x89 -> push(new Bool(false));
                case '}' -> push(new Dict());
                case ']' -> push(new Seq(false));
                case ')' -> push(new Seq(true));
                case 0x8f -> push(new Seq(false)); // EMPTY_SET
                case 0x97 -> push(Opaque.VALUE); // NEXT_BUFFER
                case 0x98 -> { // READONLY_BUFFER
                    top();
                }
                // ---- the memo
                case 'g' -> push(memo(decimal(line())));
                case 'h' -> push(memo(uint1()));
                case 'j' -> push(memo(uint4()));
                case 'p' -> memo.put(decimal(line()), top());
                case 'q' -> memo.put((long) uint1(), top());
                case 'r' -> memo.put(uint4(), top());
                case 0x94 -> memo.put((long) memo.size(), top()); // MEMOIZE
                // ---- stack shapes
                case '(' -> mark();
                case '0' -> { // POP: with nothing since the last MARK, CPython pops the MARK itself
                    if (stack.isEmpty()) {
                        popMark();
                    } else {
                        stack.pop();
                    }
                }
                case '1' -> popMark();
                case '2' -> push(top());
                case 'a' -> { // APPEND
                    Value item = pop();
                    if (top() instanceof Seq seq) {
                        seq.add(item);
                    }
                }
                case 'e', 0x90 -> { // APPENDS, ADDITEMS
                    List<Value> items = popMark();
                    if (top() instanceof Seq seq) {
                        items.forEach(seq::add);
                    }
                }
                case 's' -> { // SETITEM
                    Value value = pop();
                    Value key = pop();
                    if (top() instanceof Dict dict) {
                        dict.put(key, value);
                    }
                }
                case 'u' -> { // SETITEMS
                    List<Value> items = popMark();
                    if (top() instanceof Dict dict) {
                        for (int i = 0; i + 1 < items.size(); i += 2) {
                            dict.put(items.get(i), items.get(i + 1));
                        }
                    }
                }
                case 'd' -> { // DICT
                    List<Value> items = popMark();
                    Dict dict = new Dict();
                    for (int i = 0; i + 1 < items.size(); i += 2) {
                        dict.put(items.get(i), items.get(i + 1));
                    }
                    push(dict);
                }
                case 'l', 't', 0x91 -> { // LIST, TUPLE, FROZENSET
                    List<Value> items = popMark();
                    Seq seq = new Seq(op == 't');
                    items.forEach(seq::add);
                    push(seq);
                }
                case 0x85 -> tuple(1); // TUPLE1
                case 0x86 -> tuple(2); // TUPLE2
                case 0x87 -> tuple(3); // TUPLE3
                case 'Q' -> { // BINPERSID: a persistent id (a storage), loaded by the caller's hook
                    storage(pop());
                    push(Opaque.VALUE);
                }
                // ---- calls: what they call was imported
                case 'R' -> { // REDUCE
                    Value args = pop();
                    Value callable = pop();
                    push(new Obj(callable, args));
                }
                case 0x81 -> { // NEWOBJ
                    Value args = pop();
                    Value cls = pop();
                    push(new Obj(cls, args));
                }
                case 0x92 -> { // NEWOBJ_EX
                    pop();
                    Value args = pop();
                    Value cls = pop();
                    push(new Obj(cls, args));
                }
                case 'o' -> { // OBJ
                    List<Value> items = popMark();
                    if (items.isEmpty()) {
                        throw new Malformed("OBJ at byte " + opcodeAt + " has no class");
                    }
                    Seq args = new Seq(true);
                    items.subList(1, items.size()).forEach(args::add);
                    push(new Obj(items.get(0), args));
                }
                case 'b' -> build(opcodeAt);
                // ---- imports
                case 'c' -> {
                    String module = line();
                    String name = line();
                    push(record(module, name, opcodeAt, "GLOBAL"));
                }
                case 'i' -> {
                    String module = line();
                    String name = line();
                    Global global = record(module, name, opcodeAt, "INST");
                    List<Value> items = popMark();
                    Seq args = new Seq(true);
                    items.forEach(args::add);
                    push(new Obj(global, args));
                }
                case 0x93 -> { // STACK_GLOBAL
                    Value name = pop();
                    Value module = pop();
                    if (!(module instanceof Text m) || !(name instanceof Text n) || m.cut() || n.cut()) {
                        throw new Malformed("STACK_GLOBAL at byte " + opcodeAt + " imports something that is not two"
                                + " names");
                    }
                    push(record(m.value(), n.value(), opcodeAt, "STACK_GLOBAL"));
                }
                case 0x82, 0x83, 0x84 -> { // EXT1, EXT2, EXT4: an import through the copyreg extension registry
                    long code = op == 0x82 ? uint1() : op == 0x83 ? uint2() : int4();
                    push(record("copyreg.extension", Long.toString(code), opcodeAt, "EXT"));
                }
                // ---- framing
                case 0x80 -> uint1(); // PROTO
                case 0x95 -> uint8(); // FRAME: the frame's opcodes follow inline
                default -> throw new Malformed("unknown opcode 0x" + Integer.toHexString(op) + " at byte "
                        + opcodeAt);
            }
        }

        private Global record(String module, String name, int offset, String opcode) {
            imports.add(new Import(module, name, offset, opcode));
            // a name that reaches a dunder attribute (numpy.__builtins__, x.__globals__) leads anywhere
            for (String part : (module + "." + name).split("\\.")) {
                if (part.length() > 4 && part.startsWith("__") && part.endsWith("__") && !part.equals("__main__")
                        && !part.equals("__builtin__")) {
                    constructs.add(new Construct("imports " + module + "." + name + ", which reaches the dunder"
                            + " attribute " + part + " (a way around any list of modules)", offset, opcode));
                    break;
                }
            }
            return new Global(module, name, offset);
        }

        /** BUILD: sets an object's state. On an imported global (a module's function or class) it is an attack. */
        private void build(int opcodeAt) {
            Value state = pop();
            Value target = top();
            if (target instanceof Global global) {
                constructs.add(new Construct("sets attributes of " + global.qualifiedName() + ", an imported object,"
                        + " not one the pickle made (how known bypasses plant names: modelscan #85, #330)", opcodeAt,
                        "BUILD"));
                return;
            }
            if (target instanceof Obj obj) {
                obj.state = state;
                if (joblib && obj.madeBy().filter(JOBLIB_WRAPPER::equals).isPresent()) {
                    stepOverArray(obj, opcodeAt);
                }
            }
        }

        /**
         * joblib writes a numpy array's bytes right after its wrapper's BUILD: a padding length byte and padding (when
         * the wrapper states an alignment), then the raw bytes of shape x itemsize, or a nested pickle for an object
         * array.
         */
        private void stepOverArray(Obj wrapper, int opcodeAt) {
            if (!(wrapper.state instanceof Dict state)) {
                throw new Malformed("the joblib array wrapper at byte " + opcodeAt + " has no state to read its size"
                        + " from");
            }
            Optional<Value> dtype = state.get("dtype");
            Optional<Value> shape = state.get("shape");
            if (dtype.isEmpty() || !(dtype.get() instanceof Obj dtypeObj) || shape.isEmpty()
                    || !(shape.get() instanceof Seq dims) || !dims.whole()) {
                throw new Malformed("the joblib array wrapper at byte " + opcodeAt + " does not state its dtype and"
                        + " shape, so its bytes cannot be stepped over");
            }
            Optional<Value> alignment = state.get("numpy_array_alignment_bytes");
            boolean padded = alignment.isPresent() && !(alignment.get() instanceof None);
            if (objects(dtypeObj)) {
                Result inner = new Scanner(data, at, true, depth + 1).nestedRun();
                nested.add(inner);
                if (!inner.complete()) {
                    throw new Malformed("the object array after the joblib wrapper at byte " + opcodeAt + " is not a"
                            + " readable pickle: " + inner.malformed());
                }
                at = (int) inner.end();
                return;
            }
            long itemsize = itemsize(dtypeObj, opcodeAt);
            long count = 1;
            for (Value dim : dims.items) {
                if (!(dim instanceof Int n) || n.value().signum() < 0 || n.value().bitLength() > 62) {
                    throw new Malformed("the joblib array wrapper at byte " + opcodeAt + " has a shape that is not"
                            + " sizes");
                }
                try {
                    count = Math.multiplyExact(count, n.value().longValue());
                } catch (ArithmeticException e) {
                    throw new Malformed("the joblib array wrapper at byte " + opcodeAt + " has a shape too large");
                }
            }
            if (padded) {
                int padding = uint1();
                skip(padding);
            }
            long bytes;
            try {
                bytes = Math.multiplyExact(count, itemsize);
            } catch (ArithmeticException e) {
                throw new Malformed("the joblib array at byte " + opcodeAt + " is too large");
            }
            skip(bytes);
        }

        Result nestedRun() {
            if (depth > 8) {
                return new Result(List.of(), List.of(), "pickles nest too deeply (byte " + at + ")", at, at,
                        Opaque.VALUE, List.of(), List.of());
            }
            return run();
        }

        /** Whether a numpy dtype (as pickled: numpy.dtype(kind, ...) with its state) holds Python objects. */
        private static boolean objects(Obj dtype) {
            if (dtype.args instanceof Seq args && !args.items.isEmpty() && args.items.get(0) instanceof Text kind
                    && kind.value().startsWith("O")) {
                return true;
            }
            // the state's 8th item is the dtype's flags; bit 0 (NPY_ITEM_REFCOUNT) is set when it holds objects
            return dtype.state instanceof Seq state && state.items.size() > 7 && state.items.get(7) instanceof Int flags
                    && flags.value().testBit(0);
        }

        private long itemsize(Obj dtype, int opcodeAt) {
            // the state's 6th item is the size of flexible and structured types, -1 for the fixed ones
            if (dtype.state instanceof Seq state && state.items.size() > 5 && state.items.get(5) instanceof Int size
                    && size.value().signum() > 0 && size.value().bitLength() < 32) {
                return size.value().longValue();
            }
            if (dtype.args instanceof Seq args && !args.items.isEmpty() && args.items.get(0) instanceof Text kind
                    && kind.value().matches("[biufcmMSUV]\\d{1,4}")) {
                long digits = Long.parseLong(kind.value().substring(1));
                return kind.value().charAt(0) == 'U' ? digits * 4 : digits;
            }
            throw new Malformed("the joblib array wrapper at byte " + opcodeAt + " has a dtype whose item size"
                    + " cannot be told, so its bytes cannot be stepped over");
        }

        /** A persistent id ('storage', type, key, location, elements[, view]) as PyTorch writes it. */
        private void storage(Value id) {
            if (id instanceof Seq seq && seq.tuple && seq.items.size() >= 5 && seq.items.get(0) instanceof Text tag
                    && tag.value().equals("storage") && seq.items.get(2) instanceof Text key) {
                String type = seq.items.get(1) instanceof Global g ? g.qualifiedName() : "";
                long elements = seq.items.get(4) instanceof Int n && n.value().bitLength() < 63
                        ? n.value().longValue() : -1;
                storages.add(new Storage(key.value(), type, elements));
            }
        }

        private void tuple(int n) {
            Value[] items = new Value[n];
            for (int i = n - 1; i >= 0; i--) {
                items[i] = pop();
            }
            Seq seq = new Seq(true);
            for (Value item : items) {
                seq.add(item);
            }
            push(seq);
        }

        private long decimal(String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new Malformed("'" + text + "' is not a memo index");
            }
        }

        private Value intLine(String text) {
            String trimmed = text.trim();
            if (trimmed.equals("00")) {
                return new Bool(false);
            }
            if (trimmed.equals("01")) {
                return new Bool(true);
            }
            try {
                return new Int(new BigInteger(trimmed.length() > 4096 ? "0" : trimmed));
            } catch (NumberFormatException e) {
                throw new Malformed("'" + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "..." : trimmed)
                        + "' is not an integer");
            }
        }

        private Value longBytes(long length) {
            if (length < 0 || length > data.length - at) {
                throw new Malformed("a length of " + length + " runs past the end of the pickle");
            }
            Value value;
            if (length == 0) {
                value = new Int(BigInteger.ZERO);
            } else if (length <= 16) {
                byte[] bigEndian = new byte[(int) length];
                for (int i = 0; i < length; i++) {
                    bigEndian[i] = data[at + (int) length - 1 - i];
                }
                value = new Int(new BigInteger(bigEndian));
            } else {
                value = Opaque.VALUE;
            }
            at += (int) length;
            return value;
        }

        /** A protocol 0 STRING: a quoted Python literal; only what the names and keys need is unescaped. */
        private static Value quoted(String line) {
            String text = line.trim();
            if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                    && text.charAt(text.length() - 1) == text.charAt(0)) {
                text = text.substring(1, text.length() - 1);
            }
            return text(text);
        }

        private static Text text(String value) {
            return value.length() > MAX_TEXT ? new Text(value.substring(0, MAX_TEXT), true) : new Text(value, false);
        }

        private Value bytesText(long length, boolean utf8) {
            if (length < 0 || length > data.length - at) {
                throw new Malformed("a length of " + length + " runs past the end of the pickle");
            }
            int kept = (int) Math.min(length, MAX_TEXT);
            String text = new String(data, at, kept, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            at += (int) length;
            return new Text(text, kept < length);
        }

        private Value memo(long key) {
            if (!memo.containsKey(key)) {
                throw new Malformed("the memo has no entry " + key);
            }
            return memo.get(key);
        }

        private void push(Value value) {
            stack.push(value);
        }

        private void skipPush(long length) {
            skip(length);
            push(Opaque.VALUE);
        }

        private Value top() {
            if (stack.isEmpty()) {
                throw new Malformed("the stack is empty");
            }
            return stack.peek();
        }

        private Value pop() {
            Value value = top();
            stack.pop();
            return value;
        }

        private void mark() {
            if (marks.size() > 100_000) {
                throw new Malformed("more than 100000 MARKs are open");
            }
            marks.push(stack);
            stack = new ArrayDeque<>();
        }

        /** The values pushed since the last MARK, in order; the stack as it was before the MARK again. */
        private List<Value> popMark() {
            if (marks.isEmpty()) {
                throw new Malformed("no MARK to pop to");
            }
            List<Value> items = new ArrayList<>(stack);
            java.util.Collections.reverse(items);
            stack = marks.pop();
            return items;
        }

        private String line() {
            int start = at;
            while (at < data.length && data[at] != '\n') {
                at++;
            }
            if (at >= data.length) {
                throw new Malformed("a line argument runs to the end of the pickle");
            }
            String text = new String(data, start, Math.min(at - start, MAX_TEXT * 4), StandardCharsets.UTF_8);
            at++;
            return text;
        }

        private void skip(long length) {
            if (length < 0 || length > data.length - at) {
                throw new Malformed("a length of " + length + " runs past the end of the pickle");
            }
            at += (int) length;
        }

        private int uint1() {
            need(1);
            return data[at++] & 0xff;
        }

        private int uint2() {
            need(2);
            int value = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8;
            at += 2;
            return value;
        }

        private int int4() {
            need(4);
            int value = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16
                    | (data[at + 3] & 0xff) << 24;
            at += 4;
            return value;
        }

        private long uint4() {
            return int4() & 0xffffffffL;
        }

        private long uint8() {
            need(8);
            long value = 0;
            for (int i = 7; i >= 0; i--) {
                value = value << 8 | (data[at + i] & 0xff);
            }
            at += 8;
            if (value < 0) {
                throw new Malformed("a length runs past any file");
            }
            return value;
        }

        private void need(int n) {
            if (data.length - at < n) {
                throw new Malformed("the pickle ends inside an argument");
            }
        }
    }

    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
