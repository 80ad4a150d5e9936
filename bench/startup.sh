#!/usr/bin/env bash
# Cold-start benchmark of a one-shot diagnosis: wall time of whole processes, median of N runs each, with the
# alternatives measured in the same run (the machine is shared, so only same-run comparisons mean anything).
#   bench/startup.sh [RUNS] [FACTS_FILE]
# COMPARE="DIR..." instead alternates, run by run, this checkout's build with the builds of other checkouts (say, a
# worktree of an earlier commit, built there with mvn package), each started as its own ./signin-doctor starts a
# one-shot command (its JVM options, its archive) but without the launcher's is-the-jar-stale check; each line then
# gives the median wall time and the median CPU time (user + system) of the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"
facts="${2:-examples/04-manual-server-not-fqdn.yaml}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

./signin-doctor --version >/dev/null   # builds the jar first if needed, outside the measurement

hello_dir="$(mktemp -d)"
trap 'rm -rf "$hello_dir"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$hello_dir/Hello.java"
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$hello_dir" "$hello_dir/Hello.java"

. bench/lib.sh

echo "runs: $runs each; facts: $facts; $(nproc) cores; $("$java" -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${COMPARE:-}" ]; then
  thp=()
  grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null \
    && thp=(-XX:+UseTransparentHugePages)
  commands=()
  for dir in "$PWD" $COMPARE; do
    [ -f "$dir/target/signin-doctor.jar" ] && [ -f "$dir/target/signin-doctor.jsa" ] \
      || { echo "bench/startup.sh: $dir has no target/signin-doctor.jar and .jsa (build it there first)" >&2; exit 2; }
    # The one-shot options that checkout's launcher gives the JVM.
    one_shot="$(sed -n 's/^  options=(\(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1.*\))$/\1/p' \
      "$dir/signin-doctor")"
    commands+=("$dir $(git -C "$dir" rev-parse --short HEAD 2>/dev/null || true)" "$java $one_shot ${thp[*]} \
-XX:SharedArchiveFile=$dir/target/signin-doctor.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \
-jar $dir/target/signin-doctor.jar diagnose $facts")
  done
  measure_alternating "${commands[@]}"
  echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
measure "JVM hello world (baseline)" "$java" -cp "$hello_dir" Hello
measure "./signin-doctor diagnose (CDS, C1, serial GC, THP)" ./signin-doctor diagnose "$facts"
launcher_options=(-XX:SharedArchiveFile=target/signin-doctor.jsa -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1)
measure "same JVM options, but 4 KB pages (no THP)" "$java" "${launcher_options[@]}" -XX:CICompilerCount=1 \
  -XX:CompileThresholdScaling=3 -jar target/signin-doctor.jar diagnose "$facts"
measure "same JVM options, but two C1 compiler threads" "$java" "${launcher_options[@]}" \
  -XX:CompileThresholdScaling=3 -XX:+UseTransparentHugePages -jar target/signin-doctor.jar diagnose "$facts"
measure "same JVM options, but the usual compile thresholds" "$java" "${launcher_options[@]}" \
  -XX:CICompilerCount=1 -XX:+UseTransparentHugePages -jar target/signin-doctor.jar diagnose "$facts"
measure "java -jar with the archive, default JIT and GC" "$java" -XX:SharedArchiveFile=target/signin-doctor.jsa \
  -jar target/signin-doctor.jar diagnose "$facts"
measure "java -jar, default JVM options, no archive" "$java" -jar target/signin-doctor.jar diagnose "$facts"
