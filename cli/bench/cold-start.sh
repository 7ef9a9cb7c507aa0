#!/usr/bin/env bash
# Cold start of `aibom verify` on the credit-risk-scorer example's signed BOM, against the JVM floor (`java -version`)
# and, when a second distribution is given, against that one (say, the build before a change).
# Interleaved: each round runs every command once, in a rotating order, so that machine noise hits all alike. Prints
# the median and the quartiles of each, in milliseconds. Each distribution runs through its own launcher, with its own
# class data sharing archive (written by a first, untimed run).
#
#   mvn -B install -DskipTests                           # builds the distribution and the example's signed BOM
#   cli/bench/cold-start.sh [ROUNDS] [BASELINE.zip]      # default 30 rounds
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-30}
baseline_zip=${2:-}
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
dist=$(mktemp -d)
trap 'rm -rf "$dist"' EXIT
mkdir -p "$dist/current" "$dist/baseline"
unzip -q "cli/target/aibom-$version.zip" -d "$dist/current"
aibom=$(ls -d "$dist"/current/*/bin/aibom)
baseline=
if [ -n "$baseline_zip" ]; then
  unzip -q "$baseline_zip" -d "$dist/baseline"
  baseline=$(ls -d "$dist"/baseline/*/bin/aibom)
fi
bom=examples/credit-risk-scorer/target/aibom/aibom.cdx.json
key=examples/credit-risk-scorer/target/demo-keys/signing-key.pub.pem
[ -f "$bom" ] || { echo "no $bom: run mvn -B install -DskipTests first" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

for launcher in "$aibom" ${baseline:+"$baseline"}; do
  "$launcher" verify "$bom" --trusted-key "$key" --skip-files >/dev/null 2>&1 || {
    echo "$launcher verify fails on $bom" >&2; exit 1; }
done

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
floor=(); verify=(); before=()
for ((i = 0; i < rounds; i++)); do
  for ((j = 0; j < 3; j++)); do
    case $(((i + j) % 3)) in
      0) floor+=("$(ms "$java" -version)") ;;
      1) verify+=("$(ms "$aibom" verify "$bom" --trusted-key "$key" --skip-files)") ;;
      2) [ -z "$baseline" ] || before+=("$(ms "$baseline" verify "$bom" --trusted-key "$key" --skip-files)") ;;
    esac
  done
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms (quartiles %d..%d, n=%d)", a[int((NR+1)/2)], a[int((NR+3)/4)], a[int((3*NR+3)/4)], NR}'; }
echo "java -version:           $(stats "${floor[@]}")"
[ -z "$baseline" ] || echo "aibom verify (baseline): $(stats "${before[@]}")"
echo "aibom verify:            $(stats "${verify[@]}")"
