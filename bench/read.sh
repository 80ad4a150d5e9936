#!/usr/bin/env bash
# Text reading alone (no rules, no CSV reader, no writer): CPU time per pass over the text columns of ROWS generated
# incidents, on one thread, with the JIT options the launcher gives classify; see bench/ReadTexts.java. To compare
# two builds, run it in both checkouts in turn, several times, and compare the medians.
#   bench/read.sh [ROWS] [PASSES]        e.g. bench/read.sh 30000 8
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-30000}"
passes="${2:-8}"
work="${TMPDIR:-/tmp}/signin-doctor-bench"
mkdir -p "$work"
./signin-doctor --version >/dev/null   # builds the jar first if needed
export_file="$work/incidents-100000.csv"
[ -f "$export_file" ] || java bench/GenerateIncidents.java 100000 "$export_file"
java -XX:+UseParallelGC -Xmx320m -Xmn128m -XX:MaxInlineLevel=6 -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150 \
  -cp "target/signin-doctor.jar:target/lib/*" bench/ReadTexts.java "$export_file" "$rows" "$passes"
