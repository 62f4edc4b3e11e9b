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
AOT=${AOT:-$ROOT/bin/aot}
NODE=${NODE:-node}

# --- inputs and tools --------------------------------------------------------------------------
installed_ts() { [[ -f $TS_DIR/package.json ]] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$TS_DIR/package.json" | head -n1; }
if [[ "$(installed_ts)" != "$TS_VERSION" ]]; then
  echo "installing typescript $TS_VERSION (npm ci in $FIXTURES)" >&2
  (cd "$FIXTURES" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
[[ -f $INPUT ]] || { echo "check-typescript.sh: $INPUT is missing after npm ci" >&2; exit 2; }

if [[ ! -x $AOT && $AOT == "$ROOT/bin/aot" ]]; then
  echo "bin/aot is missing: running make" >&2
  make >&2
fi
[[ -x $AOT ]] || { echo "check-typescript.sh: no executable at $AOT (run make, or set AOT=...)" >&2; exit 2; }
command -v "$NODE" >/dev/null || { echo "check-typescript.sh: node not found" >&2; exit 2; }

# GNU time gives the peak RSS of a finished process (Debian package `time`).
GNU_TIME=/usr/bin/time
if [[ ! -x $GNU_TIME ]] && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "installing GNU time (apt-get install time)" >&2
  (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
fi
if [[ ! -x $GNU_TIME ]]; then
  echo "note: /usr/bin/time is unavailable: peak RSS is sampled from /proc/PID/status (VmHWM) every 5 ms, a lower bound" >&2
  GNU_TIME=
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/aot-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# run_once NAME CMD... : appends "wall_seconds rss_kb exit_status" to $WORK/NAME
run_once() {
  local name=$1; shift
  local start end rc=0 rss
  if [[ -n $GNU_TIME ]]; then
    start=$EPOCHREALTIME
    "$GNU_TIME" -f '%M' -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/$name.stderr" || rc=$?
    end=$EPOCHREALTIME
    rss=$(tail -n1 "$WORK/rss")
  else
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>"$WORK/$name.stderr" &
    local pid=$! hwm=0 v
    while v=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && [[ -n $v ]]; do
      ((v > hwm)) && hwm=$v
      sleep 0.005
    done
    wait "$pid" || rc=$?
    end=$EPOCHREALTIME
    rss=$hwm
  fi
  echo "$start $end $rss $rc" | awk '{ printf "%.6f %d %d\n", $2 - $1, $3, $4 }' >>"$WORK/$name"
}

AOT_CMD=("$AOT" check "$INPUT")
NODE_CMD=("$NODE" --check "$INPUT")

for ((i = 0; i < WARMUP; i++)); do
  run_once warmup-aot "${AOT_CMD[@]}"
  run_once warmup-node "${NODE_CMD[@]}"
done
: >"$WORK/aot"; : >"$WORK/node"
for ((i = 0; i < RUNS; i++)); do
  run_once aot "${AOT_CMD[@]}"
  run_once node "${NODE_CMD[@]}"
done

# --- report ------------------------------------------------------------------------------------
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$WORK/$1"; }
minmax() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'; }

bytes=$(wc -c <"$INPUT")
echo
echo "check lib/typescript.js (typescript $(installed_ts), $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')): $RUNS runs each after $WARMUP warm-up, alternating"
echo "node $("$NODE" --version); aot $("$AOT" --version 2>/dev/null | head -n1 || echo '?'); $(nproc) CPUs"
printf '%-22s %12s %15s %15s %6s\n' command "wall median" "wall min-max" "peak RSS median" exit
for name in aot node; do
  if [[ $name == aot ]]; then label="bin/aot check"; else label="node --check"; fi
  wall=$(col "$name" 1 | median)
  rss=$(col "$name" 2 | median)
  codes=$(col "$name" 3 | sort -u | paste -sd, -)
  printf '%-22s %10.3f s %15s %11.1f MiB %6s\n' "$label" "$wall" "$(col "$name" 1 | minmax)" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$codes"
done
wall_ratio=$(paste -d' ' "$WORK/aot" "$WORK/node" | awk '{ print ($4 > 0 ? $1 / $4 : 0) }' | median)
rss_ratio=$(paste -d' ' "$WORK/aot" "$WORK/node" | awk '{ print ($5 > 0 ? $2 / $5 : 0) }' | median)
printf '%-22s %11.2fx %15s %14.2fx\n' "ratio aot/node" "$wall_ratio" "" "$rss_ratio"

status=0
for name in aot node; do
  if grep -qv ' 0$' "$WORK/$name"; then
    echo "WARNING: $name exited non-zero: the file was not checked successfully, its figures are not comparable. stderr:" >&2
    head -n 5 "$WORK/$name.stderr" >&2
    status=1
  fi
done
exit $status
