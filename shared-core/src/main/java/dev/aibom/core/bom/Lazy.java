package dev.aibom.core.bom;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use, once, safely across threads (what a schema or a BOM's model costs to build). */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    static <T> Supplier<T> of(Supplier<T> compute) {
        return new Lazy<>(compute);
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                if (value == null) {
                    value = compute.get();
                }
                result = value;
            }
        }
        return result;
    }
}
