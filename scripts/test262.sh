#!/usr/bin/env bash
# test262 with the engine, in-process (a developer and CI check; `make test262`):
#   scripts/test262.sh [--filter PREFIX]... [--verbose] [--update] [--json FILE]
#                      [--timeout SECONDS] [--threads N] [--in-process] [--test262 DIR]
# Runs ../shared/test262/test (language/, built-ins/, annexB/; minus intl402/, staging/, fixtures
# and tests of proposals not in ES2024 or stage 4) on a pool of worker processes, a fresh realm per
# test, sloppy and strict as the frontmatter says, and prints pass rates per directory. Failures
# are compared with tests/conformance/test262.expected-failures.txt: a failing test not in the list
# is a REGRESSION (exit 1); a listed test that now passes is reported ("now passing — remove from
# the list"); --update rewrites the list. See tests/Aot.Test262/Program.cs for all options.
# The last line is "test262: N passed, M failed, K skipped" (K: known failures from the list).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build tests/Aot.Test262/Aot.Test262.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
exec dotnet tests/Aot.Test262/bin/Release/net9.0/aot-test262.dll "$@"
