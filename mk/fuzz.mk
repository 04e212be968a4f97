# Fuzzing (libFuzzer, Debian's clang-14, with ASan + UBSan): one target per
# parser that takes outside input (tests/fuzz). `make fuzz` fuzzes each for
# FUZZ_SECONDS, growing a scratch corpus in build/fuzz/work and writing
# crashes to build/fuzz/work/crashes; an input that crashed belongs in
# tests/fuzz/corpus/<target>/ once fixed. `make test` replays the corpora and
# fuzzes each target briefly (ctest in build/fuzz, FUZZ_BRIEF_SECONDS each).
FUZZ_DIR := build/fuzz
FUZZ_SECONDS ?= 600
FUZZ_BRIEF_SECONDS ?= 20
FUZZ_TARGETS := json_contract csv geojson topojson view_link filter_query

.PHONY: fuzz-build fuzz fuzz-test
fuzz-build: test-deps
	@[ -f $(FUZZ_DIR)/CMakeCache.txt ] || CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_DIR) \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWM_FUZZ=ON >/dev/null
	@cmake -S . -B $(FUZZ_DIR) -DSWM_FUZZ_BRIEF_SECONDS=$(FUZZ_BRIEF_SECONDS) >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS)

fuzz: fuzz-build
	@mkdir -p $(FUZZ_DIR)/work/crashes
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_DIR)/work/$$t; \
	  echo "== fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  $(FUZZ_DIR)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/work/crashes/$$t- \
	    $(FUZZ_DIR)/work/$$t tests/fuzz/corpus/$$t 2>&1 | grep -E '^(stat::|==|SUMMARY|Done)|ERROR' ; \
	done

fuzz-test: fuzz-build
	ctest --test-dir $(FUZZ_DIR) --output-on-failure -j 2

test: fuzz-test
