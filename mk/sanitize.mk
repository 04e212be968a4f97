# Sanitizer builds, each in its own tree, both run by `make test`:
#   build/asan  AddressSanitizer + UndefinedBehaviorSanitizer: core and host,
#               their Catch2 tests and the HTTP tests against the executable
#               (not the browser tests);
#   build/tsan  ThreadSanitizer: the host under concurrent HTTP load, readers
#               and writers at once (tests/host/test_concurrency.cpp).
# Every finding stops the program (-fno-sanitize-recover, halt_on_error); the
# reports go to files in <tree>/sanitizer-logs, because the HTTP tests do not
# show the executable's stderr, and any report there fails the target.
ASAN_DIR := build/asan
TSAN_DIR := build/tsan
SANITIZE_TESTS_ASAN ?= ^(core|host): 
SANITIZE_TESTS_TSAN ?= ^host: readers and writers

# $(1) tree, $(2) sanitizer, $(3) targets, $(4) ctest regex, $(5) environment
define sanitize_run
	@[ -f $(1)/CMakeCache.txt ] || cmake -S . -B $(1) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWM_SANITIZE=$(2) \
	  -DSWM_UI_HTML=$(CURDIR)/$(UI_HTML) >/dev/null
	@cmake --build $(1) -j $(JOBS) --target $(3)
	@rm -rf $(1)/sanitizer-logs && mkdir -p $(1)/sanitizer-logs
	env $(5) ctest --test-dir $(1) -R '$(4)' --output-on-failure -j 2
	@if [ -n "$$(ls -A $(1)/sanitizer-logs)" ]; then cat $(1)/sanitizer-logs/*; echo "$(2) sanitizer reports in $(1)/sanitizer-logs"; exit 1; fi
endef

.PHONY: sanitize sanitize-asan sanitize-tsan
sanitize: sanitize-asan sanitize-tsan

sanitize-asan: test-deps wasm
	$(call sanitize_run,$(ASAN_DIR),address,core_tests host_tests samenwerkingsmonitor,$(SANITIZE_TESTS_ASAN),\
	  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:log_path=$(CURDIR)/$(ASAN_DIR)/sanitizer-logs/asan \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$(CURDIR)/$(ASAN_DIR)/sanitizer-logs/ubsan)

sanitize-tsan: test-deps wasm
	$(call sanitize_run,$(TSAN_DIR),thread,host_tests samenwerkingsmonitor,$(SANITIZE_TESTS_TSAN),\
	  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:log_path=$(CURDIR)/$(TSAN_DIR)/sanitizer-logs/tsan)

# Not yet a dependency of `make test`: neither build has been run to the end
# on this machine, and make test must stay under 30 minutes. Run: make sanitize.
