# Sanitizer builds, each in its own tree (`make sanitize`, part of `make test`):
#   build/asan  AddressSanitizer + UndefinedBehaviorSanitizer: the host, its
#               Catch2 tests and the HTTP tests against the executable (which
#               run core's code on every path; core's parsers are also run
#               under ASan+UBSan by the fuzz targets, so core_tests are left
#               out to keep make test under 30 minutes);
#   build/tsan  ThreadSanitizer: the host under concurrent HTTP load, readers
#               and writers at once (tests/host/test_concurrency.cpp).
# Every finding stops the program (-fno-sanitize-recover, halt_on_error); the
# reports go to files in <tree>/sanitizer-logs, because the HTTP tests do not
# show the executable's stderr, and any report there fails the target.
ASAN_DIR := build/asan
TSAN_DIR := build/tsan
# ctest selections (catch_discover_tests drops the space after the prefix:
# "host:readers ..."). Left out of the ASan run: the SIGKILL test, which asks
# for a number of writes acknowledged within random 30-400 ms, more than the
# slower ASan build answers on a busy machine; a killed process reports
# nothing, and the restarts' recovery is tried by the WAL and damage tests.
# The differential test takes every path with each generated register, so
# under ASan 6 registers instead of 50 (SWM_DIFFERENTIAL_DATASETS), to keep
# make test under 30 minutes.
SANITIZE_TESTS_ASAN ?= -R '^host:' -E '^host:SIGKILL while writes are in flight'
SANITIZE_TESTS_TSAN ?= -R '^host:readers and writers'

# $(1) tree, $(2) sanitizer, $(3) targets, $(4) ctest selection, $(5) environment
define sanitize_run
	@[ -f $(1)/CMakeCache.txt ] || cmake -S . -B $(1) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWM_SANITIZE=$(2) \
	  -DSWM_UI_HTML=$(CURDIR)/$(UI_HTML) >/dev/null
	@cmake --build $(1) -j $(JOBS) --target $(3)
	@rm -rf $(1)/sanitizer-logs && mkdir -p $(1)/sanitizer-logs
	@rc=0; env $(5) ctest --test-dir $(1) $(4) --output-on-failure -j 2 || rc=$$?; \
	if [ -n "$$(ls -A $(1)/sanitizer-logs)" ]; then \
	  cat $(1)/sanitizer-logs/*; echo "$(2) sanitizer reports in $(1)/sanitizer-logs"; rc=1; fi; \
	exit $$rc
endef

.PHONY: sanitize sanitize-asan sanitize-tsan
sanitize: sanitize-asan sanitize-tsan

sanitize-asan: test-deps wasm
	$(call sanitize_run,$(ASAN_DIR),address,host_tests samenwerkingsmonitor,$(SANITIZE_TESTS_ASAN),\
	  SWM_DIFFERENTIAL_DATASETS=6 \
	  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:symbolize=0:log_exe_name=1:log_path=$(CURDIR)/$(ASAN_DIR)/sanitizer-logs/asan \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$(CURDIR)/$(ASAN_DIR)/sanitizer-logs/ubsan)

sanitize-tsan: test-deps wasm
	$(call sanitize_run,$(TSAN_DIR),thread,host_concurrency_tests samenwerkingsmonitor,$(SANITIZE_TESTS_TSAN),\
	  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:log_path=$(CURDIR)/$(TSAN_DIR)/sanitizer-logs/tsan)

# Reports are unsymbolized (symbolize=0), so that they are whole even when a
# test kills the monitor right after one; symbolize them with
# addr2line -e <exe> <offset>.
test: sanitize
