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

. bench/lib.sh

echo "runs: $runs each; $(nproc) cores"
measure "kb validate (built-in)" ./signin-doctor kb validate
measure "kb test (built-in)" ./signin-doctor kb test
measure "kb validate --rules SITE (compiles the site DRL)" ./signin-doctor kb validate --rules "$site"
measure "kb test --rules SITE" ./signin-doctor kb test --rules "$site"
