#!/usr/bin/env bash
# Time the aibom goals (generate + sign + check) add to the credit-risk-scorer example build, next to
# cyclonedx-maven-plugin's makeBom on the same project, in the same run. Each round runs the three Maven invocations
# below once, in a random order, so that drift in the machine's speed hits all of them alike; the figures are means
# over the rounds. "Added" is the time over a Maven run that only loads the aibom plugin and does nothing (keygen with
# the key already there): Maven's own start-up is the same for every invocation and is left out.
# Usage, from the repository root, after `mvn -B install -DskipTests`: maven-plugin/bench/plugin-vs-makebom.sh [ROUNDS]
set -euo pipefail
rounds=${1:-20}
cd "$(dirname "$0")/../../examples/credit-risk-scorer"
# the example's build uses the company control of examples/custom-control as a plugin dependency: install it
mvn -B -q -f ../../pom.xml -pl examples,examples/custom-control install -Dmaven.install.skip=false -DskipTests
aibom="dev.aibom:aibom-maven-plugin:0.1.0-SNAPSHOT"
keys="-Daibom.privateKey=target/demo-keys/signing-key.pem -Daibom.publicKey=target/demo-keys/signing-key.pub.pem"
names=(noop makebom aibom)
declare -A commands=(
  [noop]="mvn -B -q $aibom:keygen $keys -Daibom.ifMissing=true"
  # skipNotDeployed=false: the example is not deployed, and makeBom would otherwise skip it and measure nothing
  [makebom]="mvn -B -q org.cyclonedx:cyclonedx-maven-plugin:2.9.1:makeBom -Dcyclonedx.skipNotDeployed=false"
  [aibom]="mvn -B -q $aibom:generate $aibom:sign $aibom:check"
)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() {
  if ! ${commands[$1]} >"$log" 2>&1; then
    echo "$1 failed: ${commands[$1]}" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
}
# the key for aibom:sign, and one run of each to fetch plugins and warm the file cache
for name in "${names[@]}"; do run "$name"; done

declare -A total=([noop]=0 [makebom]=0 [aibom]=0)
differences=()
for round in $(seq "$rounds"); do
  declare -A took=()
  for name in $(printf '%s\n' "${names[@]}" | shuf); do
    start=$(date +%s%N)
    run "$name"
    took[$name]=$(( ($(date +%s%N) - start) / 1000000 ))
    total[$name]=$(( total[$name] + took[$name] ))
  done
  differences+=($(( took[aibom] - took[makebom] )))
done
noop=$(( total[noop] / rounds )); makebom=$(( total[makebom] / rounds )); ours=$(( total[aibom] / rounds ))
spread=$(printf '%s\n' "${differences[@]}" | awk '{s+=$1; q+=$1*$1; n++} END {m=s/n; sd=sqrt((q-n*m*m)/(n-1));
  printf "%+.0f ms (95%% confidence interval %+.0f..%+.0f ms)", m, m-1.96*sd/sqrt(n), m+1.96*sd/sqrt(n)}')
echo "mean of $rounds interleaved rounds on examples/credit-risk-scorer (wall time of each Maven run):"
echo "  Maven + aibom plugin, no work (keygen, key exists):  ${noop} ms"
echo "  cyclonedx-maven-plugin makeBom:                      ${makebom} ms  (adds $(( makebom - noop )) ms)"
echo "  aibom generate + sign + check:                       ${ours} ms  (adds $(( ours - noop )) ms)"
echo "  aibom minus makeBom, per round:                      ${spread}"
