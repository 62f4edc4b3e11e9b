# aot — build, test, benchmark. See README.md.
#   make            build bin/aot (Native AOT, one file)
#   make test       build, then run every test (unit, snapshot, conformance checks); last line "N passed, M failed"
#   make test-npm   real npm packages (tests/npm, npm ci) run with aot and node, outputs compared byte for byte
#   make test262-parse   parse-conformance table for ../shared/test262
#   make test262    run test262 with the engine (pass rates per directory, expected-failure check)
#   make bench      parser benchmark side by side with node (typescript.js)
#   make bench-echo TCP echo throughput of the event loop (epoll, io_uring) vs node
#   make bench-cpu  six CPU benchmarks (scheduler, constraints, ray tracer, fluid, RSA, splay) vs node
#   make bench-stdlib  JSON, sort, string building and regex scan (issue 4) vs node
#   make bench-startup  startup wall time and peak RSS vs node
DOTNET      ?= dotnet
CONFIG      ?= Release
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

SOURCES := $(shell find cli runtime -name '*.cs' -o -name '*.csproj' -o -path '*/Scripts/*.js') Directory.Build.props

.PHONY: all test test-npm parser-tests test262-parse test262 bench bench-echo bench-cpu bench-stdlib bench-startup clean

all: bin/aot

bin/aot: $(SOURCES)
	$(DOTNET) publish cli/Aot.Cli.csproj -c $(CONFIG) -o artifacts/publish --nologo -v quiet
	@mkdir -p bin
	cp artifacts/publish/aot bin/aot
	@echo "built bin/aot ($$(du -h bin/aot | cut -f1))"

test: bin/aot
	scripts/test.sh

test-npm: bin/aot
	scripts/test-npm.sh

test262-parse:
	scripts/test262-parse.sh

test262:
	scripts/test262.sh

parser-tests: bin/aot
	scripts/test262-parser-tests.sh

bench: bin/aot
	scripts/bench/check-typescript.sh

bench-echo:
	scripts/bench/echo/run.sh

bench-cpu: bin/aot
	scripts/bench/cpu.sh

bench-stdlib: bin/aot
	scripts/bench/cpu.sh --suite stdlib

bench-startup: bin/aot
	scripts/bench/startup.sh

clean:
	rm -rf bin artifacts
	find . -name obj -type d -prune -exec rm -rf {} + ; find . -name bin -type d -prune -path '*/tests/*' -exec rm -rf {} +
