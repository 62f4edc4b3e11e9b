#!/usr/bin/env bash
# Benchmark: start-up time and memory. `aot -e "console.log(1)"` and `aot hello.js` (a script
# that logs one string) side by side with `node -e` / `node hello.js`, in the same run,
# alternating aot node aot node ...; median wall time and median peak RSS over RUNS runs each
# (after one warm-up run of each, which fills the page cache), with the targets of issues 3
# and 6 marked met or not met (aot -e: at most 10 ms and 12 MB; aot hello.js: at most 8 ms and
# 15 MB; an ES module importing 50 small modules: at most 30 ms; its 30 MB is not an issue target).
#   scripts/bench/startup.sh [-n RUNS]
# Wall time is measured by the shell (EPOCHREALTIME) around the bare command (so it includes
# the shell's fork and exec, as a user's shell would); each run is then repeated under GNU time
# for its peak RSS (%M), since GNU time's own exec would add a millisecond or two to the wall time.
# Exit status 1 if a command fails or prints something other than expected.
# Environment: RUNS (default 20; -n overrides), AOT (default bin/aot, built with `make` when
# missing), NODE (default node).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

RUNS=${RUNS:-20}
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: RUNS / -n needs a positive integer" >&2; exit 2; }

source scripts/bench/lib.sh
bench_tools startup.sh
bench_gnu_time
bench_workdir
HELLO=$WORK/hello.js
echo "console.log('Hello, world!');" >"$HELLO"
# An ES module importing 50 small modules (issue 6: at most 30 ms).
mkdir -p "$WORK/esm50"
ESM50=$WORK/esm50/main.mjs
: >"$ESM50"
for i in $(seq 1 50); do
  echo "export const value = $i; export function add$i(x) { return x + value; }" >"$WORK/esm50/m$i.mjs"
  echo "import { add$i } from './m$i.mjs';" >>"$ESM50"
done
{ echo "let sum = 0;"; for i in $(seq 1 50); do echo "sum = add$i(sum);"; done; echo "console.log(sum);"; } >>"$ESM50"

# Startup is a few milliseconds: time bare runs, and take the RSS from a second run under GNU time.
BENCH_BARE_WALL=1

# Cases: id, expected output, aot command, node command, wall target (ms), RSS target (MB).
CASES=(e hello esm50)
declare -A EXPECT LABEL WALL_TARGET RSS_TARGET
EXPECT[e]=1;                 LABEL[e]='-e "console.log(1)"'; WALL_TARGET[e]=10; RSS_TARGET[e]=12
EXPECT[hello]='Hello, world!'; LABEL[hello]='hello.js';        WALL_TARGET[hello]=8; RSS_TARGET[hello]=15
EXPECT[esm50]=1275;          LABEL[esm50]='esm50/main.mjs';  WALL_TARGET[esm50]=30; RSS_TARGET[esm50]=30
cmd_for() { # cmd_for CASE RUNTIME -> sets CMD array
  local bin
  if [[ $2 == aot ]]; then bin=$AOT; else bin=$NODE; fi
  if [[ $1 == e ]]; then CMD=("$bin" -e 'console.log(1)'); elif [[ $1 == esm50 ]]; then CMD=("$bin" "$ESM50"); else CMD=("$bin" "$HELLO"); fi
}

for c in "${CASES[@]}"; do
  for rt in aot node; do
    cmd_for "$c" "$rt"
    bench_run_once "$WORK/warmup" "${EXPECT[$c]}" "${CMD[@]}"
    : >"$WORK/$c-$rt"
  done
  for ((i = 0; i < RUNS; i++)); do
    for rt in aot node; do
      cmd_for "$c" "$rt"
      bench_run_once "$WORK/$c-$rt" "${EXPECT[$c]}" "${CMD[@]}"
    done
  done
done

# --- report ------------------------------------------------------------------------------------
minmax_ms() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f-%.1f", lo * 1000, hi * 1000 }'; }

echo
echo "start-up: $RUNS runs each after 1 warm-up, alternating aot node"
echo "node $("$NODE" --version); aot $AOT_VERSION; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %12s %15s %15s %6s   %s\n' command "wall median" "wall min-max" "peak RSS median" exit "target (aot)"
status=0
for c in "${CASES[@]}"; do
  for rt in aot node; do
    if [[ $rt == aot ]]; then name=aot; else name=node; fi
    f=$WORK/$c-$rt
    wall=$(col "$f" 1 | median)
    rss=$(col "$f" 2 | median)
    codes=$(col "$f" 3 | sort -u | paste -sd, -)
    target=
    if [[ $rt == aot ]]; then
      wall_ok=$(awk -v w="$wall" -v t="${WALL_TARGET[$c]}" 'BEGIN { print (w * 1000 <= t ? "met" : "NOT met") }')
      rss_ok=$(awk -v r="$rss" -v t="${RSS_TARGET[$c]}" 'BEGIN { print (r * 1024 <= t * 1e6 ? "met" : "NOT met") }')
      target="<= ${WALL_TARGET[$c]} ms: $wall_ok; <= ${RSS_TARGET[$c]} MB: $rss_ok"
    fi
    printf '%-28s %9.1f ms %15s %11.1f MiB %6s   %s\n' "$name ${LABEL[$c]}" "$(awk -v w="$wall" 'BEGIN { print w * 1000 }')" \
      "$(col "$f" 1 | minmax_ms) ms" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$codes" "$target"
    if grep -qv ' 0$' "$f"; then
      echo "FAILED: $name ${LABEL[$c]} (exit statuses $codes; 99 = wrong output). stderr:" >&2
      head -n 5 "$f.stderr" >&2
      status=1
    fi
  done
  wall_ratio=$(paste -d' ' "$WORK/$c-aot" "$WORK/$c-node" | awk '{ print ($4 > 0 ? $1 / $4 : 0) }' | median)
  rss_ratio=$(paste -d' ' "$WORK/$c-aot" "$WORK/$c-node" | awk '{ print ($5 > 0 ? $2 / $5 : 0) }' | median)
  printf '%-28s %11.2fx %15s %14.2fx\n' "ratio aot/node" "$wall_ratio" "" "$rss_ratio"
done
echo "(targets: issue 3 for -e, issue 6 for hello.js and esm50; a target in MB is checked as 10^6 bytes, the stricter reading, against the RSS shown in MiB)"
exit $status
