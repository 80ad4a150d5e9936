#!/usr/bin/env bash
# serve benchmark: diagnoses per second and latency of POST /api/diagnose against ./signin-doctor serve on loopback,
# from a bounded load generator (bench/ServeLoad.java, CLIENTS keep-alive connections) on the same 2 cores, and the
# server's resident memory after warm-up and after 100,000 requests.
#   bench/serve.sh [CLIENTS] [REQUESTS]        e.g. bench/serve.sh 4 100000
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-4}"
requests="${2:-100000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/signin-doctor-serve-bench.XXXXXX")"
facts=examples/04-manual-server-not-fqdn.yaml

./signin-doctor --version >/dev/null   # builds the jar first if needed, outside the measurement

./signin-doctor serve --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 200); do
  grep -q 'listening on' "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$work/serve.out")
rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status"; }

echo "$(nproc) cores; $(java -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server $url, pid $server; RSS after start-up: $(rss)"
java bench/ServeLoad.java "$url" "$facts" 20000 "$clients" | sed 's/^/warm-up:  /'
echo "RSS after warm-up (20,000 requests): $(rss)"
java bench/ServeLoad.java "$url" "$facts" "$requests" "$clients" | sed 's/^/measured: /'
echo "RSS after $((20000 + requests)) requests: $(rss)"
java bench/ServeLoad.java "$url" "$facts" "$requests" 1 | sed 's/^/1 client: /'
echo "RSS after $((20000 + 2 * requests)) requests: $(rss)"
