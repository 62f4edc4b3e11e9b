#!/usr/bin/env bash
# The official parser check, through the real binary as users run it:
#   scripts/test262-parser-tests.sh [--verbose] [--update]
#
# Installs the pinned npm package test262-parser-tests (tests/conformance/parser-tests/
# package.json + package-lock.json, `npm ci`), then runs `bin/aot check` over its 5,361 files in
# batches, one process per directory, goal and batch: pass/ and pass-explicit/ must be accepted,
# fail/ and early/ rejected; *.module.js files are checked with `--module`, the others with
# `--script` when the CLI has that option. A file counts as rejected when stderr has its
# `FILE:LINE:COL: SyntaxError: ...` line. A batch that ends any other way (crash, signal,
# time-out, exit status other than 0/1) is re-run file by file, so a crash is
# pinned on the file that caused it and counted as that file's failure.
#
# Expected failures: if tests/conformance/parser-tests.expected-failures.txt exists (one path
# relative to the package per line, e.g. fail/0053737b6145994c.js, sorted, # comments allowed),
# listed files may fail; a failing file not in the list is a REGRESSION; a listed file that
# passes is reported ("now passing — remove from the list") without failing. --update rewrites
# the list with the current failures. Without a list every file must be classified right.
#
# Exit status 0 when there is no regression, 1 otherwise (2 on a setup problem).
# The last line is "parser-tests: N passed, M failed, K skipped" (files; K: known failures from the list).
#
# Environment: AOT (the binary, default bin/aot; built with `make` when missing),
#              EXPECTED_FAILURES (another list file),
#              BATCH (files per process, default 300), BATCH_TIMEOUT / FILE_TIMEOUT (seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

FIXTURE=tests/conformance/parser-tests
PKG_VERSION=0.0.5
PKG=$ROOT/$FIXTURE/node_modules/test262-parser-tests
LIST=${EXPECTED_FAILURES:-$ROOT/tests/conformance/parser-tests.expected-failures.txt}
AOT=${AOT:-$ROOT/bin/aot}
BATCH=${BATCH:-300}
BATCH_TIMEOUT=${BATCH_TIMEOUT:-300}
FILE_TIMEOUT=${FILE_TIMEOUT:-20}
VERBOSE=0
UPDATE=0

for arg in "$@"; do
  case $arg in
    -v|--verbose) VERBOSE=1 ;;
    --update) UPDATE=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "test262-parser-tests.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

# --- the corpus, pinned ------------------------------------------------------------------------
installed_version() {
  [[ -f $PKG/package.json ]] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$PKG/package.json" | head -n1
}
if [[ "$(installed_version)" != "$PKG_VERSION" ]]; then
  echo "installing test262-parser-tests $PKG_VERSION (npm ci in $FIXTURE)"
  (cd "$FIXTURE" && npm ci --no-audit --no-fund --loglevel=error) >&2
  if [[ "$(installed_version)" != "$PKG_VERSION" ]]; then
    echo "test262-parser-tests.sh: npm ci did not install test262-parser-tests $PKG_VERSION" >&2
    exit 2
  fi
fi

# --- the binary --------------------------------------------------------------------------------
if [[ ! -x $AOT ]]; then
  if [[ $AOT == "$ROOT/bin/aot" && -f Makefile ]]; then
    echo "bin/aot is missing: running make"
    make >&2
  fi
  if [[ ! -x $AOT ]]; then
    echo "test262-parser-tests.sh: no executable at $AOT (run make, or set AOT=...)" >&2
    exit 2
  fi
fi
case $AOT in /*) ;; *) AOT=$ROOT/$AOT ;; esac

WORK=$(mktemp -d "${TMPDIR:-/tmp}/aot-parser-tests.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
RESULTS=$WORK/results.tsv   # path \t accepted|rejected|error \t detail
: >"$RESULTS"

# Runs `aot check` on one file alone and records the outcome (the fallback after a bad batch).
check_one() { # goal-flag file
  local rc=0
  (cd "$PKG" && timeout -k 5 "$FILE_TIMEOUT" "$AOT" check $1 "$2") >"$WORK/one.out" 2>"$WORK/one.err" || rc=$?
  local line
  line=$(grep -m1 -F -- "$2:" "$WORK/one.err" | grep -E '^[^:]+:[0-9]+:[0-9]+: SyntaxError: ' || true)
  if [[ $rc -eq 0 ]]; then
    printf '%s\taccepted\t\n' "$2" >>"$RESULTS"
  elif [[ $rc -eq 1 && -n $line ]]; then
    printf '%s\trejected\t%s\n' "$2" "${line#*: SyntaxError: }" >>"$RESULTS"
  else
    local why="exit status $rc"
    [[ $rc -eq 124 || $rc -eq 137 ]] && why="timed out after ${FILE_TIMEOUT}s"
    [[ $rc -gt 128 && $rc -ne 137 ]] && why="killed by signal $((rc - 128))"
    local first
    first=$(grep -m1 -v '^[[:space:]]*$' "$WORK/one.err" | cut -c1-200 || true)
    printf '%s\terror\t%s%s\n' "$2" "$why" "${first:+: $first}" >>"$RESULTS"
  fi
}

# Runs one batch; on any unexpected ending falls back to one process per file.
check_batch() { # goal-flag file...
  local flag=$1; shift
  local rc=0
  (cd "$PKG" && timeout -k 5 "$BATCH_TIMEOUT" "$AOT" check $flag "$@") >"$WORK/batch.out" 2>"$WORK/batch.err" || rc=$?
  # FILE:LINE:COL: SyntaxError: MESSAGE  ->  FILE \t MESSAGE (first line per file)
  grep -E '^[^:]+:[0-9]+:[0-9]+: SyntaxError: ' "$WORK/batch.err" \
    | sed -E 's/^([^:]+):[0-9]+:[0-9]+: SyntaxError: (.*)$/\1\t\2/' \
    | awk -F'\t' '!seen[$1]++' >"$WORK/batch.rejected" || true
  printf '%s\n' "$@" >"$WORK/batch.files"
  local unknown
  unknown=$(cut -f1 "$WORK/batch.rejected" | grep -vxF -f "$WORK/batch.files" | head -n1 || true)
  local nrej
  nrej=$(wc -l <"$WORK/batch.rejected")
  if [[ -z $unknown && ( ( $rc -eq 0 && $nrej -eq 0 ) || ( $rc -eq 1 && $nrej -gt 0 ) ) ]]; then
    awk -F'\t' -v out="$RESULTS" '
      FILENAME == ARGV[1] { msg[$1] = $2; next }
      { if ($0 in msg) print $0 "\trejected\t" msg[$0] >> out; else print $0 "\taccepted\t" >> out }
    ' "$WORK/batch.rejected" "$WORK/batch.files"
  else
    echo "  batch of $# file(s) ended with exit status $rc${unknown:+ (stderr names unknown file $unknown)}: re-checking one file at a time" >&2
    local f
    for f in "$@"; do check_one "$flag" "$f"; done
  fi
}

# Scripts are checked with --script when the CLI has it, so that no package.json "type" or file
# extension rule can change the goal; modules always with --module.
SCRIPT_FLAG=
check_help=$("$AOT" check --help 2>&1 || true)
if [[ $check_help == *--script* ]]; then SCRIPT_FLAG=--script; fi

DIRS=(pass pass-explicit fail early)
total_files=0
for dir in "${DIRS[@]}"; do
  for goal in script module; do
    if [[ $goal == module ]]; then flag=--module; pattern='*.module.js'; else flag=$SCRIPT_FLAG; pattern='*.js'; fi
    files=()
    while IFS= read -r -d '' f; do
      [[ $goal == script && $f == *.module.js ]] && continue
      files+=("${f#"$PKG"/}")
    done < <(find "$PKG/$dir" -maxdepth 1 -type f -name "$pattern" -print0 | sort -z)
    total_files=$((total_files + ${#files[@]}))
    for ((i = 0; i < ${#files[@]}; i += BATCH)); do
      check_batch "$flag" "${files[@]:i:BATCH}"
    done
  done
done

# --- classification ----------------------------------------------------------------------------
# path \t verdict (ok|wrong) \t detail
awk -F'\t' '
  {
    dir = $1; sub(/\/.*/, "", dir)
    expect_reject = (dir == "fail" || dir == "early")
    if ($2 == "error") { print $1 "\twrong\t" $3; next }
    if (expect_reject && $2 == "rejected") { print $1 "\tok\t"; next }
    if (!expect_reject && $2 == "accepted") { print $1 "\tok\t"; next }
    if (expect_reject) print $1 "\twrong\tparsed, but a SyntaxError was expected"
    else print $1 "\twrong\tunexpected SyntaxError: " $3
  }' "$RESULTS" | sort -t$'\t' -k1,1 >"$WORK/verdicts.tsv"

checked=$(wc -l <"$WORK/verdicts.tsv")
if [[ $checked -ne $total_files ]]; then
  echo "test262-parser-tests.sh: internal error: $total_files files but $checked results" >&2
  exit 2
fi

echo
printf '%-16s %7s %21s %21s %7s %8s\n' directory files accepted-as-expected rejected-as-expected wrong percent
awk -F'\t' '
  {
    dir = $1; sub(/\/.*/, "", dir); dir = dir "/"
    n[dir]++; N++
    if ($2 == "wrong") { w[dir]++; W++ }
    else if (dir == "fail/" || dir == "early/") { r[dir]++; R++ }
    else { a[dir]++; A++ }
  }
  function row(name, files, acc, rej, wrong) {
    printf "%-16s %7d %21d %21d %7d %7.2f%%\n", name, files, acc, rej, wrong, files ? 100 * (acc + rej) / files : 100
  }
  END {
    split("pass/ pass-explicit/ fail/ early/", order, " ")
    for (i = 1; i <= 4; i++) row(order[i], n[order[i]], a[order[i]], r[order[i]], w[order[i]])
    row("total", N, A, R, W)
  }' "$WORK/verdicts.tsv"

awk -F'\t' '$2 == "wrong"' "$WORK/verdicts.tsv" >"$WORK/wrong.tsv"
cut -f1 "$WORK/wrong.tsv" >"$WORK/failing"
cut -f1 "$WORK/verdicts.tsv" >"$WORK/all"
failed=$(wc -l <"$WORK/failing")
passed=$((checked - failed))

if [[ $VERBOSE -eq 1 && $failed -gt 0 ]]; then
  echo
  echo "failures ($failed):"
  awk -F'\t' '{ print "  FAIL " $1 ": " $3 }' "$WORK/wrong.tsv"
fi

# --- expected failures -------------------------------------------------------------------------
echo
status=0
if [[ -f $LIST ]]; then
  sed -e 's/[[:space:]]#.*$//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$LIST" | grep -v -e '^#' -e '^$' | LC_ALL=C sort -u >"$WORK/expected" || true
  echo "expected-failure list ${LIST#"$ROOT"/}: $(wc -l <"$WORK/expected") entries"
else
  : >"$WORK/expected"
  echo "no expected-failure list (${LIST#"$ROOT"/}): every file must be classified right"
fi
LC_ALL=C sort -o "$WORK/failing" "$WORK/failing"
LC_ALL=C sort -o "$WORK/all" "$WORK/all"
LC_ALL=C comm -23 "$WORK/failing" "$WORK/expected" >"$WORK/regressions"
LC_ALL=C comm -13 "$WORK/failing" "$WORK/expected" >"$WORK/not-failing"
LC_ALL=C comm -12 "$WORK/not-failing" "$WORK/all" >"$WORK/now-passing"
LC_ALL=C comm -23 "$WORK/not-failing" "$WORK/all" >"$WORK/stale"

if [[ -s $WORK/now-passing ]]; then
  echo "$(wc -l <"$WORK/now-passing") file(s) now passing — remove from the list (or run with --update):"
  sed 's/^/  now passing — remove from the list: /' "$WORK/now-passing"
fi
if [[ -s $WORK/stale ]]; then
  echo "$(wc -l <"$WORK/stale") stale list entries (no such file in the corpus; --update drops them):"
  sed 's/^/  not found: /' "$WORK/stale"
fi

if [[ $UPDATE -eq 1 ]]; then
  {
    if [[ -f $LIST ]] && grep -q '^#' "$LIST"; then
      awk '/^#/ || /^[[:space:]]*$/ { if ($0 != "") print; next } { exit }' "$LIST"
    else
      echo "# test262-parser-tests $PKG_VERSION files the parser gets wrong (paths relative to the package)."
      echo "# Read by scripts/test262-parser-tests.sh and by \`aot-conformance parser-tests\`."
      echo "# A file listed here may fail; a failing file not listed is a regression (exit 1)."
    fi
    cat "$WORK/failing"
  } >"$WORK/new-list"
  mv "$WORK/new-list" "$LIST"
  echo "updated ${LIST#"$ROOT"/}: $failed entries"
elif [[ -s $WORK/regressions ]]; then
  echo "$(wc -l <"$WORK/regressions") REGRESSION(S) (failing, not in the expected-failure list):"
  LC_ALL=C join -t$'\t' "$WORK/regressions" <(LC_ALL=C sort -t$'\t' -k1,1 "$WORK/wrong.tsv") \
    | awk -F'\t' '{ print "  REGRESSION " $1 ": " $3 }'
  status=1
else
  echo "no regressions"
fi

# Known failures (listed, still failing) are reported as skipped; only regressions count as failed.
regressed=0
[[ $UPDATE -eq 0 && -s $WORK/regressions ]] && regressed=$(wc -l <"$WORK/regressions")
echo "($((failed - regressed)) known failures from the expected-failure list are counted as skipped)"
echo "parser-tests: $passed passed, $regressed failed, $((failed - regressed)) skipped"
exit $status
