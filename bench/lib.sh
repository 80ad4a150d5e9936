# Shared by the benchmark scripts: measure LABEL COMMAND... runs the command $runs times as whole processes and
# prints the median, min and max wall time.
measure() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true   # an exit code such as classify's 4 is not a failure of the benchmark
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 }
    END { printf "%-56s median %6.3f s   min %6.3f s   max %6.3f s\n", label, t[int((NR + 1) / 2)] / 1000,
          t[1] / 1000, t[NR] / 1000 }'
}
