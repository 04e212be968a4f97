# `make bench`: the map's figures (a benchmark, not a test). Natively: parsing,
# triangulation, hit testing, simplification of the official 2024 map densified
# to ~93,000 vertices (bench/geo_bench.cpp). In the browser: the map view's CPU
# time per frame in the wasm build with that map imported
# (bench/map_frame_bench.mjs). The boundaries are test material outside the
# repository (BENCH_GEO); without them the target says so and stops.
BENCH_DIR := build/bench
BENCH_GEO ?= $(CURDIR)/../shared/geo/gemeenten-2024.wgs84.geojson
BENCH_DENSIFY ?= 12

.PHONY: bench
bench: test-deps native
	@mkdir -p $(BENCH_DIR)
	@g++ -std=c++17 -O2 -I. -Ibuild/_deps/include bench/geo_bench.cpp $(NATIVE_DIR)/core/libswm_core.a -o $(BENCH_DIR)/geo_bench
	@if [ ! -f "$(BENCH_GEO)" ]; then echo "bench: $(BENCH_GEO) not found (official boundaries, test material); set BENCH_GEO=FILE"; exit 1; fi
	@echo "== native (g++ -O2) =="
	@$(BENCH_DIR)/geo_bench "$(BENCH_GEO)" --densify $(BENCH_DENSIFY)
	@echo "== wasm (Chromium, software GL) =="
	@SWM_EXE=$(CURDIR)/$(EXE) node bench/map_frame_bench.mjs "$(BENCH_GEO)" $(BENCH_DENSIFY)

# `make bench-soak`: 1,000 SIGKILLs while writes are in flight against the
# real executable (bench/soak_bench.cpp); prints how many acknowledged writes
# were lost (must be 0) and how long it took. SOAK_KILLS=N for another count.
.PHONY: bench-soak
bench-soak: test-deps native
	@cmake --build $(NATIVE_DIR) -j $(JOBS) --target soak_bench
	@$(NATIVE_DIR)/tests/soak_bench
