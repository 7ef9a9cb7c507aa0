#!/usr/bin/env bash
# Model-file scanning, aibom next to picklescan on the same files in the same run: scan time per file in one process
# (each tool scans the whole list in one process, every file ROUNDS times; the median of the warm rounds is reported,
# and the first, cold one), and what each answers. The files: the scanner corpus (shared-core/.../format/corpus: pickles,
# PyTorch, joblib, numpy, Keras, ONNX) and two 1 GiB files made here, a safetensors file and a PyTorch zip checkpoint.
# Needs java 17+, python 3.11+ and picklescan importable: `pip install picklescan==1.0.5`, or PICKLESCAN_SRC pointing at
# its source folder (the one that holds picklescan/). Usage: benchmarks/scan-vs-picklescan.sh [rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || mvn -B -q -f "$root/pom.xml" -pl benchmarks -am package -DskipTests
corpus="$root/shared-core/src/test/resources/dev/aibom/core/format/corpus"
work="$root/benchmarks/target/scan"; mkdir -p "$work"
export PYTHONPATH="${PICKLESCAN_SRC:-}${PYTHONPATH:+:$PYTHONPATH}"
python3 -c 'import picklescan.scanner' 2>/dev/null || { echo "picklescan is not importable: pip install picklescan==1.0.5, or set PICKLESCAN_SRC"; exit 2; }
python3 - "$work" <<'PY'
import os, struct, sys, zipfile
work = sys.argv[1]
gib = 1 << 30
st = os.path.join(work, "big-1gib.safetensors")
if not os.path.exists(st):
    header = b'{"w":{"dtype":"F32","shape":[%d],"data_offsets":[0,%d]}}' % (gib // 4, gib)
    header += b" " * ((8 - len(header) % 8) % 8)
    with open(st, "wb") as f:
        f.write(struct.pack("<Q", len(header)) + header)
        chunk = b"\0" * (16 << 20)
        for _ in range(gib // len(chunk)):
            f.write(chunk)
pt = os.path.join(work, "big-1gib.pt")
if not os.path.exists(pt):
    # a PyTorch zip as torch.save writes one: data.pkl (a state dict of one float tensor), byteorder, data/0, version
    data_pkl = (b"\x80\x02}q\x00X\x01\x00\x00\x00wq\x01ctorch._utils\n_rebuild_tensor_v2\nq\x02((X\x07\x00\x00\x00"
                b"storageq\x03ctorch\nFloatStorage\nq\x04X\x01\x00\x00\x000q\x05X\x03\x00\x00\x00cpuq\x06J\x00\x00"
                b"\x00\x10tq\x07QK\x00J\x00\x00\x00\x10\x85q\x08K\x01\x85q\t\x89ccollections\nOrderedDict\nq\n)Rq"
                b"\x0btq\x0cRq\rs.")
    with zipfile.ZipFile(pt, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
        for name, content in [("big/data.pkl", data_pkl), ("big/byteorder", b"little"), ("big/version", b"3\n")]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content)
        with z.open(zipfile.ZipInfo("big/data/0", date_time=(2026, 1, 1, 0, 0, 0)), "w", force_zip64=True) as f:
            chunk = b"\0" * (16 << 20)
            for _ in range(gib // len(chunk)):
                f.write(chunk)
PY
files=("$corpus"/*.pkl "$corpus"/*.pt "$corpus"/*.joblib "$corpus"/*.npy "$corpus"/*.npz "$corpus"/renamed-os-system*
       "$work/big-1gib.safetensors" "$work/big-1gib.pt")
echo "$(printf '%s\n' "${files[@]}" | wc -l) files, $rounds rounds each; $(nproc) cores; $(java -version 2>&1 | head -1)"
java -cp "$jar" dev.aibom.bench.ScanTimes "$rounds" "${files[@]}" > "$work/aibom.tsv"
python3 - "$rounds" "${files[@]}" > "$work/picklescan.tsv" <<'PY'
import os, statistics, sys, time
from picklescan.scanner import scan_file_path
rounds = int(sys.argv[1])
for path in sys.argv[2:]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        result = scan_file_path(path)
        times.append((time.perf_counter() - start) * 1000)
    warm = times[1:] if rounds > 1 else times
    answer = "error" if result.scan_err else ("infected" if result.infected_files else "clean")
    print(f"{os.path.basename(path)}\t{answer}\t{statistics.median(warm):.2f}\t{times[0]:.2f}")
PY
printf '%-40s %-12s %-10s %10s %10s | %-9s %10s %10s\n' file format aibom "warm ms" "cold ms" picklescan "warm ms" "cold ms"
paste "$work/aibom.tsv" "$work/picklescan.tsv" | awk -F'\t' '{printf "%-40s %-12s %-10s %10s %10s | %-9s %10s %10s\n", $1, $2, $3, $4, $5, $7, $8, $9}'
awk -F'\t' '{a += $4} END {printf "aibom total (warm): %.1f ms\n", a}' "$work/aibom.tsv"
awk -F'\t' '{a += $3} END {printf "picklescan total (warm): %.1f ms\n", a}' "$work/picklescan.tsv"
