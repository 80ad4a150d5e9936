#!/usr/bin/env bash
# Cold-start benchmark of a one-shot diagnosis: wall time of whole processes, median of N runs each, with the
# alternatives measured in the same run (the machine is shared, so only same-run comparisons mean anything).
#   bench/startup.sh [RUNS] [FACTS_FILE]
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

echo "runs: $runs each; facts: $facts; $(nproc) cores; $("$java" -version 2>&1 | head -1)"
measure "JVM hello world (baseline)" "$java" -cp "$hello_dir" Hello
measure "./signin-doctor diagnose (CDS, C1, serial GC, THP)" ./signin-doctor diagnose "$facts"
launcher_options=(-XX:SharedArchiveFile=target/signin-doctor.jsa -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1)
measure "same JVM options, but 4 KB pages (no THP)" "$java" "${launcher_options[@]}" -XX:CICompilerCount=1 \
  -jar target/signin-doctor.jar diagnose "$facts"
measure "same JVM options, but two C1 compiler threads" "$java" "${launcher_options[@]}" \
  -XX:+UseTransparentHugePages -jar target/signin-doctor.jar diagnose "$facts"
measure "java -jar with the archive, default JIT and GC" "$java" -XX:SharedArchiveFile=target/signin-doctor.jsa \
  -jar target/signin-doctor.jar diagnose "$facts"
measure "java -jar, default JVM options, no archive" "$java" -jar target/signin-doctor.jar diagnose "$facts"
