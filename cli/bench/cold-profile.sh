#!/usr/bin/env bash
# Where a cold `aibom verify` of the example's signed BOM spends its time: a timeline of the run made from the JVM's
# class-load log (each class is logged with the time since the JVM started, as it is loaded), through the
# distribution's launcher with its class data sharing archive, as users run it. Prints, as medians over the runs, when
# aibom's main class is reached, when the command line has been parsed (picocli; the verify job's class loads), when
# the schema's validators are built on their thread (its first and last class of networknt's validator), when the
# process ends, and its CPU time; then where the classes of one run came from. Markers are classes, so each time is
# when that class was first needed: a profile of phases, not of methods.
#
#   mvn -B install -DskipTests                 # builds the distribution and the example's signed BOM
#   cli/bench/cold-profile.sh [RUNS]           # default 7 runs
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
dist=$(mktemp -d)
trap 'rm -rf "$dist"' EXIT
unzip -q "cli/target/aibom-$version.zip" -d "$dist"
aibom=$(ls -d "$dist"/*/bin/aibom)
bom=examples/credit-risk-scorer/target/aibom/aibom.cdx.json
key=examples/credit-risk-scorer/target/demo-keys/signing-key.pub.pem
[ -f "$bom" ] || { echo "no $bom: run mvn -B install -DskipTests first" >&2; exit 1; }
verify() { "$aibom" verify "$bom" --trusted-key "$key" --skip-files; }
# the first run writes the class data sharing archive
verify >/dev/null 2>&1 || { echo "$aibom verify fails on $bom" >&2; exit 1; }

# the time (ms) the class NAME was loaded, or the first (with last: the last) class whose name starts with NAME.
at() { # at LOG NAME|PREFIX. [last]
  awk -v p="$2" -v last="${3:-}" '(p ~ /\.$/ ? index($2, p) == 1 : $2 == p) {
      t = substr($1, 2, length($1) - 3) * 1000; if (!last) { print t; exit } }
    END { if (last && t != "") print t }' "$1" | cut -d. -f1
}
declare -A times=()
markers=(main parsed schema built end cpu)
for ((i = 0; i < runs; i++)); do
  log="$dist/classes-$i.log"
  JAVA_OPTS="-Xlog:class+load:file=$log:uptime" /usr/bin/time -o "$dist/time" -f "%U %S" "$aibom" verify "$bom" \
    --trusted-key "$key" --skip-files >/dev/null 2>&1
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$dist/time")
  times[main]+=" $(at "$log" dev.aibom.cli.Launcher)"
  times[parsed]+=" $(at "$log" dev.aibom.core.job.VerifyJob)"
  times[schema]+=" $(at "$log" dev.aibom.core.bom.BomSchema)"
  times[built]+=" $(at "$log" com.networknt.schema. last)"
  times[end]+=" $(at "$log" java.lang.Shutdown)"
  times[cpu]+=" $cpu"
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
declare -A label=(
  [main]="aibom's main class reached (the JVM started)"
  [parsed]="command line parsed (picocli), the job starts"
  [schema]="schema thread starts (BomSchema)"
  [built]="schema thread: last validator class loaded"
  [end]="process ends"
  [cpu]="CPU time, user + system (2 threads at work)"
)
echo "cold aibom verify of the example, median of $runs runs (ms since the JVM started):"
for m in "${markers[@]}"; do printf '  %-48s %5d ms\n' "${label[$m]}" "$(median "${times[$m]}")"; done
log="$dist/classes-0.log"
echo "classes loaded in the first run: $(grep -c ' source: ' "$log"), from the class data sharing archive:" \
  "$(grep -c 'source: shared objects file' "$log"); the others, by origin:"
grep -v 'source: shared objects file' "$log" | sed -n 's/.* source: //p' | sed 's:.*/::; s/^dev\.aibom.*/lambdas of aibom/' | sort | uniq -c | sort -rn \
  | head -8 | sed 's/^/  /'
