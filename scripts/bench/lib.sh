# Shared by the whole-process benchmarks (check-typescript.sh, cpu.sh, startup.sh): finding the
# binaries, GNU time for peak RSS, one timed run, and the statistics. Source it after `cd` to the
# repository root with ROOT set; it defines functions and the variables AOT, NODE, GNU_TIME, WORK.

# bench_tools SCRIPT_NAME: AOT (default bin/aot, built with `make` when missing) and NODE must run.
bench_tools() {
  AOT=${AOT:-$ROOT/bin/aot}
  NODE=${NODE:-node}
  if [[ ! -x $AOT && $AOT == "$ROOT/bin/aot" ]]; then
    echo "bin/aot is missing: running make" >&2
    make >&2
  fi
  [[ -x $AOT ]] || { echo "$1: no executable at $AOT (run make, or set AOT=...)" >&2; exit 2; }
  command -v "$NODE" >/dev/null || { echo "$1: node not found" >&2; exit 2; }
}

# bench_gnu_time: GNU time gives the peak RSS of a finished process (Debian package `time`);
# without it GNU_TIME is empty and the RSS is sampled from /proc (a lower bound).
bench_gnu_time() {
  GNU_TIME=/usr/bin/time
  if [[ ! -x $GNU_TIME ]] && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing GNU time (apt-get install time)" >&2
    (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
  fi
  if [[ ! -x $GNU_TIME ]]; then
    echo "note: /usr/bin/time is unavailable: peak RSS is sampled from /proc/PID/status (VmHWM) every 5 ms, a lower bound (and the sampling loop inflates wall time)" >&2
    GNU_TIME=
  fi
}

# bench_workdir: a scratch directory removed on exit, holding a private copy of the aot binary so
# that a rebuild of bin/aot during the run cannot mix builds. Sets AOT_VERSION.
bench_workdir() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/aot-bench.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
  cp "$AOT" "$WORK/aot"
  AOT_VERSION=$("$AOT" --version 2>/dev/null | head -n1 || echo '?')
  AOT=$WORK/aot
}

# bench_run_once FILE EXPECTED CMD... : appends "wall_seconds rss_kb status" to FILE. status is the
# exit status, or 99 when the process exited 0 but did not print exactly EXPECTED ('*': any output).
# With BENCH_BARE_WALL=1 the wall time is taken from a bare run (GNU time's own exec adds a
# millisecond or two, which matters for startup) and the RSS from a second run under GNU time.
bench_run_once() {
  local file=$1 expected=$2; shift 2
  local start end rc=0 rss
  if [[ -n $GNU_TIME && ${BENCH_BARE_WALL:-0} == 1 ]]; then
    start=$EPOCHREALTIME
    "$@" >"$WORK/out" 2>"$file.stderr" || rc=$?
    end=$EPOCHREALTIME
    "$GNU_TIME" -f '%M' -o "$WORK/rss" "$@" >/dev/null 2>&1 || true
    rss=$(tail -n1 "$WORK/rss")
  elif [[ -n $GNU_TIME ]]; then
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
  if [[ $rc -eq 0 && $expected != '*' && "$(cat "$WORK/out")" != "$expected" ]]; then
    rc=99
    { echo "unexpected output:"; head -c 2000 "$WORK/out"; } >>"$file.stderr"
  fi
  echo "$start $end $rss $rc" | awk '{ printf "%.6f %d %d\n", $2 - $1, $3, $4 }' >>"$file"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minmax() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'; }
# col FILE N: column N of a results file.
col() { awk -v c="$2" '{ print $c }' "$1"; }
