#!/usr/bin/env bash
# Sign/verify time of a 10,000-component BOM and JCS canonicalization vs Jackson parse+write.
# Usage, from the repository root: shared-core/bench/signature.sh [components] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -f ../pom.xml -pl shared-core -am test-compile -DskipTests
mvn -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.aibom.core.bench.SignatureBenchmark \
  -Dexec.args="${1:-10000} ${2:-15}"
