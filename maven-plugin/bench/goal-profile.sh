#!/usr/bin/env bash
# Where the aibom goals spend their time in a cold Maven build of the credit-risk-scorer example (generate + sign +
# check, as maven-plugin/bench/plugin-vs-makebom.sh times them). Prints, as medians over the runs, how long Maven takes
# to reach the first goal (its start-up and the plugin's class realm, the same for any plugin) and how long each goal
# takes, from Maven's own log line that starts it to the next one (check: to BUILD SUCCESS); then, for one run, how
# many classes each goal loaded and from where (the JVM's class-load log: a jar, the JDK's class archive, or the
# package whose lambdas they are). Both logs carry the wall-clock time, so each class falls in the goal that loaded it.
# Usage, from the repository root, after `mvn -B install -DskipTests`: maven-plugin/bench/goal-profile.sh [RUNS]
set -euo pipefail
runs=${1:-5}
cd "$(dirname "$0")/../../examples/credit-risk-scorer"
# the example's build uses the company control of examples/custom-control as a plugin dependency: install it
mvn -B -q -f ../../pom.xml -pl examples,examples/custom-control install -Dmaven.install.skip=false -DskipTests
aibom="dev.aibom:aibom-maven-plugin:0.1.0-SNAPSHOT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# milliseconds of the day of a time written HH:MM:SS.mmm
ms() { awk -F'[:.]' '{ printf "%d\n", (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }'; }
# when Maven's log has LINE (a fixed string), as milliseconds of the day
logged() { grep -F -m1 -- "$2" "$1" | cut -c1-12 | ms; }
declare -A times=()
for ((i = 0; i < runs; i++)); do
  log="$work/classes-$i.log"
  MAVEN_OPTS="${MAVEN_OPTS:-} -Xlog:class+load:file=$log:time" mvn -B "$aibom:generate" "$aibom:sign" "$aibom:check" \
    -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
    >"$work/build-$i.log" 2>&1 || { tail -30 "$work/build-$i.log" >&2; exit 1; }
  start=$(head -1 "$log" | cut -c13-24 | ms)
  generate=$(logged "$work/build-$i.log" ":generate (")
  sign=$(logged "$work/build-$i.log" ":sign (")
  check=$(logged "$work/build-$i.log" ":check (")
  end=$(logged "$work/build-$i.log" "BUILD SUCCESS")
  # times of the day: a build across midnight cannot be placed
  [ "$start" -le "$generate" ] && [ "$generate" -le "$sign" ] && [ "$sign" -le "$check" ] && [ "$check" -le "$end" ] \
    || { echo "run $i: its times are out of order (a build across midnight?); run the script again" >&2; exit 1; }
  times[maven]+=" $((generate - start))"
  times[generate]+=" $((sign - generate))"
  times[sign]+=" $((check - sign))"
  times[check]+=" $((end - check))"
  times[total]+=" $((end - start))"
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "cold Maven build of the example, aibom:generate aibom:sign aibom:check, median of $runs runs:"
printf '  %-50s %5d ms\n' "Maven's start-up, to the first goal" "$(median "${times[maven]}")" \
  "generate" "$(median "${times[generate]}")" \
  "sign" "$(median "${times[sign]}")" \
  "check, with its reports" "$(median "${times[check]}")" \
  "the whole build (JVM start to BUILD SUCCESS)" "$(median "${times[total]}")"
log="$work/classes-0.log"
build="$work/build-0.log"
# classes per goal and origin: the jar without its version, or "lambdas of" the package whose lambdas they are
awk -v g="$(logged "$build" ":generate (")" -v s="$(logged "$build" ":sign (")" -v c="$(logged "$build" ":check (")" \
    -v e="$(logged "$build" "BUILD SUCCESS")" '
  { split(substr($1, 13, 12), hms, /[:.]/); t = ((hms[1] * 60 + hms[2]) * 60 + hms[3]) * 1000 + hms[4] }
  t < g || t > e { next }
  { goal = t < s ? "generate" : t < c ? "sign" : "check"; source = $0; sub(/.* source: /, "", source)
    if (source ~ /^(file|jar|jrt):/) { n = split(source, parts, "/"); source = parts[n]; sub(/-[0-9].*\.jar$/, "", source) }
    else if (source ~ /^shared objects file/) source = "the JDK class archive"
    else if ($2 ~ /\$\$Lambda\$/) { source = $2; sub(/\$\$Lambda\$.*/, "", source); n = split(source, parts, ".")
      source = "lambdas of " parts[1] "." parts[2] "." parts[3] (n > 4 ? "." parts[4] : "") }
    else source = "generated (" source ")"
    count[goal] += 1; by[goal SUBSEP source] += 1 }
  END {
    split("generate sign check", goals, " ")
    for (i = 1; i <= 3; i++) {
      printf "%s: %d classes; most from:", goals[i], count[goals[i]]
      shown = 0
      while (shown < 8) { best = ""; most = 0
        for (k in by) { split(k, key, SUBSEP); if (key[1] == goals[i] && by[k] > most) { most = by[k]; best = k } }
        if (best == "") break
        split(best, key, SUBSEP); printf "%s %d %s", shown ? "," : "", most, key[2]; delete by[best]; shown++ }
      printf "\n" } }' "$log"
