package dev.aibom.core.format;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The callables a pickle may import and still be judged safe: an allowlist, not a denylist (denylist scanners are
 * bypassed routinely, because Python has many ways to run code). The defaults are what PyTorch checkpoints, numpy
 * arrays and plain Python containers need to be rebuilt; a policy adds its own (say, the scikit-learn estimators a
 * team uses) with the control's {@code allowedImports}.
 */
public final class PickleAllowlist {
    /** Rebuilding tensors, numpy arrays and containers: no callable here runs code the file brings. */
    public static final List<String> DEFAULTS = List.of(
            "collections.OrderedDict", "collections.defaultdict", "collections.deque",
            "builtins.set", "builtins.frozenset", "builtins.bytearray", "builtins.slice", "builtins.complex",
            "builtins.range", "__builtin__.set", "__builtin__.frozenset", "__builtin__.bytearray",
            "_codecs.encode",
            "torch._utils._rebuild_tensor", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_parameter",
            "torch._utils._rebuild_parameter_with_state", "torch._tensor._rebuild_from_type_v2",
            "torch.Size", "torch.device", "torch.strided", "torch.float16", "torch.float32", "torch.float64",
            "torch.bfloat16", "torch.int8", "torch.int16", "torch.int32", "torch.int64", "torch.uint8", "torch.bool",
            "torch.complex64", "torch.complex128", "torch.storage.UntypedStorage",
            "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
            "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar", "numpy.ndarray", "numpy.dtype");
    private final Set<String> allowed;

    private PickleAllowlist(Collection<String> allowed) {
        this.allowed = Set.copyOf(new LinkedHashSet<>(allowed));
    }

    public static PickleAllowlist defaults() {
        return new PickleAllowlist(DEFAULTS);
    }

    /** The defaults and {@code more} ({@code module.name}, exactly). */
    public static PickleAllowlist withMore(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(DEFAULTS);
        all.addAll(more);
        return new PickleAllowlist(all);
    }

    /** Exactly listed, or a typed tensor storage ({@code torch.FloatStorage}, {@code torch.cuda.HalfStorage}). */
    public boolean allows(String qualifiedName) {
        if (allowed.contains(qualifiedName)) {
            return true;
        }
        return (qualifiedName.startsWith("torch.") || qualifiedName.startsWith("torch.cuda."))
                && qualifiedName.endsWith("Storage") && qualifiedName.chars().filter(c -> c == '.').count()
                <= (qualifiedName.startsWith("torch.cuda.") ? 2 : 1);
    }
}
