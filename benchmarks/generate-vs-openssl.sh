#!/usr/bin/env bash
# SHA-256 of one big model file end to end in a cold `aibom generate`, against `openssl dgst -sha256` of the same file:
# the credit-risk-scorer example with its safetensors model replaced by SIZE of random bytes, generated without a hash
# cache, minus the example as it is (that difference is the hashing), interleaved with openssl in every round;
# medians. The file stays in the page cache, so both measure hashing, not the disk.
# Usage, from anywhere: benchmarks/generate-vs-openssl.sh [rounds, default 5] [size in MiB, default 1024]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"; mib="${2:-1024}"
jar="$root/cli/target/aibom-cli-0.1.0-SNAPSHOT-all.jar"
[ -f "$jar" ] || mvn -B -q -f "$root/pom.xml" -pl cli -am package -DskipTests
work="$root/benchmarks/target/generate-vs-openssl"; rm -rf "$work"; mkdir -p "$work"
cp -r "$root/examples/credit-risk-scorer" "$work/small"; rm -rf "$work/small/target"
cp -r "$work/small" "$work/big"
model="$work/big/models/loan-purpose-centroids.safetensors"
head -c "$((mib * 1024 * 1024))" /dev/urandom > "$model"
gen() { java -jar "$jar" generate --descriptor "$1/aibom.yaml" --output "$1/bom.json" --timestamp 0 >/dev/null 2>&1; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
gen "$work/big"; gen "$work/small"; openssl dgst -sha256 "$model" >/dev/null   # page cache, first JIT of nothing
a=(); b=(); o=()
for ((i = 0; i < rounds; i++)); do
  a+=("$(ms gen "$work/small")"); b+=("$(ms gen "$work/big")"); o+=("$(ms openssl dgst -sha256 "$model")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}"); mo=$(median "${o[@]}")
d=$((mb - ma))
echo "generate: example $ma ms, with a $mib MiB model $mb ms: hashing adds $d ms; openssl dgst -sha256 $mo ms;" \
  "aibom $(echo "scale=2; $mo / $d" | bc) x openssl ($rounds rounds)"
