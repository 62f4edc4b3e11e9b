#!/usr/bin/env bash
# Parser conformance against test262, in-process (fast; a developer check):
#   scripts/test262-parse.sh [--test262 DIR] [--expected FILE] [--update] [--verbose]
#                            [--filter PREFIX] [--timeout SECONDS] [--threads N]
# Parses every test of ../shared/test262/test (minus intl402/, staging/ and fixtures) with
# Aot.Engine's parser: parse-phase negative tests must be rejected, all others accepted, under
# each goal the test's flags ask for. Failures are compared with
# tests/conformance/test262-parse.expected-failures.txt: a failing file not in the list is a
# REGRESSION (exit 1); a listed file that now passes is reported ("now passing — remove from the
# list"); --update rewrites the list. See scripts/conformance/Program.cs for all options.
# The last line is "test262-parse: N passed, M failed, K skipped" (K: known failures from the list).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
exec dotnet run -c Release --project scripts/conformance -- test262-parse "$@"
