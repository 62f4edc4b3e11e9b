#!/usr/bin/env bash
# Benchmark: the CPU suite in scripts/bench/cpu (richards, deltablue, raytrace, navier-stokes,
# rsa, splay: programs in the style of the classic interpreter benchmarks), run whole-process by
# bin/aot, node and, when on PATH, qjs, side by side in the same run, alternating
# aot node qjs aot node qjs ... so that a drift in the machine's speed hits each runtime.
#   scripts/bench/cpu.sh [-n RUNS] [NAME ...]      (NAME: richards, deltablue, ...; default all)
# Prints, per benchmark, the median wall time of each runtime and the ratios aot/node and
# qjs/node (medians of the per-run ratios), then the geometric means of the ratios. Wall time is
# measured by the shell (EPOCHREALTIME) around GNU time, which also reports the peak RSS (%M).
# Each benchmark checks its own result and prints "NAME: checksum ok"; a run that exits non-zero
# or prints anything else counts as failed, and the script then exits 1.
# Environment: RUNS (default 3; -n overrides), AOT (default bin/aot, built with `make` when
# missing), NODE (default node), QJS (default qjs when on PATH; QJS= to skip it).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

RUNS=${RUNS:-3}
NAMES=()
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "cpu.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    *) NAMES+=("$1"); shift ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "cpu.sh: RUNS / -n needs a positive integer" >&2; exit 2; }
DIR=scripts/bench/cpu
if [[ ${#NAMES[@]} -eq 0 ]]; then NAMES=(richards deltablue raytrace navier-stokes rsa splay); fi
for name in "${NAMES[@]}"; do
  [[ -f $DIR/$name.js ]] || { echo "cpu.sh: no benchmark $DIR/$name.js" >&2; exit 2; }
done

AOT=${AOT:-$ROOT/bin/aot}
NODE=${NODE:-node}
QJS=${QJS-$(command -v qjs || true)}

if [[ ! -x $AOT && $AOT == "$ROOT/bin/aot" ]]; then
  echo "bin/aot is missing: running make" >&2
  make >&2
fi
[[ -x $AOT ]] || { echo "cpu.sh: no executable at $AOT (run make, or set AOT=...)" >&2; exit 2; }
command -v "$NODE" >/dev/null || { echo "cpu.sh: node not found" >&2; exit 2; }

RUNTIMES=(aot node)
[[ -n $QJS ]] && RUNTIMES+=(qjs)
runtime_cmd() {
  case $1 in
    aot) echo "$AOT" ;;
    node) echo "$NODE" ;;
    qjs) echo "$QJS" ;;
  esac
}

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
# Run a private copy of the binary, so that a rebuild of bin/aot during the run cannot mix builds.
cp "$AOT" "$WORK/aot"
AOT_VERSION=$("$AOT" --version 2>/dev/null | head -n1 || echo '?')
AOT=$WORK/aot

# run_once FILE EXPECTED CMD... : appends "wall_seconds rss_kb status" to FILE, where status is
# the exit status, or 99 when the process exited 0 but did not print exactly EXPECTED.
run_once() {
  local file=$1 expected=$2; shift 2
  local start end rc=0 rss
  if [[ -n $GNU_TIME ]]; then
    start=$EPOCHREALTIME
    "$GNU_TIME" -f '%M' -o "$WORK/rss" "$@" >"$WORK/out" 2>"$file.stderr" || rc=$?
    end=$EPOCHREALTIME
    rss=$(tail -n1 "$WORK/rss")
  else
    start=$EPOCHREALTIME
    "$@" >"$WORK/out" 2>"$file.stderr" &
    local pid=$! hwm=0 v
    while v=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && [[ -n $v ]]; do
      ((v > hwm)) && hwm=$v
      sleep 0.005
    done
    wait "$pid" || rc=$?
    end=$EPOCHREALTIME
    rss=$hwm
  fi
  if [[ $rc -eq 0 && "$(cat "$WORK/out")" != "$expected" ]]; then
    rc=99
    { echo "unexpected output:"; head -c 2000 "$WORK/out"; } >>"$file.stderr"
  fi
  echo "$start $end $rss $rc" | awk '{ printf "%.6f %d %d\n", $2 - $1, $3, $4 }' >>"$file"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$1"; }

echo
echo "CPU benchmarks (scripts/bench/cpu): $RUNS runs each, alternating ${RUNTIMES[*]}"
echo "node $("$NODE" --version); aot $AOT_VERSION${QJS:+; qjs $QJS}; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
header=$(printf '%-14s' benchmark)
for rt in "${RUNTIMES[@]}"; do header+=$(printf ' %12s' "$rt"); done
header+=$(printf ' %14s' "aot/node")
[[ -n $QJS ]] && header+=$(printf ' %14s' "qjs/node")
header+=$(printf ' %12s %6s' "aot peak RSS" status)
echo "$header"

status=0
: >"$WORK/ratios-aot"; : >"$WORK/ratios-qjs"
for name in "${NAMES[@]}"; do
  file=$DIR/$name.js
  expected="$name: checksum ok"
  for rt in "${RUNTIMES[@]}"; do : >"$WORK/$name-$rt"; done
  for ((i = 0; i < RUNS; i++)); do
    for rt in "${RUNTIMES[@]}"; do
      run_once "$WORK/$name-$rt" "$expected" "$(runtime_cmd "$rt")" "$file"
    done
  done
  line=$(printf '%-14s' "$name")
  for rt in "${RUNTIMES[@]}"; do
    line+=$(printf ' %10.3f s' "$(col "$WORK/$name-$rt" 1 | median)")
  done
  aot_ratio=$(paste -d' ' "$WORK/$name-aot" "$WORK/$name-node" | awk '{ print ($4 > 0 ? $1 / $4 : 0) }' | median)
  line+=$(printf ' %13.1fx' "$aot_ratio")
  echo "$aot_ratio" >>"$WORK/ratios-aot"
  if [[ -n $QJS ]]; then
    qjs_ratio=$(paste -d' ' "$WORK/$name-qjs" "$WORK/$name-node" | awk '{ print ($4 > 0 ? $1 / $4 : 0) }' | median)
    line+=$(printf ' %13.1fx' "$qjs_ratio")
    echo "$qjs_ratio" >>"$WORK/ratios-qjs"
  fi
  rss=$(col "$WORK/$name-aot" 2 | median)
  line+=$(printf ' %8.1f MiB' "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')")
  failed=
  for rt in "${RUNTIMES[@]}"; do
    if grep -qv ' 0$' "$WORK/$name-$rt"; then failed+="${failed:+,}$rt"; fi
  done
  if [[ -n $failed ]]; then line+=" FAIL:$failed"; else line+=$(printf ' %6s' ok); fi
  echo "$line"
  for rt in ${failed//,/ }; do
    echo "FAILED: $rt $file (exit statuses $(col "$WORK/$name-$rt" 3 | sort -u | paste -sd, -); 99 = wrong output). stderr:" >&2
    head -n 8 "$WORK/$name-$rt.stderr" >&2
    status=1
  done
done

geomean() { awk '$1 > 0 { s += log($1); n++ } END { if (n) printf "%.1fx", exp(s / n); else print "-" }' "$1"; }
line=$(printf '%-14s' "geometric mean")
for rt in "${RUNTIMES[@]}"; do line+=$(printf ' %12s' ""); done
line+=$(printf ' %14s' "$(geomean "$WORK/ratios-aot")")
[[ -n $QJS ]] && line+=$(printf ' %14s' "$(geomean "$WORK/ratios-qjs")")
echo "$line"
[[ $status -eq 0 ]] || echo "WARNING: some runs failed their checksum or exited non-zero: their times are not comparable" >&2
exit $status
