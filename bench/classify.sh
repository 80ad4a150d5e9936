#!/usr/bin/env bash
# Batch classification benchmark: end-to-end incidents per second (read, extract, infer, write) and peak resident
# memory of whole ./signin-doctor classify processes over a generated export of 100,000 and 1,000,000 incidents,
# median of RUNS runs each. The exports and outputs go to a folder under /tmp, never into the repository.
#   bench/classify.sh [RUNS] [SIZES...]        e.g. bench/classify.sh 5 100000 1000000
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

echo "runs: $runs each; $(nproc) cores; $(java -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %12s %16s %14s %14s\n' rows "median s" "incidents/s" "median RSS MB" "max RSS MB"
for size in "${sizes[@]}"; do
  export_file="$work/incidents-$size.csv"
  [ -f "$export_file" ] || java bench/GenerateIncidents.java "$size" "$export_file"
  times=()
  rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" ./signin-doctor classify "$export_file" \
      --mapping examples/export/mapping.yaml --out "$work/out.jsonl" 2>/dev/null || [ $? -eq 4 ]
    read -r seconds kilobytes < <(tail -n 1 "$work/time.txt")   # after "Command exited with non-zero status 4"
    times+=("$seconds")
    rss+=("$kilobytes")
  done
  median_s=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  median_kb=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  max_kb=$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)
  awk -v n="$size" -v s="$median_s" -v m="$median_kb" -v x="$max_kb" \
    'BEGIN { printf "%-10d %12.2f %16.0f %14.0f %14.0f\n", n, s, n / s, m / 1024, x / 1024 }'
done
