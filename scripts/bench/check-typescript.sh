#!/usr/bin/env bash
# Benchmark: parse TypeScript's compiler (lib/typescript.js, ~9 MB of CommonJS) without running it,
# `bin/aot check` side by side with `node --check`, in the same run, alternating A B A B.
#   scripts/bench/check-typescript.sh [-n RUNS] [--warmup N]
# Prints, per command, the median wall time (min-max) and median peak RSS over RUNS runs after the
# warm-up, and the ratios aot/node (median of the per-pair ratios, which holds up when the
# machine's speed drifts during the run). Wall time is measured by the shell (EPOCHREALTIME,
# microseconds) around GNU time, which reports the peak RSS (%M) of the finished process.
# Exit status 1 if either command fails to check the file (its timings would be meaningless).
# Environment: AOT (default bin/aot, built with `make` when missing), NODE (default node).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

RUNS=10
WARMUP=1
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-typescript.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ && $WARMUP =~ ^[0-9]+$ ]] || { echo "check-typescript.sh: -n needs a positive integer, --warmup a count" >&2; exit 2; }

FIXTURES=scripts/bench/fixtures
TS_VERSION=$(sed -n 's/^ *"typescript": *"\([^"]*\)".*/\1/p' "$FIXTURES/package.json" | head -n1)
TS_DIR=$FIXTURES/node_modules/typescript
INPUT=$TS_DIR/lib/typescript.js

# --- inputs and tools --------------------------------------------------------------------------
installed_ts() { [[ -f $TS_DIR/package.json ]] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$TS_DIR/package.json" | head -n1; }
if [[ "$(installed_ts)" != "$TS_VERSION" ]]; then
  echo "installing typescript $TS_VERSION (npm ci in $FIXTURES)" >&2
  (cd "$FIXTURES" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
[[ -f $INPUT ]] || { echo "check-typescript.sh: $INPUT is missing after npm ci" >&2; exit 2; }

source scripts/bench/lib.sh
bench_tools check-typescript.sh
bench_gnu_time
bench_workdir

AOT_CMD=("$AOT" check "$INPUT")
NODE_CMD=("$NODE" --check "$INPUT")

for ((i = 0; i < WARMUP; i++)); do
  bench_run_once "$WORK/result-warmup-aot" '*' "${AOT_CMD[@]}"
  bench_run_once "$WORK/result-warmup-node" '*' "${NODE_CMD[@]}"
done
: >"$WORK/result-aot"; : >"$WORK/result-node"
for ((i = 0; i < RUNS; i++)); do
  bench_run_once "$WORK/result-aot" '*' "${AOT_CMD[@]}"
  bench_run_once "$WORK/result-node" '*' "${NODE_CMD[@]}"
done

# --- report ------------------------------------------------------------------------------------

bytes=$(wc -c <"$INPUT")
echo
echo "check lib/typescript.js (typescript $(installed_ts), $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')): $RUNS runs each after $WARMUP warm-up, alternating"
echo "node $("$NODE" --version); aot $AOT_VERSION; $(nproc) CPUs"
printf '%-22s %12s %15s %15s %6s\n' command "wall median" "wall min-max" "peak RSS median" exit
for name in aot node; do
  if [[ $name == aot ]]; then label="bin/aot check"; else label="node --check"; fi
  wall=$(col "$WORK/result-$name" 1 | median)
  rss=$(col "$WORK/result-$name" 2 | median)
  codes=$(col "$WORK/result-$name" 3 | sort -u | paste -sd, -)
  printf '%-22s %10.3f s %15s %11.1f MiB %6s\n' "$label" "$wall" "$(col "$WORK/result-$name" 1 | minmax)" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$codes"
done
wall_ratio=$(paste -d' ' "$WORK/result-aot" "$WORK/result-node" | awk '{ print ($4 > 0 ? $1 / $4 : 0) }' | median)
rss_ratio=$(paste -d' ' "$WORK/result-aot" "$WORK/result-node" | awk '{ print ($5 > 0 ? $2 / $5 : 0) }' | median)
printf '%-22s %11.2fx %15s %14.2fx\n' "ratio aot/node" "$wall_ratio" "" "$rss_ratio"

status=0
for name in aot node; do
  if grep -qv ' 0$' "$WORK/result-$name"; then
    echo "WARNING: $name exited non-zero: the file was not checked successfully, its figures are not comparable. stderr:" >&2
    head -n 5 "$WORK/result-$name.stderr" >&2
    status=1
  fi
done
exit $status
