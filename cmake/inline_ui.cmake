# Puts the Emscripten JS (its wasm is loaded by the shell) into the HTML shell at the
# line holding SWM_UI_SCRIPT. Emscripten's own HTML output is not used: its
# minifier crashes in Debian's emscripten 3.1.6 (see TOOLCHAIN.md).
file(READ "${SHELL}" shell)
file(READ "${JS}" js)
string(FIND "${js}" "</script" bad)
if(NOT bad EQUAL -1)
  message(FATAL_ERROR "the UI script contains '</script' and cannot be inlined")
endif()
string(REPLACE "<!--SWM_UI_SCRIPT-->" "<script>\n${js}\n</script>" html "${shell}")
file(WRITE "${OUT}" "${html}")
