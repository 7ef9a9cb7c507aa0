#!/usr/bin/env bash
# Whole-process benchmark at scale: aibom's validate, sign, verify and check of an N-component BOM (default 100,000:
# 235 MB on one line), each interleaved with its anchor in the same round - Node's JSON.parse x3 for validate, a Node
# JSF signer and verifier (canonicalize + crypto, benchmarks/node/jsf.js) for sign and verify - A B A B ..., medians
# of wall time and peak RSS (GNU time). Needs java 17+, node 18+, npm, openssl and /usr/bin/time.
# Usage, from anywhere: benchmarks/whole-process.sh [components] [rounds]; JAVA_OPTS for aibom's JVM (e.g. -Xmx1g).
# aibom runs with --max-bom-size 4G, so that the default read limit (a sixteenth of the heap) does not stop it before
# the heap does: what is measured is the memory each operation needs. An operation that fails (out of memory at a
# small -Xmx) is reported as failed, with its message, and the others still run. aibom runs as users run it: the
# distribution's launcher (bin/aibom, which picks the collector by command), class data sharing off.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"; rounds="${2:-3}"
zip="$root/cli/target/aibom-0.1.0-SNAPSHOT.zip"
[ -f "$zip" ] || mvn -B -q -f "$root/pom.xml" -pl cli -am package -DskipTests
(cd "$root/benchmarks/node" && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null)
work="$root/benchmarks/target/whole-process"; mkdir -p "$work"; cd "$work"
rm -rf dist && mkdir dist && (cd dist && unzip -q "$zip")
aibom=(env AIBOM_CDS=off "$(echo "$work"/dist/*/bin/aibom)")
limit=(--max-bom-size 4G)
if [ ! -f "bom-$n.json" ]; then
  "${aibom[@]}" generate --descriptor "$root/examples/credit-risk-scorer/aibom.yaml" --output example.json --timestamp 0 >/dev/null
  node "$root/benchmarks/node/make-bom.js" example.json "$n" "bom-$n.json"
fi
[ -f key.pem ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem 2>/dev/null
openssl pkey -in key.pem -pubout -out key.pub.pem 2>/dev/null
node_opts="--max-old-space-size=16384"
measure() { # name command...: appends "seconds KB" to name.txt, or "failed" when the command fails
  local name="$1"; shift
  if /usr/bin/time -f "%e %M" -o time.tmp "$@" >/dev/null 2>err.tmp; then
    cat time.tmp >> "$name.txt"
  else
    echo failed >> "$name.txt"; echo "$name failed: $(grep -v '^Command exited' err.tmp | tail -1)" >&2
  fi
}
rm -f ./*.txt
echo "BOM: $n components, $(stat -c %s "bom-$n.json") bytes; $rounds rounds; JAVA_OPTS=${JAVA_OPTS:-(none)}"
for r in $(seq "$rounds"); do
  measure aibom-validate "${aibom[@]}" validate "bom-$n.json" "${limit[@]}"
  measure node-parse3 node $node_opts "$root/benchmarks/node/jsf.js" parse3 "bom-$n.json"
  cp "bom-$n.json" signed.json
  measure aibom-sign "${aibom[@]}" sign signed.json --key key.pem "${limit[@]}"
  [ "$(tail -1 aibom-sign.txt)" != failed ] || node "$root/benchmarks/node/jsf.js" sign "bom-$n.json" key.pem signed.json
  measure node-sign node $node_opts "$root/benchmarks/node/jsf.js" sign "bom-$n.json" key.pem node-signed.json
  measure aibom-verify "${aibom[@]}" verify signed.json --trusted-key key.pub.pem --skip-files "${limit[@]}"
  measure node-verify node $node_opts "$root/benchmarks/node/jsf.js" verify node-signed.json
  measure aibom-check "${aibom[@]}" check "bom-$n.json" --suppliers "$root/examples/credit-risk-scorer/suppliers.yaml" --reports reports --fail-on never "${limit[@]}"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
row() { # label aibom-file anchor-file
  if grep -q failed "$2.txt"; then printf "%-9s aibom failed in %d of %d rounds\n" "$1" "$(grep -c failed "$2.txt")" "$rounds"; return; fi
  local t m; t=$(cut -d' ' -f1 "$2.txt" | median); m=$(cut -d' ' -f2 "$2.txt" | median)
  if [ -n "${3:-}" ]; then
    local at am; at=$(cut -d' ' -f1 "$3.txt" | median); am=$(cut -d' ' -f2 "$3.txt" | median)
    printf "%-9s aibom %6.2f s %6.0f MiB | %-22s %6.2f s %6.0f MiB | time ratio %.2f\n" "$1" "$t" "$(echo "$m/1024" | bc -l)" "$3" "$at" "$(echo "$am/1024" | bc -l)" "$(echo "$t/$at" | bc -l)"
  else
    printf "%-9s aibom %6.2f s %6.0f MiB\n" "$1" "$t" "$(echo "$m/1024" | bc -l)"
  fi
}
row validate aibom-validate node-parse3
row sign aibom-sign node-sign
row verify aibom-verify node-verify
row check aibom-check
