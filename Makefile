# The two commands of the README: `make run` and `make test`. Each installs
# what is missing, fetches the third-party sources into build/_deps, builds the
# WebAssembly UI, embeds it in the native host and then runs or tests.
SHELL := /bin/bash
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
# Emscripten's JS optimizer needs Debian's node modules (acorn).
export NODE_PATH := /usr/share/nodejs

WASM_DIR := build/wasm
NATIVE_DIR := build/native
UI_HTML := $(WASM_DIR)/wasm-ui/samenwerkingsmonitor-ui.html
UI_WASM := $(WASM_DIR)/wasm-ui/samenwerkingsmonitor-ui.wasm
EXE := $(NATIVE_DIR)/native-host/samenwerkingsmonitor
RUN_ARGS ?=

.PHONY: all deps test-deps wasm native run test bench bench-http clean
all: native

deps:
	@scripts/install-deps.sh
	@scripts/fetch-deps.sh

test-deps: deps
	@scripts/install-deps.sh --test
	@cd tests/browser && { [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error; }

wasm: deps
	@[ -f $(WASM_DIR)/CMakeCache.txt ] || emcmake cmake -S . -B $(WASM_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	@cmake --build $(WASM_DIR) -j $(JOBS)

native: wasm
	@[ -f $(NATIVE_DIR)/CMakeCache.txt ] || cmake -S . -B $(NATIVE_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DSWM_UI_HTML=$(CURDIR)/$(UI_HTML) >/dev/null
	@cmake --build $(NATIVE_DIR) -j $(JOBS)

run: native
	$(EXE) $(RUN_ARGS)

test: test-deps native
	ctest --test-dir $(NATIVE_DIR) --output-on-failure -j 2

# The host's figures, printed, never asserted: API load side by side with
# the Node peer in PEER_DIR (wrk), start to the first frame in Chromium, the
# UI's CPU time per frame on the map with the whole country (BENCH_GEO, see
# mk/bench.mk; skipped when absent) and the sizes of what is shipped.
PEER_DIR ?= $(CURDIR)/../shared/peer
bench-http: test-deps native
	@PEER_DIR=$(PEER_DIR) bench/http_bench.sh $(EXE)
	@node bench/startup_bench.mjs $(EXE)
	@if [ -f "$(BENCH_GEO)" ]; then SWM_EXE=$(CURDIR)/$(EXE) node bench/map_frame_bench.mjs "$(BENCH_GEO)" $(BENCH_DENSIFY); \
	 else echo "map frame: $(BENCH_GEO) not found (official boundaries, test material); set BENCH_GEO=FILE"; fi
	@strip --strip-all -o $(NATIVE_DIR)/samenwerkingsmonitor.stripped $(EXE)
	@echo "executable: $$(stat -c %s $(EXE)) bytes, $$(stat -c %s $(NATIVE_DIR)/samenwerkingsmonitor.stripped) stripped;" \
	  "UI: page $$(stat -c %s $(UI_HTML)) + wasm $$(stat -c %s $(UI_WASM)) bytes raw," \
	  "$$(( $$(stat -c %s $(NATIVE_DIR)/native-host/ui.html.gz) + $$(stat -c %s $(NATIVE_DIR)/native-host/ui.wasm.gz) )) bytes gzip as served"

clean:
	rm -rf $(WASM_DIR) $(NATIVE_DIR)

# Further targets (e.g. the Windows cross-build) live in mk/; included last so
# `all` stays the default goal.
-include mk/*.mk
