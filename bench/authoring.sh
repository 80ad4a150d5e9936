#!/usr/bin/env bash
# How long a rule author waits: kb test over the built-in knowledge base, and kb validate / kb test with one
# site-local folder (created with kb init), each a whole cold process, median of N runs.
#   bench/authoring.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
./signin-doctor --version >/dev/null   # builds the jar first if needed, outside the measurement
site="$(mktemp -d)/site"
trap 'rm -rf "$(dirname "$site")"' EXIT
./signin-doctor kb init "$site" >/dev/null

measure() { # label, command...
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 }
    END { printf "%-48s median %5.2f s   min %5.2f s   max %5.2f s\n", label, t[int((NR + 1) / 2)] / 1000,
          t[1] / 1000, t[NR] / 1000 }'
}

echo "runs: $runs each; $(nproc) cores"
measure "kb validate (built-in)" ./signin-doctor kb validate
measure "kb test (built-in)" ./signin-doctor kb test
measure "kb validate --rules SITE (compiles the site DRL)" ./signin-doctor kb validate --rules "$site"
measure "kb test --rules SITE" ./signin-doctor kb test --rules "$site"
