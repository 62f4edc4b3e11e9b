#!/usr/bin/env bash
# Benchmark: the CPU suite in scripts/bench/cpu (richards, deltablue, raytrace, navier-stokes,
# rsa, splay: programs in the style of the classic interpreter benchmarks), run whole-process by
# bin/aot, node and, when on PATH, qjs, side by side in the same run, alternating
# aot node qjs aot node qjs ... so that a drift in the machine's speed hits each runtime.
#   scripts/bench/cpu.sh [-n RUNS] [--suite stdlib] [NAME ...]   (NAME: richards, deltablue, ...; default all)
# --suite stdlib runs the standard-library suite in scripts/bench/stdlib instead (issue 4: json,
# sort, string-build, regex-scan); `make bench-stdlib`.
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
SUITE=cpu
NAMES=()
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) RUNS=$2; shift 2 ;;
    --suite) SUITE=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "cpu.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    *) NAMES+=("$1"); shift ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "cpu.sh: RUNS / -n needs a positive integer" >&2; exit 2; }
DIR=scripts/bench/$SUITE
case $SUITE in
  cpu) DEFAULT_NAMES=(richards deltablue raytrace navier-stokes rsa splay) ;;
  stdlib) DEFAULT_NAMES=(json sort string-build regex-scan) ;;
  *) echo "cpu.sh: unknown suite '$SUITE' (cpu or stdlib)" >&2; exit 2 ;;
esac
if [[ ${#NAMES[@]} -eq 0 ]]; then NAMES=("${DEFAULT_NAMES[@]}"); fi
for name in "${NAMES[@]}"; do
  [[ -f $DIR/$name.js ]] || { echo "cpu.sh: no benchmark $DIR/$name.js" >&2; exit 2; }
done

QJS=${QJS-$(command -v qjs || true)}
source scripts/bench/lib.sh
bench_tools cpu.sh

RUNTIMES=(aot node)
[[ -n $QJS ]] && RUNTIMES+=(qjs)
runtime_cmd() {
  case $1 in
    aot) echo "$AOT" ;;
    node) echo "$NODE" ;;
    qjs) echo "$QJS" ;;
  esac
}

bench_gnu_time
bench_workdir


echo
echo "$SUITE benchmarks (scripts/bench/$SUITE): $RUNS runs each, alternating ${RUNTIMES[*]}"
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
      bench_run_once "$WORK/$name-$rt" "$expected" "$(runtime_cmd "$rt")" "$file"
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
