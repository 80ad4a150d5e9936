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

# measure_alternating LABEL COMMAND LABEL COMMAND ...: runs each command line (a string, split on spaces) once per
# round, $runs rounds, so that a change in the host's load falls on all of them alike; prints each one's median,
# min and max wall time and its median CPU time (user + system of the process and its children).
measure_alternating() {
  local labels=() commands=() i round
  while [ $# -gt 0 ]; do labels+=("$1"); commands+=("$2"); shift 2; done
  local results
  results="$(mktemp)"
  for round in $(seq "$runs"); do
    for i in "${!commands[@]}"; do
      local start end cpu
      start=$(date +%s%N)
      cpu=$( { TIMEFORMAT='%U %S'; time ${commands[$i]} >/dev/null 2>&1 || true; } 2>&1 | tail -1)
      end=$(date +%s%N)
      echo "$i $(( (end - start) / 1000000 )) $cpu" >>"$results"
    done
  done
  for i in "${!commands[@]}"; do
    local cpu_median
    cpu_median=$(awk -v i="$i" '$1 == i { print ($3 + $4) * 1000 }' "$results" | sort -n \
      | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    awk -v i="$i" '$1 == i { print $2 }' "$results" | sort -n | awk -v label="${labels[$i]}" -v cpu="$cpu_median" '
      { t[NR] = $1 }
      END { printf "%-56s median %6.3f s   min %6.3f s   max %6.3f s   cpu %6.3f s\n", label,
            t[int((NR + 1) / 2)] / 1000, t[1] / 1000, t[NR] / 1000, cpu / 1000 }'
  done
  rm -f "$results"
}
