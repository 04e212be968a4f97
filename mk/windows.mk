# The Windows executable: the same CMake project cross-built with MinGW-w64
# (cmake/mingw-w64.cmake), with the same embedded UI as the Linux one.
# `make test` also runs its tests under Wine; `make release` puts both
# executables, stripped, in dist/ with SHA256SUMS.
WIN_DIR := build/windows
WIN_EXE := $(WIN_DIR)/native-host/samenwerkingsmonitor.exe
MINGW := x86_64-w64-mingw32

.PHONY: windows-deps windows release
windows-deps: deps
	@scripts/install-deps.sh --windows
	@scripts/fetch-sqlite-source.sh

windows: windows-deps wasm
	@[ -f $(WIN_DIR)/CMakeCache.txt ] || cmake -S . -B $(WIN_DIR) -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/cmake/mingw-w64.cmake \
	  -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DSWM_UI_HTML=$(CURDIR)/$(UI_HTML) >/dev/null
	@cmake --build $(WIN_DIR) -j $(JOBS)

# The Windows tests in the Linux tree (tests/windows) run the .exe under
# Wine; Wine must be installed before that tree is configured, or they are
# not registered.
test-deps: windows-deps
test: windows

release: native windows
	@rm -rf dist && mkdir -p dist
	strip --strip-all -o dist/samenwerkingsmonitor $(EXE)
	$(MINGW)-strip --strip-all -o dist/samenwerkingsmonitor.exe $(WIN_EXE)
	cd dist && sha256sum samenwerkingsmonitor samenwerkingsmonitor.exe > SHA256SUMS
	@ls -l dist
	@echo "UI inside: page $$(stat -c %s $(UI_HTML)) + wasm $$(stat -c %s $(UI_WASM)) bytes raw," \
	  "$$(( $$(stat -c %s $(NATIVE_DIR)/native-host/ui.html.gz) + $$(stat -c %s $(NATIVE_DIR)/native-host/ui.wasm.gz) )) bytes gzip (compressed at build time)"
	@echo "start to first frame in Chromium: make bench-http"
