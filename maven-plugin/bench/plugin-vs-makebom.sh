#!/usr/bin/env bash
# Time the aibom goals (generate + sign + check) add to the credit-risk-scorer example build, next to
# cyclonedx-maven-plugin's makeBom on the same project, in the same run. Each figure is the mean wall time of N
# Maven invocations (Maven start-up included for both, so the difference is what each plugin costs).
# Usage, from the repository root, after `mvn -B install -DskipTests`: maven-plugin/bench/plugin-vs-makebom.sh [N]
set -euo pipefail
runs=${1:-5}
cd "$(dirname "$0")/../../examples/credit-risk-scorer"
# skipNotDeployed=false: the example is not deployed, and makeBom would otherwise skip it and measure nothing
makebom="org.cyclonedx:cyclonedx-maven-plugin:2.9.1:makeBom -Dcyclonedx.skipNotDeployed=false"
aibom="dev.aibom:aibom-maven-plugin:0.1.0-SNAPSHOT"
# key for aibom:sign, and one run of each to fetch plugins and warm the file cache
mvn -B -q "$aibom:keygen" -Daibom.privateKey=target/demo-keys/signing-key.pem \
    -Daibom.publicKey=target/demo-keys/signing-key.pub.pem -Daibom.ifMissing=true
mvn -B -q $makebom >/dev/null
mvn -B -q "$aibom:generate" "$aibom:sign" "$aibom:check" >/dev/null

time_it() {
  local total=0
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    mvn -B -q "$@" >/dev/null
    end=$(date +%s%N)
    total=$(( total + (end - start) / 1000000 ))
  done
  echo $(( total / runs ))
}
noop=$(time_it "$aibom:keygen" -Daibom.privateKey=target/demo-keys/signing-key.pem \
    -Daibom.publicKey=target/demo-keys/signing-key.pub.pem -Daibom.ifMissing=true)
cyclonedx=$(time_it $makebom)
generate=$(time_it "$aibom:generate")
ours=$(time_it "$aibom:generate" "$aibom:sign" "$aibom:check")
echo "mean of $runs Maven runs on examples/credit-risk-scorer (each includes Maven start-up):"
echo "  aibom no-op (keygen, key exists):     ${noop} ms"
echo "  cyclonedx-maven-plugin makeBom:       ${cyclonedx} ms"
echo "  aibom generate:                       ${generate} ms"
echo "  aibom generate + sign + check:        ${ours} ms"
