#!/usr/bin/env bash
# TCP echo benchmark: the Aot echo server on epoll and on io_uring, and node's, each driven by the
# same load client in a second process. Prints requests/second side by side.
#   scripts/bench/echo/run.sh [connections=100] [seconds=5] [message-bytes=64]
# Servers are built as Native AOT (like the shipped `aot` binary); AOT_BENCH_JIT=1 uses JIT builds.
set -euo pipefail
cd "$(dirname "$0")"
CONNS=${1:-100}; SECS=${2:-5}; SIZE=${3:-64}
OUT=${OUT:-../../../artifacts/bench-echo}
mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ "${AOT_BENCH_JIT:-0}" == 1 ]]; then
  dotnet build server -c Release -o "$OUT/server" -v quiet --nologo >/dev/null
  SERVER="$OUT/server/Aot.Bench.EchoServer"
else
  dotnet publish server -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/server" -v quiet --nologo >/dev/null
  SERVER="$OUT/server/Aot.Bench.EchoServer"
fi
dotnet build client -c Release -o "$OUT/client" -v quiet --nologo >/dev/null
CLIENT="$OUT/client/Aot.Bench.EchoClient"

wait_port() { for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && return 0; sleep 0.1; done; echo "server on $1 did not start" >&2; return 1; }

run_one() { # name port command...
  local name=$1 port=$2; shift 2
  "$@" >/dev/null & local pid=$!
  wait_port "$port"
  local rps; rps=$("$CLIENT" "$port" "$CONNS" "$SECS" "$SIZE") || rps="failed"
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  printf '%-16s %12s req/s\n' "$name" "$rps"
}

echo "echo benchmark: $CONNS connections, $SIZE-byte messages, ${SECS}s per server, $(nproc) cpus, node $(node --version)"
run_one "aot epoll"    7101 "$SERVER" epoll 7101
run_one "aot io_uring" 7102 "$SERVER" io_uring 7102
run_one "node"         7103 node node-echo-server.js 7103
