package dev.aibom.core.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The members of a JSON object in a read tree, in insertion order as Jackson's own {@link LinkedHashMap}: up to
 * {@value #SMALL} members in one array of names and values (most objects of a BOM have two to ten; a
 * {@code LinkedHashMap} spends about 90 bytes on each member and 100 on each object, which was half of a large BOM's
 * tree), past that in a {@code LinkedHashMap}, so that a large or hostile object is still looked up in constant time.
 * Hand-written because Jackson needs a {@link Map} and no maintained ordered small map falls back to hashing.
 * Not thread-safe, as {@code LinkedHashMap}; its iterators fail fast. Its views are made when asked for, not kept
 * (as {@code AbstractMap} keeps them: 16 bytes for every object the controls walk).
 */
final class MemberMap implements Map<String, JsonNode> {
    /** The most members held in the array. */
    static final int SMALL = 16;

    /** Names at even indexes, their values after them. */
    private Object[] slots;
    private int size;
    private LinkedHashMap<String, JsonNode> large;
    private int modifications;

    MemberMap() {
        slots = new Object[8];
    }

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            Object candidate = slots[2 * i];
            if (candidate == name || candidate.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object name) {
        return large != null ? large.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public JsonNode get(Object name) {
        if (large != null) {
            return large.get(name);
        }
        int index = indexOf(name);
        return index < 0 ? null : (JsonNode) slots[2 * index + 1];
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        if (large != null) {
            return large.put(name, value);
        }
        int index = indexOf(name);
        if (index >= 0) {
            JsonNode old = (JsonNode) slots[2 * index + 1];
            slots[2 * index + 1] = value;
            return old;
        }
        modifications++;
        if (size == SMALL) {
            large = new LinkedHashMap<>(2 * SMALL);
            for (int i = 0; i < size; i++) {
                large.put((String) slots[2 * i], (JsonNode) slots[2 * i + 1]);
            }
            large.put(name, value);
            slots = null;
            size = 0;
            return null;
        }
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, 2 * slots.length);
        }
        slots[2 * size] = name;
        slots[2 * size + 1] = value;
        size++;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        if (large != null) {
            return large.remove(name);
        }
        int index = indexOf(name);
        if (index < 0) {
            return null;
        }
        JsonNode old = (JsonNode) slots[2 * index + 1];
        removeAt(index);
        return old;
    }

    private void removeAt(int index) {
        modifications++;
        System.arraycopy(slots, 2 * index + 2, slots, 2 * index, 2 * (size - index - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
    }

    @Override
    public void clear() {
        modifications++;
        large = null;
        slots = new Object[8];
        size = 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Map.Entry<String, JsonNode> entry : entrySet()) {
            if (Objects.equals(entry.getValue(), value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void putAll(Map<? extends String, ? extends JsonNode> members) {
        members.forEach(this::put);
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return each(Map.Entry::getKey);
            }

            @Override
            public int size() {
                return MemberMap.this.size();
            }

            @Override
            public boolean contains(Object name) {
                return containsKey(name);
            }
        };
    }

    @Override
    public Collection<JsonNode> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<JsonNode> iterator() {
                return each(Map.Entry::getValue);
            }

            @Override
            public int size() {
                return MemberMap.this.size();
            }
        };
    }

    /** A part of each member, in order; removing one removes its member. */
    private <T> Iterator<T> each(Function<Map.Entry<String, JsonNode>, T> part) {
        Iterator<Map.Entry<String, JsonNode>> entries = entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public T next() {
                return part.apply(entries.next());
            }

            @Override
            public void remove() {
                entries.remove();
            }
        };
    }

    /** As {@link Map#equals}: the same members, in any order. */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Map<?, ?> map) || map.size() != size()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : entrySet()) {
            Object theirs = map.get(entry.getKey());
            if (theirs == null ? entry.getValue() != null || !map.containsKey(entry.getKey())
                    : !theirs.equals(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Map.Entry<String, JsonNode> entry : entrySet()) {
            hash += entry.hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, JsonNode> entry : entrySet()) {
            text.append(text.length() > 1 ? ", " : "").append(entry.getKey()).append('=').append(entry.getValue());
        }
        return text.append('}').toString();
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        if (large != null) {
            return large.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, JsonNode>> iterator() {
                return large != null ? large.entrySet().iterator() : new Members();
            }

            @Override
            public int size() {
                return MemberMap.this.size();
            }
        };
    }

    /** The members in order; {@link Map.Entry#setValue} and {@link Iterator#remove} write through. */
    private final class Members implements Iterator<Map.Entry<String, JsonNode>> {
        private int next;
        private int last = -1;
        private int expected = modifications;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            if (expected != modifications || large != null) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            int index = last;
            return new AbstractMap.SimpleEntry<>((String) slots[2 * index], (JsonNode) slots[2 * index + 1]) {
                private static final long serialVersionUID = 1L;

                @Override
                public JsonNode setValue(JsonNode value) {
                    if (large != null) {
                        throw new ConcurrentModificationException();
                    }
                    if (index < size && slots[2 * index] == getKey()) { // not removed since
                        slots[2 * index + 1] = value;
                    }
                    return super.setValue(value);
                }
            };
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != modifications || large != null) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modifications;
        }
    }
}
