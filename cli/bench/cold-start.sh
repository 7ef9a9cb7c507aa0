#!/usr/bin/env bash
# Cold start of `aibom verify` on the credit-risk-scorer example's signed BOM, against the JVM floor (`java -version`).
# Interleaved: each round runs both, in alternating order, so that machine noise hits both alike. Prints the median
# and the quartiles of each, in milliseconds.
#
#   mvn -B install -DskipTests            # builds the distribution and the example's signed BOM
#   cli/bench/cold-start.sh [ROUNDS]      # default 30
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-30}
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
dist=$(mktemp -d)
trap 'rm -rf "$dist"' EXIT
unzip -q "cli/target/aibom-$version.zip" -d "$dist"
aibom="$dist/aibom-$version/bin/aibom"
bom=examples/credit-risk-scorer/target/aibom/aibom.cdx.json
key=examples/credit-risk-scorer/target/demo-keys/signing-key.pub.pem
[ -f "$bom" ] || { echo "no $bom: run mvn -B install -DskipTests first" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

"$aibom" verify "$bom" --trusted-key "$key" --skip-files >/dev/null 2>&1 || {
  echo "aibom verify fails on $bom" >&2; exit 1; }

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
floor=(); verify=()
for ((i = 0; i < rounds; i++)); do
  if ((i % 2 == 0)); then
    floor+=("$(ms "$java" -version)"); verify+=("$(ms "$aibom" verify "$bom" --trusted-key "$key" --skip-files)")
  else
    verify+=("$(ms "$aibom" verify "$bom" --trusted-key "$key" --skip-files)"); floor+=("$(ms "$java" -version)")
  fi
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms (quartiles %d..%d, n=%d)", a[int((NR+1)/2)], a[int((NR+3)/4)], a[int((3*NR+3)/4)], NR}'; }
echo "java -version:  $(stats "${floor[@]}")"
echo "aibom verify:   $(stats "${verify[@]}")"
