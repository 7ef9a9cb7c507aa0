#!/usr/bin/env bash
# Hashing throughput of aibom next to `openssl dgst -sha256` on the same 1 GiB files (4 GiB of scratch space in
# shared-core/target/bench). Usage, from the repository root: shared-core/bench/hash-throughput.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -f ../pom.xml -pl shared-core -am test-compile -DskipTests
mvn -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.aibom.core.bench.HashThroughputBenchmark \
  -Dexec.args="target/bench ${1:-5}"
