package dev.aibom.core.control;

import dev.aibom.control.Family;
import dev.aibom.control.Finding;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.aibom.core.io.TemporaryStorageException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An evaluation's findings, kept in a temporary file instead of the heap: a check of 100,000 components has 1.6
 * million findings, which as objects took 0.35 GB of heap, more than a third of what the check needed. The list is
 * immutable and reads its findings back in order, as often as the reports need (each report is one pass); texts that
 * repeat (control ids, Annex A references, kinds, waivers) are kept once in memory, the rest is in the file. Its
 * {@link Tally} is kept as the findings are added, so the outcome and the counts never read the file.
 *
 * <p>The file is created owner-only in {@code java.io.tmpdir} and opened with {@code DELETE_ON_CLOSE}: it has no name
 * once opened where the system allows (Linux, macOS), so nothing is left behind when the process ends, and its channel
 * is closed when the log is no longer reachable (a long-running Jenkins). The record format is hand-written (a
 * length-prefixed record per finding, read only by this class): it is an internal buffer, not an exchange format.
 */
public final class FindingLog extends AbstractList<Finding> {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int CHUNK = 64 * 1024;
    /** Every STRIDE-th record's position is indexed (a random read decodes at most STRIDE - 1 records first). */
    private static final int STRIDE = 64;
    private static final java.util.Set<Status> NONE = java.util.EnumSet.noneOf(Status.class);

    private final Storage storage;
    private final long[] offsets;
    private final int size;
    private final long length;
    private final Tally tally;

    private FindingLog(Storage storage, long[] offsets, int size, long length, Tally tally) {
        this.storage = storage;
        this.offsets = offsets;
        this.size = size;
        this.length = length;
        this.tally = tally;
        CLEANER.register(this, storage::close);
    }

    /**
     * What the outcome and the reports' figures need of the findings, counted as they were added: how many findings
     * share a control, family, Annex A references, status and severity (groups in the order they first occur), and how
     * many distinct parts ({@code kind} and {@code name}) the findings are about.
     */
    public record Tally(List<Group> groups, int parts) {
        public Tally {
            groups = List.copyOf(groups);
        }

        /** The findings that share these. */
        public record Group(String control, Family family, List<String> annexA, Status status, Severity severity,
                            int count) {
            public Group {
                annexA = List.copyOf(annexA);
            }
        }

        /** The tally of findings held elsewhere (one pass). */
        public static Tally of(Iterable<Finding> findings) {
            Counter counter = new Counter();
            findings.forEach(counter::add);
            return counter.tally();
        }

        /** Findings per status (every status, 0 when none). */
        public Map<Status, Integer> counts() {
            Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
            for (Status status : Status.values()) {
                counts.put(status, 0);
            }
            groups.forEach(g -> counts.merge(g.status(), g.count(), Integer::sum));
            return counts;
        }

        /** The violations (status FAIL) whose severity {@code level} accepts. */
        public int violations(java.util.function.Predicate<Severity> level) {
            return groups.stream().filter(g -> g.status() == Status.FAIL && level.test(g.severity()))
                    .mapToInt(Group::count).sum();
        }
    }

    private static final class Counter {
        private record Key(String control, Family family, List<String> annexA, Status status, Severity severity) {
        }

        private record Part(String kind, String name) {
        }

        private final Map<Key, int[]> groups = new java.util.LinkedHashMap<>();
        private final java.util.Set<Part> parts = new java.util.HashSet<>();

        void add(Finding finding) {
            groups.computeIfAbsent(new Key(finding.control(), finding.family(), finding.annexA(), finding.status(),
                    finding.severity()), k -> new int[1])[0]++;
            parts.add(new Part(finding.kind(), finding.name()));
        }

        Tally tally() {
            List<Tally.Group> list = new ArrayList<>();
            groups.forEach((k, n) -> list.add(new Tally.Group(k.control(), k.family(), k.annexA(), k.status(),
                    k.severity(), n[0])));
            return new Tally(list, parts.size());
        }
    }

    /** Starts a log: add findings, then {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder(true);
    }

    /**
     * Starts a spool: findings kept aside to be read back once, in order, into another log (one control's findings
     * while the BOM is judged in slices). It keeps no tally and no index of its records, so that a hundred of them
     * cost little memory; only iteration reads it.
     */
    public static Builder spool() {
        return new Builder(false);
    }


    /** A log of these findings. */
    public static FindingLog of(Iterable<Finding> findings) {
        Builder builder = builder();
        findings.forEach(builder::add);
        return builder.build();
    }

    /** The tally; a spool has none. */
    public Tally tally() {
        if (tally == null) {
            throw new IllegalStateException("a spool of findings keeps no tally");
        }
        return tally;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Finding get(int index) {
        java.util.Objects.checkIndex(index, size);
        if (offsets == null) {
            throw new UnsupportedOperationException("a spool of findings is read in order only");
        }
        try {
            Decoder decoder = new Decoder(storage, offsets[index / STRIDE], length);
            for (int skip = index % STRIDE; skip > 0; skip--) {
                decoder.next(NONE);
            }
            return decoder.next(null);
        } catch (IOException e) {
            throw new UncheckedIOException(TemporaryStorageException.cannotReadBack(e));
        }
    }

    /**
     * The violations, the findings that could not be evaluated and the waived ones, in order: the rest are skipped
     * without being decoded.
     */
    public Iterable<Finding> problems() {
        if (offsets == null) {
            throw new UnsupportedOperationException("a spool of findings is read whole, in order");
        }
        return () -> iterate(PROBLEMS);
    }

    /** What {@link #problems} reads: violations, findings that could not be evaluated, waived ones. */
    static final java.util.Set<Status> PROBLEMS = java.util.EnumSet.of(Status.FAIL, Status.ERROR, Status.WAIVED);

    @Override
    public Iterator<Finding> iterator() {
        return iterate(null);
    }

    /** The findings whose status is one of {@code wanted} (all when null), in order, read ahead by one. */
    private Iterator<Finding> iterate(java.util.Set<Status> wanted) {
        Decoder decoder = new Decoder(storage, 0, length);
        return new Iterator<>() {
            private int next;
            private Finding ahead = advance();

            private Finding advance() {
                try {
                    while (next < size) {
                        next++;
                        Finding finding = decoder.next(wanted);
                        if (finding != null) {
                            return finding;
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(TemporaryStorageException.cannotReadBack(e));
                }
            }

            @Override
            public boolean hasNext() {
                return ahead != null;
            }

            @Override
            public Finding next() {
                if (ahead == null) {
                    throw new NoSuchElementException();
                }
                Finding current = ahead;
                ahead = advance();
                return current;
            }
        };
    }

    /**
     * Where the records are - in memory while they fit one buffer (most logs: a control's findings on a small BOM),
     * else in the file, made when the buffer first fills - and the texts kept once; closed by the cleaner.
     */
    private static final class Storage {
        private FileChannel channel;
        private byte[] memory;
        private final List<String> texts = new ArrayList<>();
        private final List<List<String>> annexes = new ArrayList<>();
        private volatile boolean handedOver;

        FileChannel file() {
            if (channel == null) {
                try {
                    channel = dev.aibom.core.io.TemporaryFiles.unnamed("aibom-findings-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return channel;
        }

        /** Reads into {@code into} from {@code position}: -1 at the end. */
        int read(ByteBuffer into, long position) throws IOException {
            if (memory == null) {
                return channel.read(into, position);
            }
            if (position >= memory.length) {
                return -1;
            }
            int n = (int) Math.min(into.remaining(), memory.length - position);
            into.put(memory, (int) position, n);
            return n;
        }

        void close() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // nothing to do: the file was deleted or is deleted with the process
            }
        }
    }

    /** Adds findings, one record each, to a new log. */
    public static final class Builder {
        private final Storage storage = new Storage();
        private final Map<String, Integer> textIds = new HashMap<>();
        private final Map<List<String>, Integer> annexIds = new HashMap<>();
        private final Record record = new Record();
        private final Record prefix = new Record();
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        private final Counter counter;
        private long[] offsets;
        private int size;
        private long position;
        private long flushed;
        private boolean built;

        private Builder(boolean indexed) {
            counter = indexed ? new Counter() : null;
            offsets = indexed ? new long[64] : null;
            Storage own = storage;
            // a builder dropped half-way (a control that threw) closes its file; a built log owns it from then on
            CLEANER.register(this, () -> {
                if (!own.handedOver) {
                    own.close();
                }
            });
        }

        public Builder add(Finding finding) {
            if (built) {
                throw new IllegalStateException("the log is already built");
            }
            record.reset();
            record.varint(text(finding.control()));
            record.varint(annex(finding.annexA()));
            record.write(finding.family().ordinal());
            record.write(finding.severity().ordinal());
            record.write(finding.status().ordinal());
            record.write(finding.waivable() ? 1 : 0);
            record.text(finding.component());
            record.text(finding.name());
            record.varint(text(finding.kind()));
            record.text(finding.message());
            record.text(finding.evidence());
            record.varint(text(finding.waiver()));
            record.varint(text(finding.validUntil()));
            if (offsets != null) {
                if (size % STRIDE == 0) {
                    int slot = size / STRIDE;
                    if (slot == offsets.length) {
                        offsets = Arrays.copyOf(offsets, slot * 2);
                    }
                    offsets[slot] = position;
                }
                counter.add(finding);
            }
            size++;
            // each record starts with its length, so that a reader skips a record it does not want undecoded
            Record prefix = this.prefix;
            prefix.reset();
            prefix.varint(record.size());
            write(prefix.bytes(), prefix.size());
            write(record.bytes(), record.size());
            return this;
        }

        public FindingLog build() {
            if (built) {
                throw new IllegalStateException("the log is already built");
            }
            built = true;
            if (storage.channel == null) {
                // it all fit the buffer: no file
                storage.memory = Arrays.copyOf(buffer.array(), buffer.position());
            } else {
                flush();
            }
            storage.handedOver = true;
            return new FindingLog(storage, offsets == null ? null : Arrays.copyOf(offsets, (size + STRIDE - 1) / STRIDE),
                    size, position,
                    counter == null ? null : counter.tally());
        }

        private int text(String value) {
            return textIds.computeIfAbsent(value, v -> {
                storage.texts.add(v);
                return storage.texts.size() - 1;
            });
        }

        private int annex(List<String> value) {
            return annexIds.computeIfAbsent(value, v -> {
                storage.annexes.add(v);
                return storage.annexes.size() - 1;
            });
        }

        private void write(byte[] bytes, int count) {
            int offset = 0;
            while (offset < count) {
                int n = Math.min(buffer.remaining(), count - offset);
                buffer.put(bytes, offset, n);
                offset += n;
                if (!buffer.hasRemaining()) {
                    flush();
                }
            }
            position += count;
        }

        private void flush() {
            buffer.flip();
            try {
                while (buffer.hasRemaining()) {
                    flushed += storage.file().write(buffer, flushed);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(TemporaryStorageException.cannotWrite(e));
            }
            buffer.clear();
        }
    }

    /** One record's bytes while they are put together (not a ByteArrayOutputStream: its writes are synchronized). */
    private static final class Record {
        private byte[] bytes = new byte[256];
        private int size;

        void reset() {
            size = 0;
        }

        byte[] bytes() {
            return bytes;
        }

        int size() {
            return size;
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        void varint(int value) {
            room(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }
    }

    /**
     * Reads records from a position on through a buffer of its own, with positional reads (several readers may read
     * the same log at once).
     */
    private static final class Decoder {
        private final Storage storage;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        private final long end;
        private long position;

        Decoder(Storage storage, long from, long to) {
            this.storage = storage;
            this.position = from;
            this.end = to;
            buffer.limit(0);
        }

        /**
         * The next finding, or null (having moved past it undecoded) when {@code wanted} does not hold its status;
         * {@code wanted} null takes every finding.
         */
        Finding next(java.util.Set<Status> wanted) throws IOException {
            int bytes = varint();
            long end = position - buffer.remaining() + bytes;
            String control = storage.texts.get(varint());
            List<String> annexA = storage.annexes.get(varint());
            Family family = Family.values()[u8()];
            Severity severity = Severity.values()[u8()];
            Status status = Status.values()[u8()];
            if (wanted != null && !wanted.contains(status)) {
                skipTo(end);
                return null;
            }
            boolean waivable = u8() == 1;
            String component = text();
            String name = text();
            String kind = storage.texts.get(varint());
            String message = text();
            String evidence = text();
            String waiver = storage.texts.get(varint());
            String validUntil = storage.texts.get(varint());
            return new Finding(control, annexA, family, severity, status, component, name, kind, message, evidence,
                    waiver, waivable, validUntil);
        }

        /** Moves on to {@code target}, a position in the file at or after the one read next. */
        private void skipTo(long target) {
            long next = position - buffer.remaining();
            if (target - next <= buffer.remaining()) {
                buffer.position(buffer.position() + (int) (target - next));
            } else {
                buffer.limit(0);
                position = target;
            }
        }

        /** Makes {@code n} bytes (at most the buffer's size) readable in the buffer. */
        private void need(int n) throws IOException {
            if (buffer.remaining() >= n) {
                return;
            }
            buffer.compact();
            while (buffer.position() < n) {
                fill();
            }
            buffer.flip();
        }

        /** Reads more of the file into the buffer, which is being filled. */
        private void fill() throws IOException {
            if (position >= end) {
                throw new EOFException("the findings' temporary file ends early");
            }
            buffer.limit((int) Math.min(buffer.capacity(), buffer.position() + (end - position)));
            int read = storage.read(buffer, position);
            if (read < 0) {
                throw new EOFException("the findings' temporary file ends early");
            }
            position += read;
        }

        private int u8() throws IOException {
            need(1);
            return buffer.get() & 0xFF;
        }

        private int varint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = u8();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("a damaged record in the findings' temporary file (a number longer than 5 bytes)");
        }

        private String text() throws IOException {
            int length = varint();
            if (length <= buffer.capacity()) {
                need(length);
                String text = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
                return text;
            }
            // longer than the buffer: what the buffer holds, then the rest straight from the file
            byte[] utf8 = new byte[length];
            int have = buffer.remaining();
            buffer.get(utf8, 0, have);
            ByteBuffer rest = ByteBuffer.wrap(utf8, have, length - have);
            while (rest.hasRemaining()) {
                int read = storage.read(rest, position);
                if (read < 0) {
                    throw new EOFException("the findings' temporary file ends early");
                }
                position += read;
            }
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }
}
