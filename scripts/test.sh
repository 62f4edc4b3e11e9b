#!/usr/bin/env bash
# Runs every test: the xunit projects (unit + snapshot tests through bin/aot), the
# test262-parser-tests check through bin/aot, the test262 parse-conformance check and the test262
# run with the engine (scripts/test262.sh, about 2.5 minutes on 2 cores), each against its
# expected-failure list, and the npm packages compared with node (scripts/test-npm.sh, runs `npm ci`). Ends with one line "N passed, M failed" totalling all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
skipped=0
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

add_counts() { # reads "P F S" triples: passed, failed, skipped
  local p f s
  while read -r p f s; do passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + ${s:-0})); done
}

# Date's local zone and Temporal's named zones read the system tz database (Debian package tzdata);
# test262's Temporal tests and the time-zone unit tests need it.
if [ ! -f /usr/share/zoneinfo/tzdata.zi ] && command -v apt-get >/dev/null; then
  echo "== installing tzdata (the tz database Date and Temporal read)"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo -n"
  { $sudo_cmd apt-get install -y -q tzdata || { $sudo_cmd apt-get update -q && $sudo_cmd apt-get install -y -q tzdata; }; } >/dev/null 2>&1 \
    || echo "could not install tzdata: named time zones will be missing"
fi

echo "== unit and snapshot tests (dotnet test)"
dotnet test Aot.sln -c Release --nologo 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
counts=$(sed -nE 's/.*Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+),.*/\2 \1 \3/p' "$log")
if [ -z "$counts" ]; then echo "dotnet test printed no summary"; status=1; failed=$((failed + 1)); fi
add_counts <<< "$counts"

# test262 gets a generous per-test limit in CI: a test that passes in a second must not turn into
# a "regression" because the machine is busy (hung tests are already in the expected list).
for check in scripts/test262-parser-tests.sh scripts/test262-parse.sh "scripts/test262.sh --timeout 20" scripts/test-npm.sh; do
  [ -x "${check%% *}" ] || continue
  echo "== $check"
  $check 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  counts=$(sed -nE 's/^[a-z0-9-]+: ([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?$/\1 \2 \4/p' "$log" | tail -n 1)
  if [ -z "$counts" ]; then echo "$check printed no count"; status=1; failed=$((failed + 1)); fi
  add_counts <<< "$counts"
done

echo "$passed passed, $failed failed, $skipped skipped"
exit $status
