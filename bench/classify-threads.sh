#!/usr/bin/env bash
# Where the CPU of a classify run goes, by thread: the classify workers, the C2 and C1 JIT compilers, the garbage
# collector and the rest, in CPU seconds read from /proc/PID/task/*/stat while the process runs (sampled every 0.2 s,
# so a thread that lives less than that is missed), beside the wall time and the process's CPU time (user + system).
# On a shared machine the split says more than the total: a change that makes the workers cheaper can hide behind the
# JIT's one-off cost or another agent's load. Runs the built jar with the JVM options ./signin-doctor gives classify.
# COMPARE="DIR..." alternates, run by run, this checkout's jar with the jars of other checkouts (DIR/target), so that
# all of them see the same machine.
#   bench/classify-threads.sh [RUNS] [ROWS]        e.g. COMPARE=/tmp/ref bench/classify-threads.sh 3 200000
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
rows="${2:-200000}"
work="${TMPDIR:-/tmp}/signin-doctor-bench"
mkdir -p "$work"
export_file="$work/incidents-$rows.csv"
[ -f "$export_file" ] || java bench/GenerateIncidents.java "$rows" "$export_file"
./signin-doctor --version >/dev/null   # builds the jar first if needed
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
options=(-XX:+UseParallelGC -Xmx320m -Xmn128m -XX:-UsePerfData -XX:MaxInlineLevel=6 -XX:InlineSmallCode=1000
  -XX:FreqInlineSize=150)
ticks=$(getconf CLK_TCK)

# run DIR: one classify with DIR/target/signin-doctor.jar; prints wall, CPU and CPU per thread group
run() {
  local start end pid
  declare -A cpu=()
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$out/time" java "${options[@]}" -jar "$1/target/signin-doctor.jar" classify \
    "$export_file" --mapping examples/export/mapping.yaml --out "$out/out.jsonl" >/dev/null 2>&1 &
  pid=$!
  sleep 0.2
  local java_pid
  java_pid=$(pgrep -P "$pid" java || true)
  while [ -n "$java_pid" ] && [ -d "/proc/$java_pid" ]; do
    for stat in /proc/"$java_pid"/task/*/stat; do
      local line name fields
      line=$(cat "$stat" 2>/dev/null) || continue
      name=${line#*(}; name=${name%)*}; name=${name// /_}
      read -r -a fields <<<"${line##*) }"
      cpu["${stat%/stat}"]="$name $(( fields[11] + fields[12] ))"
    done
    sleep 0.2
  done
  wait "$pid" || true   # classify exits 4 when some incidents stay unclassified
  end=$(date +%s%N)
  printf '%s\n' "${cpu[@]}" | awk -v wall="$(( (end - start) / 1000000 ))" -v ticks="$ticks" \
    -v process="$(awk 'END { print $1 + $2 }' "$out/time")" '
    { name = $1 ~ /^classify-worker/ ? "workers" : $1 ~ /^C2_/ ? "C2" : $1 ~ /^C1_/ ? "C1" : $1 ~ /^GC_/ ? "GC" : "other"
      group[name] += $2 / ticks }
    END { printf "wall %6.1f s  CPU %6.1f s  workers %5.1f  C2 %5.1f  C1 %4.1f  GC %4.1f  other %4.1f\n", wall / 1000,
          process, group["workers"], group["C2"], group["C1"], group["GC"], group["other"] }'
}

echo "rows: $rows; runs: $runs each; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for dir in . ${COMPARE:-}; do
    printf '%-40s %s\n' "$dir" "$(run "$dir")"
  done
done
