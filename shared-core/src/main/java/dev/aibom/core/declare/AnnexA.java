package dev.aibom.core.declare;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The controls of ISO/IEC 42001:2023 Annex A by identifier, with short titles in aibom's own words (the standard's
 * text is copyrighted and not reproduced). Read from {@code iso-iec-42001-annex-a.yaml} beside this class.
 */
public final class AnnexA {
    private static final Map<String, Entry> ENTRIES = load();

    private AnnexA() {
    }

    /**
     * @param parent the clause a control belongs to ({@code A.10} for {@code A.10.3}), null for a clause
     */
    public record Entry(String id, String title, String parent) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    private record Item(String id, String title) {
    }

    private record File(List<Item> clauses, List<Item> controls) {
    }

    private static Map<String, Entry> load() {
        try (InputStream in = AnnexA.class.getResourceAsStream("iso-iec-42001-annex-a.yaml")) {
            Objects.requireNonNull(in, "iso-iec-42001-annex-a.yaml is missing from aibom's jar");
            File file = JsonMapper.builder(new YAMLFactory()).build().readValue(in, File.class);
            Map<String, Entry> entries = new LinkedHashMap<>();
            file.clauses().forEach(c -> entries.put(c.id(), new Entry(c.id(), c.title(), null)));
            file.controls().forEach(c -> entries.put(c.id(), new Entry(c.id(), c.title(), clause(c.id()))));
            return Map.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code A.10} for {@code A.10.3} and {@code A.6.2.4} -> {@code A.6}. */
    static String clause(String id) {
        String[] parts = id.split("\\.");
        return parts.length < 3 ? null : parts[0] + "." + parts[1];
    }

    public static Optional<Entry> entry(String id) {
        return Optional.ofNullable(ENTRIES.get(id));
    }

    /** The given control ids, with their clauses, in the standard's order; ids aibom does not know are kept, untitled. */
    public static List<Entry> withClauses(java.util.Collection<String> ids) {
        Map<String, Entry> selected = new LinkedHashMap<>();
        for (String id : ids) {
            Entry entry = ENTRIES.getOrDefault(id, new Entry(id, "", clause(id)));
            if (entry.parent() != null) {
                selected.putIfAbsent(entry.parent(), ENTRIES.getOrDefault(entry.parent(),
                        new Entry(entry.parent(), "", null)));
            }
            selected.putIfAbsent(id, entry);
        }
        List<Entry> sorted = new ArrayList<>(selected.values());
        sorted.sort(Comparator.comparing(Entry::id, AnnexA::compareIds));
        return sorted;
    }

    private static boolean digits(String part) {
        if (part.isEmpty() || part.length() > 9) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A.2 < A.2.2 < A.10 < A.10.3, numerically by part. */
    public static int compareIds(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareParts(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareParts(String a, String b) {
        if (a.equals(b)) {
            return 0; // "A" against "A": no number to parse (an exception each time cost more than the sort)
        }
        if (digits(a) && digits(b)) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
