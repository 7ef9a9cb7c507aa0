#!/usr/bin/env bash
# Evaluation time of the default policy on a 10,000-component BOM (warm).
# Usage, from the repository root: shared-core/bench/controls.sh [components] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -f ../pom.xml -pl shared-core -am test-compile -DskipTests
mvn -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.aibom.core.bench.ControlsBenchmark \
  -Dexec.args="${1:-10000} ${2:-10}"
