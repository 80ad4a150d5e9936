#!/usr/bin/env bash
# Leave-one-file-out cross-validation of the text-resemblance model on corpus/train ONLY (never test/ or public/):
# for each train file, trains a model on the other train files (io.signindoctor.build.ResemblanceTrainer
# --leave-out), then classifies the file left out twice in the same run, with the rules alone
# (--resemblance-model none) and with the rules and that fold's model (--resemblance-model FILE), and prints right
# top cause, another cause, no cause (silent) on texts labelled with a cause, and false alarms on texts labelled none,
# per fold and in total. Then a trade-off table over the rule's weight a (RES-001's @cf) and the model's floor,
# estimated from the rules-alone verdicts and each fold's probabilities (bench/ResemblanceGrid.java), with the votes
# against (RES-002, RES-003) as rules/resemblance.drl weighs them. Models and outputs go to a folder under /tmp.
# Each file was written on its own, in its own voices, so leaving a whole file out is the nearest this corpus has to
# text written independently of the model: near-duplicates and one writer's habits stay on one side of the split.
#   bench/resemblance-cv.sh [FILE.jsonl...]            e.g. bench/resemblance-cv.sh voices4.jsonl
#   TRAINER_OPTIONS="--floor 0.6 --l2 0.1" bench/resemblance-cv.sh      other settings for every fold's model
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d "${TMPDIR:-/tmp}/signin-doctor-cv.XXXXXX")"
trap 'rm -rf "$work"' EXIT
folds=("$@")
if [ ${#folds[@]} -eq 0 ]; then
  while IFS= read -r -d '' file; do folds+=("$(basename "$file")"); done \
    < <(find corpus/train -maxdepth 1 -name '*.jsonl' -print0 | sort -z)
fi
read -r -a trainer_options <<<"${TRAINER_OPTIONS:-}"

./signin-doctor --version >/dev/null   # builds the jar first if needed
classpath="target/classes:target/lib/*"
# The votes against, as the rules weigh them: RES-002's and RES-003's @cf.
rule_value() { # RULE-ID PATTERN: the first match of PATTERN in the rule's text
  awk -v id="$1" '/^rule /{r=0} index($0, "@id(\"" id "\")"){r=1} r' rules/resemblance.drl | grep -oE "$2" | head -1 \
    | grep -oE '[-0-9.]+$'
}
none_cf="$(rule_value RES-002 '@cf\([-0-9.]+')"
other_cf="$(rule_value RES-003 '@cf\([-0-9.]+')"

# The labels report's two lines as: right wrong silent labelled alarms none
figures() {
  local labelled none
  labelled="$(grep -E '^  labelled with a cause:' "$1")"
  none="$(grep -E '^  labelled none:' "$1")"
  awk -v l="$labelled" -v n="$none" 'BEGIN {
    match(l, /cause: [0-9]+/); total = substr(l, RSTART + 7, RLENGTH - 7)
    match(l, /right top cause [0-9]+/); right = substr(l, RSTART + 16, RLENGTH - 16)
    match(l, /another cause [0-9]+/); wrong = substr(l, RSTART + 14, RLENGTH - 14)
    match(l, /unclassified [0-9]+/); silent = substr(l, RSTART + 13, RLENGTH - 13)
    match(n, /none: [0-9]+/); nones = substr(n, RSTART + 6, RLENGTH - 6)
    match(n, /false alarms [0-9]+/); alarms = substr(n, RSTART + 13, RLENGTH - 13)
    print right + 0, wrong + 0, silent + 0, total + 0, alarms + 0, nones + 0 }'
}

printf '%-24s %-18s %6s %6s %7s %9s %13s\n' fold variant right wrong silent labelled "false alarms"
: >"$work/totals"
: >"$work/grid"
for fold in "${folds[@]}"; do
  [ -f "corpus/train/$fold" ] || { echo "no corpus/train/$fold" >&2; exit 2; }
  java -cp "$classpath" io.signindoctor.build.ResemblanceTrainer . "$work/$fold.model" --leave-out "$fold" \
    "${trainer_options[@]}" >/dev/null
  for variant in rules rules+resemblance; do
    model=none
    [ "$variant" = rules ] || model="$work/$fold.model"
    status=0
    ./signin-doctor classify "corpus/train/$fold" --mapping corpus/mapping.yaml --labels label \
      --resemblance-model "$model" --out "$work/$fold.$variant.jsonl" 2>"$work/$fold.$variant.err" || status=$?
    if [ "$status" -ne 0 ] && [ "$status" -ne 4 ]; then
      cat "$work/$fold.$variant.err" >&2
      exit "$status"
    fi
    if ! grep -q '^  labelled with a cause:' "$work/$fold.$variant.err"; then
      echo "bench/resemblance-cv.sh: classify printed no labels report for $fold ($variant):" >&2
      cat "$work/$fold.$variant.err" >&2
      exit 1
    fi
    read -r right wrong silent labelled alarms nones < <(figures "$work/$fold.$variant.err")
    printf '%-24s %-18s %6d %6d %7d %9d %8d / %d\n' "$fold" "$variant" "$right" "$wrong" "$silent" "$labelled" \
      "$alarms" "$nones"
    echo "$variant $right $wrong $silent $labelled $alarms $nones" >>"$work/totals"
  done
  java -cp "$classpath" bench/ResemblanceGrid.java "$work/$fold.model" "corpus/train/$fold" corpus/mapping.yaml \
    "$work/$fold.rules.jsonl" "$none_cf" "$other_cf" >>"$work/grid"
done
for variant in rules rules+resemblance; do
  awk -v v="$variant" '$1 == v { r += $2; w += $3; s += $4; l += $5; a += $6; n += $7 }
    END { printf "%-24s %-18s %6d %6d %7d %9d %8d / %d   (%.1f%% right)\n", "total", v, r, w, s, l, a, n, 100 * r / l }' \
    "$work/totals"
done
echo
echo "Estimated trade-off over all folds (rule weight a, model floor; RES-002 $none_cf, RES-003 $other_cf):"
echo "right, wrong, silent, false alarms"
printf '%5s %5s %6s %6s %7s %13s\n' a floor right wrong silent "false alarms"
awk '{ k = $1 " " $2; r[k] += $3; w[k] += $4; s[k] += $5; f[k] += $6; l[k] += $7; n[k] += $8; if (!(k in seen)) { seen[k] = 1; order[++c] = k } }
  END { for (i = 1; i <= c; i++) { k = order[i]; split(k, p, " ")
    printf "%5s %5s %6d %6d %7d %8d / %d   (%.1f%%)\n", p[1], p[2], r[k], w[k], s[k], f[k], n[k], 100 * r[k] / l[k] } }' \
  "$work/grid"
