#!/usr/bin/env python3
"""Writes aibom's model-scanner corpus: malicious files, each technique class in two or more variants, and benign files
of the kinds real projects ship, made with the libraries that make them in practice (numpy, joblib, scikit-learn,
PyTorch, h5py, Keras with the torch backend, onnx) or with pickle opcodes written by hand. Nothing is ever loaded:
the malicious objects only define __reduce__, which pickling calls to learn what *unpickling* would call; the commands
named are harmless echoes. expected.tsv says what aibom must answer for each file (README.md says why).

Run from this folder: KERAS_BACKEND=torch python3 make_corpus.py
Made with Python 3.11, numpy 2.4, joblib 1.6, scikit-learn 1.9, torch 2.13 (cpu), h5py 3.16, keras 3.15, onnx.
Deterministic where the libraries are (zip dates fixed; joblib, torch and h5py write no clock into these files).
"""
import io
import json
import os
import pickle
import struct
import sys
import zipfile
import zlib
from collections import Counter, OrderedDict, defaultdict, deque
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from pickle import (APPEND, BINGET, BINPUT, BUILD, DICT, GLOBAL, MARK, MEMOIZE, NONE, POP, PROTO, PUT, GET, REDUCE,
                    SHORT_BINUNICODE, STACK_GLOBAL, STOP, TUPLE1, TUPLE2, UNICODE, EMPTY_DICT, SETITEM)

os.environ.setdefault("KERAS_BACKEND", "torch")
import numpy as np  # noqa: E402
import joblib  # noqa: E402
import torch  # noqa: E402

torch.manual_seed(0)
np.random.seed(0)
EXPECTED = []


def write(name, data, expect, technique):
    with open(name, "wb") as f:
        f.write(data)
    EXPECTED.append((name, expect, technique))


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for entry, content in entries:
            z.writestr(zipfile.ZipInfo(entry, date_time=(2026, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


# ======================================================================== malicious payloads (never loaded)

class OsSystem:
    def __reduce__(self):
        import os as o
        return (o.system, ("echo aibom-corpus",))


class Eval:
    def __reduce__(self):
        import builtins
        return (builtins.eval, ("1 + 1",))


class ImportModule:  # importlib bypass (picklescan PR #74, modelscan #331)
    def __reduce__(self):
        import importlib
        return (importlib.import_module, ("os",))


class ResolveName:  # GHSA-vvpj-8cmc-gx39
    def __reduce__(self):
        import pkgutil
        return (pkgutil.resolve_name, ("os:system",))


class MarshalLoads:  # picklescan PR #74
    def __reduce__(self):
        import marshal
        return (marshal.loads, (marshal.dumps(compile("1 + 1", "<corpus>", "eval")),))


class NestedPickle:  # modelscan #267
    def __reduce__(self):
        return (pickle.loads, (b"cbuiltins\nprint\n(S'nested'\ntR.",))


class Partial:  # fickling PR #210
    def __reduce__(self):
        import functools
        return (functools.partial, (print, "partial"))


class MethodCaller:  # GHSA-m273-6v24-x4m4
    def __reduce__(self):
        import operator
        return (operator.methodcaller, ("system", "echo aibom-corpus"))


class Subprocess:
    def __reduce__(self):
        import subprocess
        return (subprocess.check_output, (["echo", "aibom-corpus"],))


def payload(cls, protocol=4):
    return pickle.dumps(cls(), protocol=protocol)


# --- denied globals, two protocols each
write("deny-os-system.p2.pkl", payload(OsSystem, 2), "denied", "denied global (os/posix)")
write("deny-os-system.p0.pkl", payload(OsSystem, 0), "denied", "denied global (os/posix), protocol 0")
write("deny-eval.p4.pkl", payload(Eval), "denied", "denied global (builtins.eval)")
write("deny-eval.p1.pkl", payload(Eval, 1), "denied", "denied global (builtins.eval), protocol 1")
write("deny-importlib.p4.pkl", payload(ImportModule), "denied", "importlib bypass (picklescan PR #74)")
write("deny-importlib.p2.pkl", payload(ImportModule, 2), "denied", "importlib bypass (picklescan PR #74)")
write("deny-resolve-name.p4.pkl", payload(ResolveName), "denied", "pkgutil.resolve_name (GHSA-vvpj-8cmc-gx39)")
write("deny-resolve-name.p3.pkl", payload(ResolveName, 3), "denied", "pkgutil.resolve_name (GHSA-vvpj-8cmc-gx39)")
write("deny-marshal.p4.pkl", payload(MarshalLoads), "denied", "marshal code objects (picklescan PR #74)")
write("deny-marshal.p2.pkl", payload(MarshalLoads, 2), "denied", "marshal code objects (picklescan PR #74)")
write("deny-nested-pickle.p4.pkl", payload(NestedPickle), "denied", "nested pickle.loads (modelscan #267)")
write("deny-nested-pickle.p2.pkl", payload(NestedPickle, 2), "denied", "nested pickle.loads (modelscan #267)")
write("deny-partial.p4.pkl", payload(Partial), "denied", "functools.partial (fickling PR #210)")
write("deny-methodcaller.p4.pkl", payload(MethodCaller), "denied", "operator.methodcaller (GHSA-m273-6v24-x4m4)")
write("deny-subprocess.p5.pkl", payload(Subprocess, 5), "denied", "subprocess")
write("deny-subprocess.p2.pkl", payload(Subprocess, 2), "denied", "subprocess")
# named like anything: found by content
write("renamed-os-system.bin", payload(OsSystem), "denied", "a pickle under another name (.bin)")
write("renamed-os-system", payload(OsSystem, 2), "denied", "a pickle without a name extension")


# --- hand-written bypasses of other scanners
def hand(*parts):
    return b"".join(parts)


# picklescan #14: memo confusion, BINPUT and MEMOIZE mixed so that a scanner that tracks only one sees safe names
memo_confusion = hand(PROTO, b"\x04",
                      SHORT_BINUNICODE, b"\x02os", BINPUT, b"\x00",
                      SHORT_BINUNICODE, b"\x06system", BINPUT, b"\x01",
                      SHORT_BINUNICODE, b"\x0ctorch._utils", MEMOIZE,
                      SHORT_BINUNICODE, b"\x12_rebuild_tensor_v2", MEMOIZE,
                      POP, POP, POP, POP,
                      BINGET, b"\x00", BINGET, b"\x01", STACK_GLOBAL,
                      SHORT_BINUNICODE, b"\x11echo aibom-corpus", TUPLE1, REDUCE, STOP)
write("bypass-memo-confusion.pkl", memo_confusion, "denied", "memo confusion (picklescan #14)")
# the same, with the real names in the memo under MEMOIZE and the decoys under BINPUT
memo_confusion2 = hand(PROTO, b"\x04",
                       SHORT_BINUNICODE, b"\x0ctorch._utils", BINPUT, b"\x05",
                       SHORT_BINUNICODE, b"\x02os", MEMOIZE,
                       SHORT_BINUNICODE, b"\x06system", MEMOIZE,
                       POP, POP, POP,
                       BINGET, b"\x01", BINGET, b"\x02", STACK_GLOBAL,
                       SHORT_BINUNICODE, b"\x11echo aibom-corpus", TUPLE1, REDUCE, STOP)
write("bypass-memo-confusion-2.pkl", memo_confusion2, "denied", "memo confusion (picklescan #14)")
# modelscan #85: BUILD sets attributes on an imported function, then a dotted name reads them back
build_attrs = hand(PROTO, b"\x05", GLOBAL, b"numpy\nprod\n",
                   NONE, MARK, UNICODE, b"a\n", UNICODE, b"os\n", DICT, TUPLE2, BUILD,
                   NONE, MARK, UNICODE, b"b\n", UNICODE, b"system\n", DICT, TUPLE2, BUILD,
                   POP, GLOBAL, b"numpy\nprod.a\n", PUT, b"0\n", GLOBAL, b"numpy\nprod.b\n", PUT, b"1\n", POP, POP,
                   GET, b"0\n", GET, b"1\n", STACK_GLOBAL, UNICODE, b"echo aibom-corpus\n", TUPLE1, REDUCE, STOP)
write("bypass-build-attributes.pkl", build_attrs, "denied", "BUILD on an imported object (modelscan #85)")
# modelscan #330: numpy.__builtins__ through an allowlisted module, BUILD to plant it, then eval
dunder = bytes.fromhex("80049566000000000000008c056e756d70798c0473697a659394948c056e756d70798c0c5f5f6275696c74696e73"
                       "5f5f93949468017d7d8c0573686170656803738662680168018c046576616c86528c1d5f5f696d706f72745f5f28"
                       "226f7322292e73797374656d28226964222985522e")
write("bypass-numpy-builtins.pkl", dunder, "denied", "dunder attribute through numpy (modelscan #330)")
# modelscan #331: importlib.import_module('builtins') then getattr chains
getattr_chain = hand(PROTO, b"\x04",
                     SHORT_BINUNICODE, b"\x09importlib", SHORT_BINUNICODE, b"\x0dimport_module", STACK_GLOBAL, MEMOIZE,
                     SHORT_BINUNICODE, b"\x08builtins", TUPLE1, REDUCE, MEMOIZE,
                     SHORT_BINUNICODE, b"\x08builtins", SHORT_BINUNICODE, b"\x07getattr", STACK_GLOBAL, MEMOIZE,
                     BINGET, b"\x02", BINGET, b"\x01", SHORT_BINUNICODE, b"\x04eval", TUPLE2, REDUCE,
                     SHORT_BINUNICODE, b"\x04\x31+\x31\x31", TUPLE1, REDUCE, STOP)
write("bypass-getattr-chain.pkl", getattr_chain, "denied", "importlib and getattr chain (modelscan #331)")
# modelscan #338: command execution through a lesser-known module
collect_env = hand(PROTO, b"\x04", SHORT_BINUNICODE, b"\x17torch.utils.collect_env", SHORT_BINUNICODE, b"\x03run",
                   STACK_GLOBAL, SHORT_BINUNICODE, b"\x11echo aibom-corpus", TUPLE1, REDUCE, STOP)
write("bypass-collect-env.pkl", collect_env, "denied", "torch.utils.collect_env.run (modelscan #338)")
spawn = hand(PROTO, b"\x04", SHORT_BINUNICODE, b"\x14multiprocessing.util", SHORT_BINUNICODE,
             b"\x0espawnv_passfds", STACK_GLOBAL, SHORT_BINUNICODE, b"\x07/bin/sh", TUPLE1, REDUCE, STOP)
write("bypass-spawnv.pkl", spawn, "denied", "multiprocessing.util.spawnv_passfds (modelscan #338)")

# --- stacked pickles: a benign one first, the malicious one after it
benign = pickle.dumps({"weights": [1.0, 2.0]}, protocol=2)
write("stacked-benign-then-os.pkl", benign + payload(OsSystem, 2), "denied", "a second pickle after a benign one")
write("stacked-benign-then-eval.pkl", pickle.dumps(OrderedDict(a=1), protocol=4) + payload(Eval), "denied",
      "a second pickle after a benign one")
write("trailing-garbage.pkl", benign + b"\x00\x01not a pickle", "unknown", "bytes after the last pickle")

# --- PyTorch
evil_state = OrderedDict(w=torch.zeros(2), hook=OsSystem())
buffer = io.BytesIO()
torch.save(evil_state, buffer)
write("torch-zip-os-system.pt", buffer.getvalue(), "denied", "PyTorch zip checkpoint")
buffer = io.BytesIO()
torch.save(evil_state, buffer, _use_new_zipfile_serialization=False)
write("torch-legacy-os-system.pt", buffer.getvalue(), "denied", "legacy torch.save (several pickles)")
buffer = io.BytesIO()
torch.save({"w": torch.arange(4.0)}, buffer, _use_new_zipfile_serialization=False)
write("torch-legacy-appended-pickle.pt", buffer.getvalue() + payload(OsSystem, 2), "denied",
      "a pickle appended after a legacy checkpoint's storages")

# --- joblib: arrays between the opcodes, then the payload; every compressor
evil_model = {"coef": np.arange(6, dtype=np.float64).reshape(2, 3), "labels": np.array(["a", "b"]),
              "hook": OsSystem()}
for name, compress in [("joblib-array-then-os.joblib", 0), ("joblib-array-then-os-zlib.joblib", ("zlib", 3)),
                       ("joblib-array-then-os-gzip.joblib", ("gzip", 3)), ("joblib-array-then-os-bz2.joblib",
                                                                           ("bz2", 3)),
                       ("joblib-array-then-os-xz.joblib", ("xz", 3)), ("joblib-array-then-os-lzma.joblib",
                                                                        ("lzma", 3)),
                       ("joblib-array-then-os-lz4.joblib", ("lz4", 3))]:
    buffer = io.BytesIO()
    joblib.dump(evil_model, buffer, compress=compress)
    write(name, buffer.getvalue(), "denied", "joblib: payload after a numpy array" + (
        f" ({compress[0]})" if compress else ""))
buffer = io.BytesIO()
joblib.dump({"objects": np.array([OsSystem(), 1], dtype=object)}, buffer)
write("joblib-object-array-os.joblib", buffer.getvalue(), "denied", "joblib: payload inside an object array")

# --- numpy object arrays
buffer = io.BytesIO()
np.save(buffer, np.array([OsSystem(), "x"], dtype=object), allow_pickle=True)
write("numpy-object-os.npy", buffer.getvalue(), "denied", "numpy object array")
buffer = io.BytesIO()
np.savez(buffer, weights=np.arange(3), hook=np.array([Eval()], dtype=object))
write("numpy-object-eval.npz", buffer.getvalue(), "denied", "numpy object array in an .npz")

# --- Keras
import keras  # noqa: E402
import h5py  # noqa: E402

keras.config.enable_unsafe_deserialization()
keras.utils.set_random_seed(0)


def dense_model(with_lambda=False):
    keras.utils.set_random_seed(0)
    torch.manual_seed(0)
    keras.backend.clear_session()
    layers = [keras.Input((4,)), keras.layers.Dense(3, activation="relu")]
    if with_lambda:
        layers.append(keras.layers.Lambda(lambda x: x * 2))
    layers.append(keras.layers.Dense(1, activation="sigmoid"))
    return keras.Sequential(layers)


def keras_bytes(model):
    model.save("tmp.keras")
    data = open("tmp.keras", "rb").read()
    os.remove("tmp.keras")
    # rewrite with fixed dates: keras writes the clock into the zip
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_bytes([(n, source.read(n)) for n in sorted(source.namelist())])


def h5_bytes(model):
    model.save("tmp.h5")
    data = open("tmp.h5", "rb").read()
    os.remove("tmp.h5")
    return data


write("keras-lambda.keras", keras_bytes(dense_model(True)), "denied", "Keras 3 Lambda layer")
write("keras-lambda.h5", h5_bytes(dense_model(True)), "denied", "legacy Keras HDF5 Lambda layer")
dense_config = json.loads(zipfile.ZipFile(io.BytesIO(keras_bytes(dense_model()))).read("config.json"))


def keras_with(config):
    source = zipfile.ZipFile(io.BytesIO(keras_bytes(dense_model())))
    return zip_bytes([(n, json.dumps(config).encode() if n == "config.json" else source.read(n))
                      for n in sorted(source.namelist())])


escaped = json.dumps(dense_config).replace('"class_name": "Dense"', '"class_name": "Lam\\u0062da"', 1)
source = zipfile.ZipFile(io.BytesIO(keras_bytes(dense_model())))
write("keras-lambda-escaped.keras", zip_bytes([(n, escaped.encode() if n == "config.json" else source.read(n))
                                               for n in sorted(source.namelist())]), "denied",
      "Keras Lambda spelled with a JSON escape")
module_os = json.loads(json.dumps(dense_config))
module_os["config"]["layers"][1] = {"module": "os", "class_name": "system", "config": {"command": "echo"},
                                    "registered_name": None}
write("keras-module-os.keras", keras_with(module_os), "denied", "Keras object from a module that runs code"
                                                                 " (CVE-2025-1550)")
get_file = json.loads(json.dumps(dense_config))
get_file["config"]["layers"][1] = {"module": "keras.utils", "class_name": "get_file",
                                   "config": {"origin": "https://example.invalid/x"}, "registered_name": None}
write("keras-get-file.keras", keras_with(get_file), "denied", "Keras function that fetches files (CVE-2025-8747)")
# the legacy HDF5 model_config attribute, rewritten with an escaped Lambda: a byte search does not find it
data = h5_bytes(dense_model())
with open("tmp.h5", "wb") as f:
    f.write(data)
with h5py.File("tmp.h5", "r+") as f:
    config = f.attrs["model_config"]
    config = config if isinstance(config, str) else config.decode()
    f.attrs["model_config"] = config.replace('"class_name": "Dense"', '"class_name": "Lam\\u0062da"', 1)
write("keras-lambda-escaped.h5", open("tmp.h5", "rb").read(), "denied", "legacy Keras Lambda with a JSON escape")
os.remove("tmp.h5")
# many attributes with the latest file format: HDF5 keeps them in dense storage (a fractal heap), not in the header
data = h5_bytes(dense_model(True))
with open("tmp.h5", "wb") as f:
    f.write(data)
with h5py.File("tmp.h5", "r") as f:
    config = f.attrs["model_config"]
with h5py.File("tmp-dense.h5", "w", libver="latest") as f:
    for i in range(40):
        f.attrs[f"padding_{i:02d}"] = "x" * 64
    f.attrs["model_config"] = config
write("keras-lambda-dense-attributes.h5", open("tmp-dense.h5", "rb").read(), "denied",
      "legacy Keras Lambda in dense attribute storage")
os.remove("tmp.h5")
os.remove("tmp-dense.h5")

# ======================================================================== benign files

values = {"when": datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "day": date(2026, 1, 2),
          "window": timedelta(days=3), "price": Decimal("1.25"), "ratio": Fraction(1, 3),
          "ordered": OrderedDict(a=1), "counts": Counter("abca"), "groups": defaultdict(list, {"x": [1]}),
          "queue": deque([1, 2]), "flags": frozenset({1, 2}), "raw": bytearray(b"ab"), "z": complex(1, 2)}
write("benign-stdlib-values.p4.pkl", pickle.dumps(values, protocol=4), "clean", "standard-library value types")
write("benign-stdlib-values.p2.pkl", pickle.dumps(values, protocol=2), "clean", "standard-library value types")

from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.ensemble import RandomForestClassifier  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]] * 5)
y = np.array([0, 1, 1, 0] * 5)
logistic = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)
forest = RandomForestClassifier(n_estimators=3, max_depth=2, random_state=0).fit(X, y)
write("benign-sklearn-pipeline.pkl", pickle.dumps(logistic, protocol=5), "clean", "scikit-learn pipeline (pickle)")
for name, compress in [("benign-sklearn-forest.joblib", 0), ("benign-sklearn-forest-zlib.joblib", ("zlib", 3)),
                       ("benign-sklearn-forest-xz.joblib", ("xz", 3)), ("benign-sklearn-forest-lz4.joblib",
                                                                         ("lz4", 3))]:
    buffer = io.BytesIO()
    joblib.dump(forest, buffer, compress=compress)
    write(name, buffer.getvalue(), "clean", "scikit-learn forest (joblib" + (f", {compress[0]}" if compress
                                                                             else "") + ")")
buffer = io.BytesIO()
joblib.dump({"a": np.arange(12, dtype=np.float32).reshape(3, 4), "b": np.array(["x", "yz"]),
             "c": np.zeros((2, 2), dtype=np.complex128)}, buffer, compress=("bz2", 3))
write("benign-joblib-arrays-bz2.joblib", buffer.getvalue(), "clean", "joblib numpy arrays (bz2)")
buffer = io.BytesIO()
joblib.dump({"a": np.arange(12, dtype=np.int64), "m": np.ones((2, 3))}, buffer, compress=("gzip", 3))
write("benign-joblib-arrays-gzip.joblib", buffer.getvalue(), "clean", "joblib numpy arrays (gzip)")

torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Dropout(0.1), torch.nn.Linear(3, 1))
buffer = io.BytesIO()
torch.save(net, buffer)
write("benign-torch-whole-module.pt", buffer.getvalue(), "clean", "torch.save of a whole nn.Module (zip)")
buffer = io.BytesIO()
torch.save(net.state_dict(), buffer)
write("benign-torch-state-dict.pt", buffer.getvalue(), "clean", "torch.save of a state dict (zip)")
buffer = io.BytesIO()
torch.save(net.state_dict(), buffer, _use_new_zipfile_serialization=False)
write("benign-torch-legacy.pt", buffer.getvalue(), "clean", "legacy torch.save of a state dict")
buffer = io.BytesIO()
torch.save({"epoch": 3, "model": net.state_dict(), "optimizer": torch.optim.SGD(net.parameters(), lr=0.1)
           .state_dict()}, buffer)
write("benign-torch-checkpoint.pt", buffer.getvalue(), "clean", "training checkpoint with optimizer state (zip)")


class Scorer:  # an application's own class: not known to be safe, but not known to run code either
    def __init__(self):
        self.threshold = 0.5
        self.weights = [0.1, 0.2]


Scorer.__module__ = "myapp.model"
sys.modules.setdefault("myapp", type(sys)("myapp"))
sys.modules.setdefault("myapp.model", type(sys)("myapp.model"))
sys.modules["myapp.model"].Scorer = Scorer
write("app-class.pkl", pickle.dumps(Scorer(), protocol=4), "unknown", "an application's own class")

buffer = io.BytesIO()
np.save(buffer, np.arange(10, dtype=np.float32))
write("benign-array.npy", buffer.getvalue(), "clean", "numpy array")
buffer = io.BytesIO()
np.savez_compressed(buffer, a=np.arange(3), b=np.ones((2, 2)))
write("benign-arrays.npz", buffer.getvalue(), "clean", "numpy arrays (.npz)")
buffer = io.BytesIO()
np.save(buffer, np.zeros(3, dtype=[("x", "<f4"), ("y", "<i8")]))
write("benign-structured.npy", buffer.getvalue(), "clean", "numpy structured array")

write("benign-dense.keras", keras_bytes(dense_model()), "clean", "Keras 3 model")
write("benign-dense.h5", h5_bytes(dense_model()), "clean", "legacy Keras HDF5 model")

import onnx  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

weights = numpy_helper.from_array(np.ones((2, 2), dtype=np.float32), "w")
graph = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "g",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])], [weights])
model = helper.make_model(graph, producer_name="aibom-corpus", opset_imports=[helper.make_opsetid("", 17)])
write("benign-matmul.onnx", model.SerializeToString(), "clean", "ONNX model")


def external(tensor, location):
    tensor.data_location = TensorProto.EXTERNAL
    tensor.ClearField("raw_data")
    entry = tensor.external_data.add()
    entry.key = "location"
    entry.value = location
    return tensor


# external data in an If node's subgraph, in a node attribute tensor, and in a function: all must stay in the folder
inner = helper.make_graph([helper.make_node("Identity", ["c"], ["out"])], "then",
                          [], [helper.make_tensor_value_info("out", TensorProto.FLOAT, [2, 2])],
                          [external(numpy_helper.from_array(np.ones((2, 2), np.float32), "c"), "../../etc/hosts")])
if_node = helper.make_node("If", ["cond"], ["y"], then_branch=inner, else_branch=inner)
outer = helper.make_graph([if_node], "g", [helper.make_tensor_value_info("cond", TensorProto.BOOL, [])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 2])])
write("onnx-external-in-subgraph.onnx", helper.make_model(outer, opset_imports=[helper.make_opsetid("", 17)])
      .SerializeToString(), "unsafe", "ONNX external data in an If subgraph")
constant = helper.make_node("Constant", [], ["k"], value=external(numpy_helper.from_array(
    np.ones(2, np.float32), "k"), "/etc/passwd"))
attr_graph = helper.make_graph([constant], "g", [], [helper.make_tensor_value_info("k", TensorProto.FLOAT, [2])])
write("onnx-external-in-attribute.onnx", helper.make_model(attr_graph, opset_imports=[helper.make_opsetid("", 17)])
      .SerializeToString(), "unsafe", "ONNX external data in a node attribute")
function = helper.make_function("corpus", "F", [], ["k"], [helper.make_node("Constant", [], ["k"],
                                value=external(numpy_helper.from_array(np.ones(2, np.float32), "k"),
                                               "../secret.bin"))], [helper.make_opsetid("", 17)])
fn_graph = helper.make_graph([helper.make_node("F", [], ["k"], domain="corpus")], "g", [],
                             [helper.make_tensor_value_info("k", TensorProto.FLOAT, [2])])
write("onnx-external-in-function.onnx", helper.make_model(fn_graph, functions=[function], opset_imports=[
    helper.make_opsetid("", 17), helper.make_opsetid("corpus", 1)]).SerializeToString(), "unsafe",
      "ONNX external data in a function")

with open("expected.tsv", "w") as f:
    f.write("# file\texpected\ttechnique or kind (written by make_corpus.py)\n")
    for name, expect, technique in EXPECTED:
        f.write(f"{name}\t{expect}\t{technique}\n")
print(f"{len(EXPECTED)} files written")
