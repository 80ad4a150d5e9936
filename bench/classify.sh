#!/usr/bin/env bash
# Batch classification benchmark: end-to-end incidents per second (read, extract, infer, write), CPU seconds (user +
# system, the steadier figure on a shared machine, where wall time depends on what else runs) and peak resident
# memory of whole ./signin-doctor classify processes over a generated export of 100,000 and 1,000,000 incidents,
# median of RUNS runs each. Each size is run as the launcher runs it and with --no-reuse (the rules run for every
# incident), alternating, so both see the same machine. The exports and outputs go to a folder under /tmp, never
# into the repository.
# COMPARE="DIR..." adds, to the same alternation, each other checkout's own launcher over the same export (say, a
# worktree of an earlier commit), so that a change is measured against its baseline on the same machine.
#   bench/classify.sh [RUNS] [SIZES...]        e.g. bench/classify.sh 5 100000 1000000
#   COMPARE=/path/to/other/checkout bench/classify.sh 3 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
sizes=("${@:-100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
work="${TMPDIR:-/tmp}/signin-doctor-bench"
mkdir -p "$work"
trap 'rm -f "$work"/out.jsonl "$work"/out.jsonl.rejects.jsonl "$work"/time.txt' EXIT

./signin-doctor --version >/dev/null   # builds the jar first if needed, outside the measurement

variants=("default" "--no-reuse")
for dir in ${COMPARE:-}; do
  [ -x "$dir/signin-doctor" ] || { echo "bench/classify.sh: COMPARE: no signin-doctor launcher in $dir" >&2; exit 2; }
  "$dir/signin-doctor" --version >/dev/null
  variants+=("$dir")
done
echo "runs: $runs each; $(nproc) cores; $(java -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-12s %10s %14s %12s %14s %12s\n' rows variant "median s" "incidents/s" "median CPU s" "median RSS MB" \
  "max RSS MB"
for size in "${sizes[@]}"; do
  export_file="$work/incidents-$size.csv"
  [ -f "$export_file" ] || java bench/GenerateIncidents.java "$size" "$export_file"
  declare -A times=() cpu=() rss=()
  for _ in $(seq "$runs"); do
    for variant in "${variants[@]}"; do
      launcher=./signin-doctor
      options=()
      case "$variant" in
        default) ;;
        --*) options=("$variant") ;;
        *) launcher="$variant/signin-doctor" ;;
      esac
      /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$launcher" classify "$export_file" \
        --mapping examples/export/mapping.yaml --out "$work/out.jsonl" "${options[@]}" 2>/dev/null || [ $? -eq 4 ]
      read -r seconds user system kilobytes < <(tail -n 1 "$work/time.txt")   # after "Command exited with non-zero status 4"
      times[$variant]+="$seconds "
      cpu[$variant]+="$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') "
      rss[$variant]+="$kilobytes "
    done
  done
  for variant in "${variants[@]}"; do
    median_s=$(tr ' ' '\n' <<<"${times[$variant]}" | grep . | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    median_cpu=$(tr ' ' '\n' <<<"${cpu[$variant]}" | grep . | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    median_kb=$(tr ' ' '\n' <<<"${rss[$variant]}" | grep . | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    max_kb=$(tr ' ' '\n' <<<"${rss[$variant]}" | grep . | sort -g | tail -1)
    awk -v n="$size" -v v="$variant" -v s="$median_s" -v c="$median_cpu" -v m="$median_kb" -v x="$max_kb" \
      'BEGIN { printf "%-10d %-12s %10.2f %14.0f %12.2f %14.0f %12.0f\n", n, v, s, n / s, c, m / 1024, x / 1024 }'
  done
  unset times cpu rss
done
