package dev.aibom.core.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Python pickle's opcodes (protocols 0 to 5) without executing anything, and lists every callable the pickle
 * imports ({@code GLOBAL}, {@code INST}, {@code STACK_GLOBAL}, extension codes): what unpickling would call through
 * {@code REDUCE}, {@code OBJ}, {@code NEWOBJ} or {@code BUILD} is always one of those. A small stack machine tracks
 * strings through the memo, so that a {@code STACK_GLOBAL} whose module and name come from the memo is resolved too.
 *
 * <p>Hand-written: no Java library reads pickles without running them, and the opcode table is short and fixed
 * (Python's {@code pickletools} documents it).
 */
public final class PickleScanner {
    private static final Object MARK = new Object();
    private static final Object VALUE = new Object();

    private PickleScanner() {
    }

    /** One imported callable. */
    public record Import(String module, String name, long offset, String opcode) {
        public String qualifiedName() {
            return module + "." + name;
        }
    }

    /**
     * @param imports   every import, in order
     * @param malformed why the pickle could not be read to its end, or empty: a pickle that cannot be read cannot be
     *                  judged
     * @param end       the offset after STOP (a joblib file carries array bytes after it)
     */
    public record Result(List<Import> imports, String malformed, long end) {
    }

    /** A string on the stack, as a pickle pushes module and attribute names. */
    private record Text(String value) {
    }

    /** An imported callable on the stack. */
    private record Global(String qualifiedName) {
    }

    public static Result scan(byte[] data) {
        return new Scanner(data).run();
    }

    private static final class Scanner {
        private final byte[] data;
        private int at;
        private final Deque<Object> stack = new ArrayDeque<>();
        private final Map<Long, Object> memo = new HashMap<>();
        private final List<Import> imports = new ArrayList<>();

        Scanner(byte[] data) {
            this.data = data;
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
                        return new Result(List.copyOf(imports), "", at);
                    }
                    step(op, opcodeAt);
                }
            } catch (Malformed e) {
                return fail(e.getMessage());
            }
        }

        private Result fail(String why) {
            return new Result(List.copyOf(imports), why + " (byte " + at + ")", at);
        }

        private void step(int op, int opcodeAt) {
            switch (op) {
                // ---- push a string
                case 'S', 'V' -> push(new Text(line()));
                case 'T' -> push(new Text(bytes(int4())));
                case 'U' -> push(new Text(bytes(uint1())));
                case 0x8c -> push(new Text(bytes(uint1()))); // SHORT_BINUNICODE
                case 'X' -> push(new Text(bytes(uint4()))); // BINUNICODE
                case 0x8d -> push(new Text(bytes(uint8()))); // BINUNICODE8
                // ---- push another value
                case 'I', 'L', 'F', 'P' -> {
                    line();
                    push(VALUE);
                }
                case 'K' -> skipPush(1);
                case 'M' -> skipPush(2);
                case 'J' -> skipPush(4);
                case 'G' -> skipPush(8);
                case 0x8a -> skipPush(uint1()); // LONG1
                case 0x8b -> skipPush(int4()); // LONG4
                case 'C' -> skipPush(uint1()); // SHORT_BINBYTES
                case 'B' -> skipPush(uint4()); // BINBYTES
                case 0x8e, 0x96 -> skipPush(uint8()); // BINBYTES8, BYTEARRAY8
                case 'N', 0x88, 0x89, '}', ']', ')', 0x8f, 0x97 -> push(VALUE); // NONE, TRUE, FALSE, empties, buffer
                case 0x98 -> { // READONLY_BUFFER
                }
                // ---- the memo
                case 'g' -> push(memo(decimal(line())));
                case 'h' -> push(memo(uint1()));
                case 'j' -> push(memo(uint4()));
                case 'p' -> memo.put(decimal(line()), top());
                case 'q' -> memo.put((long) uint1(), top());
                case 'r' -> memo.put((long) uint4(), top());
                case 0x94 -> memo.put((long) memo.size(), top()); // MEMOIZE
                // ---- stack shapes
                case '(' -> stack.push(MARK);
                case '0' -> pop();
                case '1' -> popToMark();
                case '2' -> push(top());
                case 'a', 'b' -> pop(); // APPEND, BUILD
                case 's' -> {
                    pop();
                    pop();
                }
                case 'e', 'u', 0x90 -> popToMark(); // APPENDS, SETITEMS, ADDITEMS
                case 'd', 'l', 't', 0x91 -> { // DICT, LIST, TUPLE, FROZENSET
                    popToMark();
                    push(VALUE);
                }
                case 0x85 -> replace(1); // TUPLE1
                case 0x86 -> replace(2); // TUPLE2
                case 0x87 -> replace(3); // TUPLE3
                case 'Q' -> replace(1); // BINPERSID: a persistent id (a storage), loaded by the caller's hook
                // ---- calls: what they call was imported
                case 'R' -> replace(2); // REDUCE
                case 0x81 -> replace(2); // NEWOBJ
                case 0x92 -> replace(3); // NEWOBJ_EX
                case 'o' -> { // OBJ
                    popToMark();
                    push(VALUE);
                }
                // ---- imports
                case 'c' -> {
                    String module = line();
                    String name = line();
                    record(module, name, opcodeAt, "GLOBAL");
                    push(new Global(module + "." + name));
                }
                case 'i' -> {
                    String module = line();
                    String name = line();
                    record(module, name, opcodeAt, "INST");
                    popToMark();
                    push(VALUE);
                }
                case 0x93 -> { // STACK_GLOBAL
                    Object name = pop();
                    Object module = pop();
                    if (!(module instanceof Text m) || !(name instanceof Text n)) {
                        throw new Malformed("STACK_GLOBAL at byte " + opcodeAt + " imports something that is not two"
                                + " strings");
                    }
                    record(m.value(), n.value(), opcodeAt, "STACK_GLOBAL");
                    push(new Global(m.value() + "." + n.value()));
                }
                case 0x82, 0x83, 0x84 -> { // EXT1, EXT2, EXT4: an import through the copyreg extension registry
                    long code = op == 0x82 ? uint1() : op == 0x83 ? uint2() : int4();
                    imports.add(new Import("copyreg.extension", Long.toString(code), opcodeAt, "EXT"));
                    push(VALUE);
                }
                // ---- framing
                case 0x80 -> uint1(); // PROTO
                case 0x95 -> uint8(); // FRAME: the frame's opcodes follow inline
                default -> throw new Malformed("unknown opcode 0x" + Integer.toHexString(op) + " at byte "
                        + opcodeAt);
            }
        }

        private long decimal(String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new Malformed("'" + text + "' is not a memo index");
            }
        }

        private void record(String module, String name, int offset, String opcode) {
            imports.add(new Import(module, name, offset, opcode));
        }

        private Object memo(long key) {
            if (!memo.containsKey(key)) {
                throw new Malformed("the memo has no entry " + key);
            }
            return memo.get(key);
        }

        private void push(Object value) {
            stack.push(value);
        }

        private void skipPush(long length) {
            skip(length);
            push(VALUE);
        }

        private Object top() {
            if (stack.isEmpty() || stack.peek() == MARK) {
                throw new Malformed("the stack is empty");
            }
            return stack.peek();
        }

        private Object pop() {
            Object value = top();
            stack.pop();
            return value;
        }

        /** Pops {@code n} values and pushes one result. */
        private void replace(int n) {
            for (int i = 0; i < n; i++) {
                pop();
            }
            push(VALUE);
        }

        private void popToMark() {
            while (true) {
                if (stack.isEmpty()) {
                    throw new Malformed("no MARK to pop to");
                }
                if (stack.pop() == MARK) {
                    return;
                }
            }
        }

        private String line() {
            int start = at;
            while (at < data.length && data[at] != '\n') {
                at++;
            }
            if (at >= data.length) {
                throw new Malformed("a line argument runs to the end of the pickle");
            }
            String text = new String(data, start, at - start, StandardCharsets.UTF_8);
            at++;
            return text;
        }

        private String bytes(long length) {
            if (length < 0 || length > data.length - at) {
                throw new Malformed("a length of " + length + " runs past the end of the pickle");
            }
            String text = new String(data, at, (int) length, StandardCharsets.UTF_8);
            at += (int) length;
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
