#!/usr/bin/env bash
# What discovery and model-format inspection add to the example build's aibom work, warm, interleaved rounds,
# in a JVM of its own (not Maven's). Usage, from the repository root: shared-core/bench/discovery.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -f ../pom.xml -pl shared-core -am test-compile -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xms512m -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.aibom.core.bench.DiscoveryOverheadBenchmark "${1:-30}"
