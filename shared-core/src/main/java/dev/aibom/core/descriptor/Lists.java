package dev.aibom.core.descriptor;

import java.util.List;

final class Lists {
    private Lists() {
    }

    /** Immutable copy; null means "not given" and becomes empty. An empty entry ({@code - } in YAML) is an error. */
    static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T item : list) {
            if (item == null) {
                throw new IllegalArgumentException("the list has an empty entry; remove it or fill it in");
            }
        }
        return List.copyOf(list);
    }
}
