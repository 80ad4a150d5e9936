#!/usr/bin/env bash
# Reading accuracy on the ticket corpus: runs classify --labels on each part of corpus/ (train, test, public; a part
# that is not there is skipped) and prints, per part, the right-top-cause rate on texts labelled with a cause, the
# false-alarm rate on texts labelled none, and precision and recall per cause. test/ and public/ are held out: read
# these figures, never tune patterns against their texts (corpus/README.md).
#   bench/corpus.sh [PART...]        e.g. bench/corpus.sh test public
set -euo pipefail
cd "$(dirname "$0")/.."
parts=("${@:-train test public}")
read -r -a parts <<<"${parts[*]}"
work="$(mktemp -d "${TMPDIR:-/tmp}/signin-doctor-corpus.XXXXXX")"
trap 'rm -rf "$work"' EXIT

./signin-doctor --version >/dev/null   # builds the jar first if needed

for part in "${parts[@]}"; do
  folder="corpus/$part"
  inputs=()
  if [ -d "$folder" ]; then
    while IFS= read -r -d '' file; do inputs+=("$file"); done \
      < <(find "$folder" -maxdepth 1 -name '*.jsonl' -print0 | sort -z)
  fi
  if [ ${#inputs[@]} -eq 0 ]; then
    echo "== $part: no corpus/$part/*.jsonl, skipped"
    echo
    continue
  fi
  mapping="$folder/mapping.yaml"
  [ -f "$mapping" ] || mapping=corpus/mapping.yaml
  status=0
  ./signin-doctor classify "${inputs[@]}" --mapping "$mapping" --labels label \
    --out "$work/$part.jsonl" 2>"$work/$part.err" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 4 ]; then
    echo "== $part: classify failed with exit code $status" >&2
    cat "$work/$part.err" >&2
    exit "$status"
  fi
  echo "== $part: ${inputs[*]} (mapping $mapping)"
  grep -E 'classify: read [0-9]+ records' "$work/$part.err" || true
  # The labels report without its confusion matrix: the two rates, then precision and recall per cause.
  sed -n '/^Labels (column/,/^Confusion matrix/p' "$work/$part.err" | sed '/^Confusion matrix/d;/^$/d'
  echo
done
