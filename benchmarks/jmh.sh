#!/usr/bin/env bash
# JMH benchmarks of aibom-core (hashing, canonicalization, sign, verify, strict read, controls).
# Usage, from anywhere: benchmarks/jmh.sh [JMH options, e.g. HashingBenchmarks -p mib=1024]
# Builds benchmarks/target/benchmarks.jar when it is missing; prints JMH's table (ms per operation).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -f benchmarks/target/benchmarks.jar ]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
java -jar benchmarks/target/benchmarks.jar -jvmArgsAppend "-Daibom.bench.example=$root/examples/credit-risk-scorer" \
  -rf text -rff "$root/benchmarks/target/jmh-result.txt" "$@"
