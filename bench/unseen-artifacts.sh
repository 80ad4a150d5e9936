#!/usr/bin/env bash
# Reads each artifact listed in an expected-cause table (default: the unseen layouts) the way a user would:
# `gather` with the option the table names, then `diagnose` of the gathered facts file. Prints one Markdown row per
# artifact (what gather said it read, the top shown cause, the expected cause) and the totals.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$here/src/test/resources/artifacts/unseen-layouts}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
read_ok=0; right=0; total=0
echo "| file | gather says | top shown cause | expected | right |"
echo "|---|---|---|---|---|"
while IFS=$'\t' read -r file option domain expected _; do
  case "$file" in ''|'#'*) continue ;; esac
  total=$((total + 1))
  args=("$option" "$dir/$file")
  [ "$domain" != "-" ] && args+=(--domain "$domain")
  said="$("$here/signin-doctor" gather "${args[@]}" --out "$work/case.yaml" 2>&1 | grep -F "$file" | sed "s|^.*$file[:]* *||" | tr '\n' ' ' || true)"
  [ -z "$said" ] && said="(gather failed)"
  top="(none shown)"
  if [ -s "$work/case.yaml" ]; then
    top="$("$here/signin-doctor" diagnose "$work/case.yaml" --format json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
shown = [c["cause"] for c in d.get("causes", []) if c.get("shown")]
print(shown[0] if shown else "(none shown)")' || echo "(diagnose failed)")"
  fi
  if echo "$said" | grep -Eq '(^|[^0-9])[1-9][0-9]* (facts|found|not found)'; then read_ok=$((read_ok + 1)); fi
  ok=no; [ "$top" = "$expected" ] && { ok=yes; right=$((right + 1)); }
  echo "| $file | ${said% } | $top | $expected | $ok |"
  rm -f "$work/case.yaml"
done < "$dir/expected.tsv"
echo
echo "read (at least one fact or record): $read_ok/$total; right top cause: $right/$total"
