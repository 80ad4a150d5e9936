#!/usr/bin/env bash
# Adversarial rows: the time classify takes for one incident built to be slow (the rows of issue 11), and for
# ordinary ticket text from 1 KB to 1 MB, so that the claim "linear in the length of the text" is measured. Each row
# is a one-row CSV export in /tmp, classified RUNS times by whole ./signin-doctor processes (median, min, max); the
# first line is a one-row export of a short ticket, the fixed cost every other line includes. A row whose text is
# ten times longer should take about ten times the time above that line, not a hundred. --max-cell is raised above
# the default 1 MiB so that the 1 MiB row (whose record, with its id and title, is a little longer) is read, not refused.
# Then the artifact readers (diagnose --log, --dns-listing), each sample of examples/artifacts beside a copy with one
# crafted line that a backtracking matcher takes minutes over: a client-log packet entry whose address runs on for
# 300 KB with no "bytes:" (over 120 s before the readers used RE2/J), and nslookup's "can't find" line with 200 KB
# of spaces inside its reason. Each crafted file should take about as long as its sample.
#   bench/adversarial.sh [RUNS]        e.g. bench/adversarial.sh 5
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
source bench/lib.sh
work="${TMPDIR:-/tmp}/signin-doctor-adversarial"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

./signin-doctor --version >/dev/null   # builds the jar first if needed, outside the measurement

# repeat TEXT COUNT: TEXT written COUNT times, without separators.
repeat() {
  local text="$1" count="$2" out=""
  for ((i = 0; i < count; i++)); do out+="$text"; done
  printf '%s' "$out"
}

# row NAME DESCRIPTION: a one-row export whose description is DESCRIPTION.
row() {
  printf 'id,title,description\nADV-1,adversarial row,"%s"\n' "$2" >"$work/$1.csv"
}

filler="The user cannot sign in; Communicator failed to connect to server 192.168.0.2 on port 5060 due to error 10061. "
row baseline "$filler"
row dots-2000 "internal server: $(repeat 'a.' 2000)"
row wsa-100k "$(repeat wsa 34134)"
row access-denied-5500 "$(repeat 'access denied c:\ ' 5500)"
for size in 1024 10240 102400 1048576; do
  row "ticket-$size" "$(repeat "$filler" $((size / ${#filler} + 1)) | head -c "$size")"
done

echo "runs: $runs each; $(nproc) cores; $(java -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in baseline dots-2000 wsa-100k access-denied-5500 ticket-1024 ticket-10240 ticket-102400 ticket-1048576; do
  bytes=$(stat -c %s "$work/$name.csv")
  measure "$(printf '%-20s %9d bytes' "$name" "$bytes")" ./signin-doctor classify "$work/$name.csv" \
    --max-cell 2097152 --out "$work/out.jsonl" --rejects "$work/rejects.jsonl"
done

# chars CHAR COUNT: COUNT copies of CHAR, fast for hundreds of thousands.
chars() {
  head -c "$2" /dev/zero | tr '\0' "$1"
}

samples=examples/artifacts
{ head -n 1 "$samples/lync-uccapi-ntlm-mismatch.uccapilog"
  printf '03/14/2011|08:02:11.320 1C08:1D44 INFO  :: Sending Packet - %s\n' "$(chars x 300000)"
  tail -n +2 "$samples/lync-uccapi-ntlm-mismatch.uccapilog"; } >"$work/packet-300k.uccapilog"
failure=$(grep -n -m 1 'Non-existent domain' "$samples/nslookup-no-srv.txt" | cut -d: -f1)
line=$(sed -n "${failure}p" "$samples/nslookup-no-srv.txt")
{ head -n $((failure - 1)) "$samples/nslookup-no-srv.txt"
  printf '%s\n' "${line/Non-existent domain/Non-existent$(chars ' ' 200000)domain}"
  tail -n +$((failure + 1)) "$samples/nslookup-no-srv.txt"; } >"$work/nslookup-spaces-200k.txt"

measure "$(printf '%-20s %9d bytes' client-log "$(stat -c %s "$samples/lync-uccapi-ntlm-mismatch.uccapilog")")" \
  ./signin-doctor diagnose --log "$samples/lync-uccapi-ntlm-mismatch.uccapilog"
measure "$(printf '%-20s %9d bytes' client-log-packet-300k "$(stat -c %s "$work/packet-300k.uccapilog")")" \
  ./signin-doctor diagnose --log "$work/packet-300k.uccapilog"
measure "$(printf '%-20s %9d bytes' nslookup "$(stat -c %s "$samples/nslookup-no-srv.txt")")" \
  ./signin-doctor diagnose --dns-listing "$samples/nslookup-no-srv.txt" --domain contoso.com
measure "$(printf '%-20s %9d bytes' nslookup-spaces-200k "$(stat -c %s "$work/nslookup-spaces-200k.txt")")" \
  ./signin-doctor diagnose --dns-listing "$work/nslookup-spaces-200k.txt" --domain contoso.com
