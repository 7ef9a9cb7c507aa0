package dev.aibom.core.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a pickle may import, in three answers: a global that is <b>known to run code</b> (the denylist) is an error; a
 * global on the <b>allowlist</b> is fine, because constructing it runs no code the file controls; any other global is
 * <b>not known to be safe</b> (a warning, an error with {@code strict}). Every entry says why, in one line: the lists are
 * documentation as much as data (docs/controls.md prints them).
 *
 * <p>The denylist merges what picklescan, modelscan and fickling flag, and the published bypasses of each (their
 * issue trackers and advisories: picklescan GHSA-vvpj-8cmc-gx39, GHSA-g38g-8gr9-h9xp, GHSA-7wx9-6375-f5wh, PR #74;
 * modelscan issues #85, #267, #330, #331, #338; fickling PRs #195, #210). A denylist alone is bypassed routinely,
 * which is why anything not allowlisted is at least a warning.
 */
public final class PickleGlobals {
    /** The three answers. */
    public enum Verdict {
        /** Known to run code or reach code when called or constructed. */
        DENIED,
        /** Constructing it runs no code the file controls. */
        ALLOWED,
        /** On neither list. */
        UNKNOWN
    }

    /**
     * One entry: a module (exactly, or with its submodules) and a name (exactly, any, or any class).
     *
     * @param module     the module, e.g. {@code torch.nn.modules}
     * @param submodules whether submodules of {@code module} match too
     * @param name       the name: exact ({@code system}), {@code *} (any), or {@code Class} (any name starting with an
     *                   upper-case letter: a class, by Python's naming convention)
     * @param reason     why, in one line
     * @param source     where it was published (advisories, issues of other scanners), or empty
     */
    public record Entry(String module, boolean submodules, String name, String reason, String source) {
        public Entry {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(source, "source");
        }

        /** "reason (source)" written as one text: the source is its trailing parenthesis when it cites one. */
        static Entry of(String module, boolean submodules, String name, String text) {
            java.util.regex.Matcher cited = CITATION.matcher(text);
            return cited.matches() ? new Entry(module, submodules, name, cited.group(1), cited.group(2))
                    : new Entry(module, submodules, name, text, "");
        }

        /**
         * @param dotted whether {@code name.attribute} matches an entry for {@code name} (for the denylist: what a
         *               denied object holds is reachable; never for the allowlist: a method of an allowed class is
         *               not allowed)
         */
        boolean matches(String globalModule, String globalName, boolean dotted) {
            boolean moduleMatches = globalModule.equals(module)
                    || (submodules && globalModule.startsWith(module + "."));
            if (!moduleMatches) {
                return false;
            }
            return switch (name) {
                case "*" -> true;
                case "Class" -> !globalName.isEmpty() && Character.isUpperCase(globalName.charAt(0))
                        && !globalName.contains(".");
                default -> globalName.equals(name) || (dotted && globalName.startsWith(name + "."));
            };
        }

        /** {@code torch.nn.modules.** (classes)}, for the documentation. */
        public String pattern() {
            String names = switch (name) {
                case "*" -> "*";
                case "Class" -> "<Class>";
                default -> name;
            };
            return module + (submodules ? ".**" : "") + "." + names;
        }
    }

    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "(.*) \\(([^()]*(?:#|GHSA-|CVE-|picklescan|modelscan|fickling)[^()]*)\\)");
    private static final List<Entry> DENIED = new ArrayList<>();
    private static final List<Entry> ALLOWED = new ArrayList<>();

    private static void deny(String module, String reason, String... names) {
        boolean sub = module.endsWith(".**");
        String base = sub ? module.substring(0, module.length() - 3) : module;
        if (names.length == 0) {
            DENIED.add(Entry.of(base, sub, "*", reason));
        }
        for (String name : names) {
            DENIED.add(Entry.of(base, sub, name, reason));
        }
    }

    private static void allow(String module, String reason, String... names) {
        boolean sub = module.endsWith(".**");
        String base = sub ? module.substring(0, module.length() - 3) : module;
        for (String name : names) {
            ALLOWED.add(Entry.of(base, sub, name, reason));
        }
    }

    static {
        // ------------------------------------------------------------------ known to run code
        for (String builtins : List.of("builtins", "__builtin__")) {
            deny(builtins, "evaluates, compiles or executes code, imports modules, reads attributes by name or opens"
                    + " files", "eval", "exec", "execfile", "compile", "getattr", "setattr", "delattr", "__import__",
                    "open", "breakpoint", "input", "apply", "globals", "locals", "vars", "memoryview", "file",
                    "reload", "help", "exit", "quit");
        }
        for (String os : List.of("os", "posix", "nt", "subprocess", "pty", "commands", "popen2", "sys", "shutil",
                "signal", "resource", "multiprocessing.**", "_posixsubprocess", "socket", "ctypes.**", "cffi.**",
                "_ctypes", "select", "fcntl", "mmap", "tempfile", "pathlib._local", "glob", "io", "_io")) {
            deny(os, "runs programs, changes processes, or reaches the file system, the network or native code"
                    + " (picklescan, modelscan, fickling; GHSA-g38g-8gr9-h9xp)");
        }
        deny("runpy", "runs a module or a script");
        deny("importlib.**", "imports any module by name, so every other entry can be reached through it (picklescan"
                + " PR #74, modelscan #331)");
        deny("pkgutil", "resolves any name to any object (GHSA-vvpj-8cmc-gx39)", "resolve_name", "get_loader",
                "find_loader", "iter_importers", "walk_packages", "ImpImporter", "ImpLoader");
        deny("imp", "imports modules from files");
        deny("zipimport", "imports code from archives");
        deny("marshal", "turns bytes into code objects (picklescan PR #74)");
        deny("types", "builds code and function objects from data", "CodeType", "FunctionType", "MethodType",
                "LambdaType", "ModuleType");
        deny("code", "interactive interpreters run code", "InteractiveInterpreter", "InteractiveConsole", "interact",
                "compile_command");
        deny("codeop", "compiles code");
        deny("pickle", "a nested pickle is loaded, unscanned (modelscan #267, GHSA-84r2-jw7c-4r5q)");
        deny("_pickle", "a nested pickle is loaded, unscanned (GHSA-84r2-jw7c-4r5q)");
        deny("cPickle", "a nested pickle is loaded, unscanned");
        deny("dill.**", "dill pickles code objects");
        deny("cloudpickle.**", "cloudpickle pickles code objects");
        deny("joblib", "loads another file, unscanned", "load");
        deny("numpy", "numpy.load unpickles object arrays; numpy.f2py and the test helpers run code", "load",
                "loads", "fromfile", "memmap");
        deny("numpy.f2py.**", "compiles and evaluates Fortran expressions (fickling PR #210)");
        deny("numpy.testing.**", "runs a string as code (runstring)");
        deny("numpy.distutils.**", "runs build commands");
        deny("pandas", "reads pickles, files and URLs", "read_pickle", "read_csv", "read_html", "read_json",
                "read_sql", "eval");
        deny("pandas.io.**", "reads pickles, files and URLs (modelscan #338)");
        deny("torch", "loads another pickle, unscanned, or runs code", "load", "hub", "jit", "compile");
        deny("torch.serialization", "loads another pickle, unscanned", "load");
        deny("torch.storage", "loads another pickle from bytes, unscanned", "_load_from_bytes");
        deny("torch.hub.**", "downloads and runs code");
        deny("torch.jit.**", "compiles and runs TorchScript");
        deny("torch._inductor.**", "compiles and loads code (picklescan: torch._inductor.codecache.compile_file)");
        deny("torch.utils.collect_env", "runs commands (modelscan #338)");
        deny("torch._dynamo.**", "compiles and runs code");
        deny("operator", "calls methods or reads attributes by name, reaching any object (GHSA-m273-6v24-x4m4)",
                "attrgetter", "itemgetter", "methodcaller", "call");
        deny("_operator", "calls methods or reads attributes by name (GHSA-955r-x9j8-7rhh)", "attrgetter",
                "itemgetter", "methodcaller", "call");
        deny("functools", "calls a wrapped callable later, hiding it (fickling PR #210)", "partial", "reduce",
                "partialmethod", "singledispatch");
        deny("bdb", "debuggers run code (picklescan PR #29)");
        deny("pdb", "debuggers run code (picklescan PR #29)");
        deny("profile", "profilers run code (GHSA-46h3-79wf-xr6c)");
        deny("cProfile", "profilers run code (GHSA-46h3-79wf-xr6c)");
        deny("trace", "runs code while tracing it (GHSA-4675-36f9-wf6r)");
        deny("timeit", "runs code to time it");
        deny("doctest", "runs code from docstrings");
        deny("pydoc", "runs a pager command", "pipepager", "tempfilepager", "pager", "locate");
        deny("webbrowser", "starts programs");
        deny("mailcap", "runs a mailcap entry's test command (modelscan PR #346, picklescan PR #69)");
        deny("imaplib", "IMAP4_stream runs a command", "IMAP4_stream");
        deny("platform", "runs commands", "popen", "_syscmd_file", "_syscmd_ver", "architecture");
        deny("asyncio.**", "starts subprocesses (CVE-2025-10157)");
        deny("distutils.**", "writes files and runs build commands (CVE-2025-10155)");
        deny("setuptools.**", "runs build commands");
        deny("pip.**", "installs packages (GHSA-vqmv-47xg-9wpr)");
        deny("venv.**", "creates environments and runs pip (GHSA-vqmv-47xg-9wpr)");
        deny("ensurepip.**", "installs packages (GHSA-vqmv-47xg-9wpr)");
        deny("idlelib.**", "runs code (GHSA-r8g5-cgf2-4m4m)");
        deny("lib2to3.**", "evaluates grammar files (GHSA-r8g5-cgf2-4m4m)");
        deny("http.**", "reaches the network (GHSA-hgrh-qx5j-jfwx)");
        deny("httplib", "reaches the network");
        deny("urllib.**", "reaches the network");
        deny("urllib2", "reaches the network");
        deny("requests.**", "reaches the network (GHSA-hgrh-qx5j-jfwx)");
        deny("aiohttp.**", "reaches the network (GHSA-hgrh-qx5j-jfwx)");
        deny("ssl", "reaches the network");
        deny("ftplib", "reaches the network");
        deny("smtplib", "reaches the network");
        deny("telnetlib", "reaches the network");
        deny("xmlrpc.**", "reaches the network");
        deny("socketserver", "opens network servers");
        deny("SocketServer", "Python 2's socketserver (fix_imports maps it): opens network servers");
        deny("thread", "Python 2's _thread (fix_imports maps it): runs callables in threads");
        deny("xmlrpclib", "Python 2's xmlrpc (fix_imports maps it): reaches the network");
        deny("sqlite3.**", "runs SQL on files");
        deny("logging.config", "listen() runs code received over a socket");
        deny("shelve", "opens and unpickles files");
        deny("dbm.**", "opens files");
        deny("gc", "reaches every live object", "get_objects", "get_referrers", "get_referents");
        deny("inspect", "reaches frames and code");
        deny("threading", "runs callables in threads", "Thread", "Timer");
        deny("_thread", "runs callables in threads");
        deny("concurrent.**", "runs callables in other threads or processes");
        deny("atexit", "registers callables to run at exit");
        deny("site", "runs .pth files");
        deny("sysconfig", "reads configuration files");
        deny("keras.**", "deserialises Keras objects, Lambda layers included");
        deny("tensorflow.**", "reads and writes files (tf.io) and runs graphs");
        deny("mlflow.**", "runs projects and entry points (modelscan #338)");
        deny("fickling.**", "pickle scanners loaded from a pickle can be switched off (fickling PR #249)");
        deny("picklescan.**", "pickle scanners loaded from a pickle can be switched off (fickling PR #249)");
        deny("modelscan.**", "pickle scanners loaded from a pickle can be switched off (fickling PR #249)");

        // ------------------------------------------------------------------ constructing these runs no code
        String containers = "built-in value types: the constructor stores the values it is given";
        for (String builtins : List.of("builtins", "__builtin__")) {
            allow(builtins, containers, "set", "frozenset", "bytearray", "bytes", "slice", "complex", "range", "int",
                    "float", "str", "unicode", "long", "bool", "list", "dict", "tuple", "object", "NoneType",
                    "Ellipsis", "NotImplemented");
        }
        allow("copyreg", "creates an instance of a class with object.__new__ (protocols 0 and 1); the class is judged"
                + " on its own", "_reconstructor", "__newobj__", "__newobj_ex__");
        allow("copy_reg", "Python 2's copyreg: creates an instance of a class; the class is judged on its own",
                "_reconstructor");
        allow("_codecs", "turns text into bytes, as protocol 2 pickles bytes", "encode");
        allow("collections", "containers: they store the items they are given (a defaultdict's factory is a global"
                + " judged on its own)", "OrderedDict", "defaultdict", "deque", "Counter", "ChainMap");
        allow("datetime", "standard-library value types: numbers and a time zone", "datetime", "date", "time",
                "timedelta", "timezone");
        allow("decimal", "standard-library value type: a number", "Decimal");
        allow("fractions", "standard-library value type: a number", "Fraction");
        allow("uuid", "standard-library value type: 128 bits", "UUID", "SafeUUID");
        allow("ipaddress", "standard-library value types: addresses", "IPv4Address", "IPv6Address",
                "IPv4Network", "IPv6Network", "IPv4Interface", "IPv6Interface");
        allow("enum", "creates an enum member from its value", "EnumMeta", "EnumType");
        allow("re", "compiles a regular expression: text, no code", "_compile");
        allow("array", "standard-library value type: an array of numbers", "array", "_array_reconstructor");
        for (String numpy : List.of("numpy.core.multiarray", "numpy._core.multiarray")) {
            allow(numpy, "numpy's array and scalar reconstruction: memory of a given shape and dtype",
                    "_reconstruct", "scalar");
        }
        for (String numpy : List.of("numpy.core.numeric", "numpy._core.numeric")) {
            allow(numpy, "numpy's array reconstruction from a buffer (protocol 5)", "_frombuffer");
        }
        allow("numpy", "numpy's array, dtype and scalar types: values", "ndarray", "dtype", "bool_", "int8", "int16",
                "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64",
                "longdouble", "complex64", "complex128", "str_", "bytes_", "object_", "void", "datetime64",
                "timedelta64", "intc", "intp", "uintp");
        allow("numpy.dtypes", "numpy's dtype classes: values", "Class");
        allow("numpy.random._pickle", "recreates a random generator's state: numbers", "__randomstate_ctor",
                "__bit_generator_ctor", "__generator_ctor");
        allow("numpy.random.**", "numpy's random generators and bit generators: their state is numbers", "Class");
        allow("numpy.ma.core", "numpy's masked arrays: arrays and a mask", "_mareconstruct", "MaskedArray");
        allow("joblib.numpy_pickle", "joblib's wrapper of a numpy array: its bytes follow it, and are stepped over by"
                + " their header", "NumpyArrayWrapper");
        for (String rebuild : List.of("_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_parameter",
                "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_sparse_tensor",
                "_rebuild_meta_tensor_no_storage", "_rebuild_wrapper_subclass", "_rebuild_nested_tensor",
                "_rebuild_device_tensor_from_numpy", "_rebuild_device_tensor_from_cpu_tensor", "_rebuild_xla_tensor",
                "_rebuild_mtia_tensor")) {
            allow("torch._utils", "PyTorch's tensor reconstruction: storage, shape and strides", rebuild);
        }
        allow("torch._tensor", "PyTorch's tensor reconstruction: calls the rebuild function (a global judged on its"
                + " own) and sets state", "_rebuild_from_type_v2");
        allow("torch", "PyTorch's value types: sizes, devices, dtypes, layouts and storages", "Size", "device",
                "dtype", "layout", "memory_format", "strided", "sparse_coo", "sparse_csr", "contiguous_format",
                "channels_last", "preserve_format", "Tensor", "float16", "float32", "float64", "bfloat16", "half",
                "float", "double", "int8", "int16", "int32", "int64", "uint8", "bool", "complex64", "complex128",
                "qint8", "quint8", "qint32", "float8_e4m3fn", "float8_e5m2", "per_tensor_affine",
                "per_channel_affine");
        allow("torch", "PyTorch's storage classes: bytes of a given type", "FloatStorage", "DoubleStorage",
                "HalfStorage", "BFloat16Storage", "LongStorage", "IntStorage", "ShortStorage", "CharStorage",
                "ByteStorage", "BoolStorage", "ComplexFloatStorage", "ComplexDoubleStorage", "QInt8Storage",
                "QUInt8Storage", "QInt32Storage");
        allow("torch.cuda", "PyTorch's CUDA storage classes: bytes of a given type", "Class");
        allow("torch.storage", "PyTorch's storage classes: bytes", "UntypedStorage", "TypedStorage",
                "_StorageBase");
        allow("torch.nn.modules", "PyTorch's module classes (torch.save of a whole model): the object is created and"
                + " its state (parameters, buffers, settings) set", "Class");
        allow("torch.nn.modules.**", "PyTorch's module classes (torch.save of a whole model): the object is created"
                + " and its state (parameters, buffers, settings) set", "Class");
        allow("torch.nn.parameter", "PyTorch's parameters: tensors", "Parameter", "Buffer",
                "UninitializedParameter");
        allow("torch.nn", "PyTorch's parameters: tensors", "Parameter");
        allow("torch.serialization", "PyTorch's layout helper: a value", "_get_layout");
        allow("torch.nn.utils.parametrize", "PyTorch's parametrization containers", "Class");
        allow("sklearn.**", "scikit-learn's estimator and helper classes: unpickling creates the object and sets its"
                + " attributes (BaseEstimator.__setstate__), running nothing the file brings", "Class");
        allow("scipy.sparse.**", "SciPy's sparse matrices: arrays of indices and values", "Class");
        allow("_sklearn_compat.**", "scikit-learn compatibility classes", "Class");
    }

    private final Set<String> extra;

    private PickleGlobals(Collection<String> extra) {
        this.extra = Set.copyOf(new LinkedHashSet<>(extra));
    }

    /** The built-in lists alone. */
    public static PickleGlobals defaults() {
        return new PickleGlobals(List.of());
    }

    /**
     * The built-in lists and the policy's own allowed globals: exact names ({@code myapp.model.Scorer}) or a module's
     * names ({@code myapp.model.*}). A pattern that would allow a denied global is refused.
     *
     * @throws IllegalArgumentException naming the pattern and the denied module it would cover
     */
    public static PickleGlobals withAllowed(Collection<String> allowed) {
        for (String pattern : allowed) {
            check(pattern);
        }
        return new PickleGlobals(allowed);
    }

    private static void check(String pattern) {
        String text = pattern.trim();
        if (text.isEmpty() || text.equals("*") || text.startsWith("*") || text.startsWith(".")
                || text.chars().filter(c -> c == '*').count() > 1 || (text.contains("*") && !text.endsWith(".*"))) {
            throw new IllegalArgumentException("'" + pattern + "' is not an allowed global: write module.name, or"
                    + " module.* for every name of one module");
        }
        if (text.endsWith(".*")) {
            String module = text.substring(0, text.length() - 2);
            for (Entry denied : DENIED) {
                if (denied.module().equals(module) || module.startsWith(denied.module() + ".")
                        || denied.module().startsWith(module + ".")) {
                    throw new IllegalArgumentException("'" + pattern + "' would allow " + denied.pattern()
                            + ", which is known to run code (" + denied.reason() + "); name the globals you need"
                            + " one by one");
                }
            }
        } else {
            int dot = text.lastIndexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException("'" + pattern + "' is not module.name");
            }
            Optional<Entry> denied = find(DENIED, text.substring(0, dot), text.substring(dot + 1), true);
            if (denied.isPresent()) {
                throw new IllegalArgumentException("'" + pattern + "' is known to run code (" + denied.get().reason()
                        + "), so no policy can allow it");
            }
        }
    }

    /** The verdict on {@code module.name} and why. */
    public Judgement judge(String module, String name) {
        Optional<Entry> denied = find(DENIED, module, name, true);
        if (denied.isPresent()) {
            return new Judgement(Verdict.DENIED, denied.get().reason());
        }
        String qualified = module + "." + name;
        for (String pattern : extra) {
            String text = pattern.trim();
            if (text.equals(qualified) || (text.endsWith(".*") && module.equals(text.substring(0, text.length() - 2))
                    && !name.contains("."))) {
                return new Judgement(Verdict.ALLOWED, "allowed by the policy (allowedGlobals)");
            }
        }
        Optional<Entry> allowed = find(ALLOWED, module, name, false);
        return allowed.map(entry -> new Judgement(Verdict.ALLOWED, entry.reason()))
                .orElseGet(() -> new Judgement(Verdict.UNKNOWN, "on neither the allowlist nor the denylist"));
    }

    /** A verdict and its reason. */
    public record Judgement(Verdict verdict, String reason) {
    }

    /**
     * @param dotted for the denylist: {@code name.attribute} matches {@code name}, and the module is compared without
     *               case too (a file system that ignores case imports {@code OS} as {@code os})
     */
    private static Optional<Entry> find(List<Entry> entries, String module, String name, boolean dotted) {
        String lowered = module.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.matches(module, name, dotted)
                || (dotted && e.matches(lowered, name, true))).findFirst();
    }

    /** The denylist, for the documentation. */
    public static List<Entry> denied() {
        return List.copyOf(DENIED);
    }

    /** The allowlist, for the documentation. */
    public static List<Entry> allowed() {
        return List.copyOf(ALLOWED);
    }
}
