#!/usr/bin/env bash
# What the hash cache saves: the second `aibom generate` of the credit-risk-scorer example with an 8 GiB model file
# (sparse: no disk space needed, but every byte is read and hashed) against the example as it is, interleaved A B A B,
# medians of wall time; plus the first, uncached run with the big model.
# Usage, from anywhere: benchmarks/hash-cache.sh [rounds] [size, default 8G]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"; size="${2:-8G}"
jar="$root/cli/target/aibom-cli-0.1.0-SNAPSHOT-all.jar"
[ -f "$jar" ] || mvn -B -q -f "$root/pom.xml" -pl cli -am package -DskipTests
work="$root/benchmarks/target/hash-cache"; rm -rf "$work"; mkdir -p "$work"
cp -r "$root/examples/credit-risk-scorer" "$work/small"; rm -rf "$work/small/target"
cp -r "$work/small" "$work/big"
model="$work/big/models/loan-purpose-centroids.safetensors"
rm "$model"; truncate -s "$size" "$model"; touch -d '2026-01-01 00:00:00' "$model"
gen() { java -jar "$jar" generate --descriptor "$1/aibom.yaml" --output "$1/bom.json" --timestamp 0 \
  --hash-cache "$1/cache" >/dev/null 2>&1; }
ms() { local s e; s=$(date +%s%N); "$@"; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
echo "model: $size (sparse); first, uncached run: $(ms gen "$work/big") ms"
gen "$work/small"
a=(); b=()
for ((i = 0; i < rounds; i++)); do
  a+=("$(ms gen "$work/small")"); b+=("$(ms gen "$work/big")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "example as it is: median $ma ms; with the $size model, cached: median $mb ms; difference $((mb - ma)) ms ($rounds rounds)"
