#!/usr/bin/env bash
# Real npm packages with aot: tests/npm/package.json pins pure-JS packages (package-lock.json; installed
# with `npm ci` when node_modules is missing or older than the lock), and each tests/npm/programs/*.mjs
# and *.cjs runs with bin/aot and with node from that folder; stdout and the exit code must be
# identical byte for byte. Programs listed in tests/npm/expected-failures.txt must still differ (one
# that starts matching fails the run until it is removed from the list, so progress is noticed).
#   scripts/test-npm.sh [--verbose] [PROGRAM...]
# Last line: "test-npm: N passed, M failed, K skipped" (K: listed expected failures that still fail).
set -uo pipefail
cd "$(dirname "$0")/.."
dir=tests/npm
aot=${AOT:-bin/aot}
verbose=0
[ "${1:-}" = "--verbose" ] && { verbose=1; shift; }

if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
  echo "== npm ci in $dir"
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "npm ci failed"
    echo "test-npm: 0 passed, 1 failed, 0 skipped"
    exit 1
  fi
fi

declare -A expected
while read -r name reason; do
  [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
  expected[$name]=$reason
done < "$dir/expected-failures.txt"

passed=0 failed=0 skipped=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=($(cd "$dir/programs" && ls *.mjs *.cjs))
for program in "${programs[@]}"; do
  (cd "$dir/programs" && node "$program" > "$tmp/node.out" 2> "$tmp/node.err"; echo "exit: $?" >> "$tmp/node.out")
  (cd "$dir/programs" && timeout 60 "$OLDPWD/$aot" "$program" > "$tmp/aot.out" 2> "$tmp/aot.err"; echo "exit: $?" >> "$tmp/aot.out")
  if cmp -s "$tmp/node.out" "$tmp/aot.out"; then same=1; else same=0; fi
  if [ -n "${expected[$program]+x}" ]; then
    if [ $same = 1 ]; then
      echo "NOW PASSING $program — remove it from $dir/expected-failures.txt"
      failed=$((failed + 1))
    else
      echo "known failure $program: ${expected[$program]}"
      [ $verbose = 1 ] && head -3 "$tmp/aot.err"
      skipped=$((skipped + 1))
    fi
  elif [ $same = 1 ]; then
    echo "pass $program"
    passed=$((passed + 1))
  else
    echo "FAIL $program: output differs from node's"
    diff "$tmp/node.out" "$tmp/aot.out" | head -20
    head -5 "$tmp/aot.err"
    failed=$((failed + 1))
  fi
done
echo "test-npm: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
